#include "drivers/idcard/sim/id_card_simulator.h"

#include <fcntl.h>
#include <poll.h>
#include <unistd.h>

#include <cerrno>
#include <stdexcept>

#include "drivers/idcard/sam_frame.h"
#include "drivers/io/byte_stream.h"

namespace yizhan::drivers::sim {

namespace {
std::vector<std::uint8_t> status(std::uint8_t sw3, std::span<const std::uint8_t> data = {}) {
  std::vector<std::uint8_t> body = {0x00, 0x00, sw3};
  body.insert(body.end(), data.begin(), data.end());
  return sam::encode(body);
}

}  // namespace

IdCardSimulator::IdCardSimulator() : thread_([this] { serve(); }) {}

IdCardSimulator::~IdCardSimulator() {
  stop_.signal();
  thread_.join();
}

void IdCardSimulator::place(const Identity& card) {
  std::lock_guard lock(mutex_);
  card_ = encodeTextBlock(card);
}

void IdCardSimulator::placeTextBlock(std::vector<std::uint8_t> text) {
  text.resize(kTextBlockSize, 0);
  std::lock_guard lock(mutex_);
  card_ = std::move(text);
}

void IdCardSimulator::lift() {
  std::lock_guard lock(mutex_);
  card_.reset();
}

void IdCardSimulator::setFault(ReaderFault fault) {
  std::lock_guard lock(mutex_);
  fault_ = fault;
}

bool IdCardSimulator::cardPresent() const {
  std::lock_guard lock(mutex_);
  return card_.has_value();
}

size_t IdCardSimulator::readsAnswered() const {
  std::lock_guard lock(mutex_);
  return reads_;
}

std::vector<std::uint8_t> IdCardSimulator::answer(const std::vector<std::uint8_t>& request,
                                                  bool& stopHalfway) {
  std::lock_guard lock(mutex_);
  if (fault_ == ReaderFault::Silence) return {};
  std::vector<std::uint8_t> reply;
  std::uint8_t cmd = request.size() >= 2 ? request[0] : 0,
               para = request.size() >= 2 ? request[1] : 0;
  if (cmd == sam::kFindCard[0] && para == sam::kFindCard[1]) {
    reply = status(card_ ? sam::kCardFound : sam::kNoCard, std::vector<std::uint8_t>(4, 0));
  } else if (cmd == sam::kSelectCard[0] && para == sam::kSelectCard[1]) {
    reply = status(card_ ? sam::kOk : sam::kSelectFailed, std::vector<std::uint8_t>(8, 0));
  } else if (cmd == sam::kReadBase[0] && para == sam::kReadBase[1]) {
    if (!card_) {
      reply = status(sam::kReadFailed);
    } else if (fault_ == ReaderFault::ErrorStatus) {
      reply = status(sam::kReadFailed);
    } else {
      const std::vector<std::uint8_t>& text = *card_;
      // The photo is 1024 bytes of compressed image data; its content does not matter here.
      std::vector<std::uint8_t> data = {0x01, 0x00, 0x04, 0x00};
      data.insert(data.end(), text.begin(), text.end());
      for (int i = 0; i < 1024; ++i) data.push_back(static_cast<std::uint8_t>(i * 7));
      reply = status(sam::kOk, data);
      ++reads_;
      if (fault_ == ReaderFault::LiftMidRead) {
        stopHalfway = true;
        card_.reset();
      }
    }
  } else {
    reply = status(sam::kBadCommand);
  }
  if (fault_ == ReaderFault::BadChecksum && !reply.empty()) {
    reply.back() ^= 0x5A;
    fault_ = ReaderFault::None;
  }
  return reply;
}

void IdCardSimulator::serve() {
  sam::FrameReader requests;
  std::vector<std::uint8_t> buffer(1024);
  while (true) {
    pollfd fds[2] = {{stop_.fd(), POLLIN, 0}, {pty_.master(), POLLIN, 0}};
    if (::poll(fds, 2, -1) < 0) {
      if (errno == EINTR) continue;
      return;
    }
    if (fds[0].revents) return;
    if (!(fds[1].revents & POLLIN)) {
      ::poll(nullptr, 0, 10);  // the driver side is closed; wait for it to come back
      continue;
    }
    ssize_t n = ::read(pty_.master(), buffer.data(), buffer.size());
    if (n <= 0) continue;
    for (auto& result : requests.feed(std::span(buffer.data(), static_cast<size_t>(n)))) {
      std::vector<std::uint8_t> reply;
      bool halfway = false;
      if (result.event == sam::FrameReader::Event::Frame) {
        reply = answer(result.frame.body, halfway);
      } else {
        reply = status(result.event == sam::FrameReader::Event::BadChecksum ? sam::kBadChecksum
                                                                            : sam::kBadLength);
      }
      if (halfway) reply.resize(reply.size() / 2);
      try {
        writeAll(pty_.master(), reply, std::chrono::seconds(1), pty_.slavePath(), false);
      } catch (const DeviceIoError&) {
        // Nobody is reading on the driver side; the next request starts afresh.
      }
    }
  }
}

}  // namespace yizhan::drivers::sim
