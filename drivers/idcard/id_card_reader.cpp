#include "drivers/idcard/id_card_reader.h"

#include <algorithm>

#include "drivers/io/fd_io.h"

namespace yizhan::drivers {

using namespace std::chrono_literals;

namespace {
// Find and select answer in a few ms; a read carries ≈ 1.3 KB, 115 ms at 115200 baud, and
// the SAM module takes up to ≈ 0.8 s to fetch it from the card.
constexpr auto kShortTimeout = 400ms;
constexpr auto kReadTimeout = 2000ms;

std::uint8_t sw3(const sam::Frame& frame) {
  return frame.body.size() >= 3 ? frame.body[2] : 0;
}
}  // namespace

IdCardReader::IdCardReader(std::unique_ptr<ByteStream> link) : link_(std::move(link)) {}

std::optional<sam::Frame> IdCardReader::exchange(const std::uint8_t (&command)[2],
                                                 std::chrono::milliseconds timeout,
                                                 std::string& error) {
  link_->discardInput();
  frames_ = {};
  link_->write(sam::request(command), kShortTimeout);
  auto deadline = std::chrono::steady_clock::now() + timeout;
  while (std::chrono::steady_clock::now() < deadline) {
    auto left = std::chrono::milliseconds(std::max(millisecondsLeft(deadline), 1));
    auto bytes = link_->read(2048, left);
    for (auto& result : frames_.feed(bytes)) {
      if (result.event == sam::FrameReader::Event::Frame && result.frame.body.size() >= 3) {
        return std::move(result.frame);
      }
      error = result.event == sam::FrameReader::Event::BadChecksum ? "bad checksum"
                                                                   : "bad frame length";
      return std::nullopt;
    }
  }
  error = frames_.buffered() > 0 ? "the answer stopped half way" : "no answer";
  return std::nullopt;
}

IdCardReader::Attempt IdCardReader::fault(const std::string& what) {
  health_ = {HealthState::Fault, "身份证读卡器没有响应，请检查连接线", "ID card reader: " + what};
  return {Outcome::Fault, std::nullopt, what};
}

IdCardReader::Attempt IdCardReader::findLocked() {
  std::string error;
  try {
    auto found = exchange(sam::kFindCard, kShortTimeout, error);
    if (!found) return fault("find card: " + error);
    health_ = {};  // it answered: whatever was wrong before is over
    if (sw3(*found) != sam::kCardFound) return {Outcome::NoCard, std::nullopt, {}};
    return {Outcome::Read, std::nullopt, {}};
  } catch (const DeviceIoError& e) {
    return fault(e.what());
  }
}

IdCardReader::Attempt IdCardReader::tryRead() {
  std::lock_guard lock(mutex_);
  Attempt found = findLocked();
  if (found.outcome != Outcome::Read) return found;
  std::string error;
  try {
    auto selected = exchange(sam::kSelectCard, kShortTimeout, error);
    if (!selected) return fault("select card: " + error);
    if (sw3(*selected) != sam::kOk) return {Outcome::BadCard, std::nullopt, "select failed"};

    auto read = exchange(sam::kReadBase, kReadTimeout, error);
    // A card lifted mid-read answers short or not at all: not a reader fault.
    if (!read) return {Outcome::BadCard, std::nullopt, "read card: " + error};
    if (sw3(*read) != sam::kOk) {
      return {Outcome::BadCard, std::nullopt, "read card: status " + std::to_string(sw3(*read))};
    }
    // SW1 SW2 SW3, text length (2, big-endian), photo length (2), text, photo
    const auto& body = read->body;
    if (body.size() < 7) return {Outcome::BadCard, std::nullopt, "read card: no data"};
    size_t textLen = (static_cast<size_t>(body[3]) << 8) | body[4];
    if (textLen < kTextBlockSize || body.size() < 7 + textLen) {
      return {Outcome::BadCard, std::nullopt, "read card: text block missing"};
    }
    // The photo that follows is deliberately not kept.
    IdentityResult parsed = parseTextBlock(std::span(body).subspan(7, kTextBlockSize));
    if (!parsed.identity) return {Outcome::BadCard, std::nullopt, parsed.error, parsed.problem};
    return {Outcome::Read, std::move(parsed.identity), {}};
  } catch (const DeviceIoError& e) {
    return fault(e.what());
  }
}

IdCardReader::Outcome IdCardReader::findCard() {
  std::lock_guard lock(mutex_);
  return findLocked().outcome;
}

DeviceHealth IdCardReader::health() const {
  std::lock_guard lock(mutex_);
  return health_;
}

}  // namespace yizhan::drivers
