#include "drivers/scanner/barcode_scanner.h"

#include <fcntl.h>
#include <linux/input.h>
#include <poll.h>
#include <sys/ioctl.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <vector>

#include "drivers/scanner/scan_line_reader.h"

namespace yizhan::drivers {

namespace {
// Reader threads sleep until bytes arrive or the scanner is stopped (interrupt/wakeup), so an
// idle scanner costs no CPU; the timeout only bounds a lost wakeup.
constexpr auto kPoll = std::chrono::minutes(1);
const DeviceHealth kUnplugged{HealthState::Fault, "扫码器已断开，请检查连接线",
                              "barcode scanner disconnected"};
}  // namespace

std::unique_ptr<BarcodeScanner> BarcodeScanner::lineMode(std::unique_ptr<ByteStream> link,
                                                         OnScan onScan, ScanRules rules) {
  std::unique_ptr<BarcodeScanner> s(new BarcodeScanner());
  s->onScan_ = std::move(onScan);
  BarcodeScanner* self = s.get();
  s->link_ = std::move(link);
  s->thread_ = std::thread([self, rules, link = s->link_.get()] {
    ScanLineReader lines(rules);
    while (!self->stopping_) {
      try {
        for (const std::string& scan : lines.feed(link->read(256, kPoll))) self->onScan_(scan);
        self->rejected_ = lines.rejected();
      } catch (const DeviceIoError& e) {
        self->setHealth(
            {kUnplugged.state, kUnplugged.messageZh, kUnplugged.messageEn + ": " + e.what()});
        return;
      }
    }
  });
  return s;
}

std::unique_ptr<BarcodeScanner> BarcodeScanner::keyboardMode(const std::filesystem::path& device,
                                                             OnScan onScan, WedgeRules rules) {
  int fd = ::open(device.c_str(), O_RDONLY | O_NONBLOCK | O_CLOEXEC);
  if (fd < 0) throw DeviceIoError(device.string() + ": " + std::strerror(errno));
  std::unique_ptr<BarcodeScanner> s(new BarcodeScanner());
  s->onScan_ = std::move(onScan);
  s->eventFd_ = fd;
  // Grabbed, the scanner's "typing" goes to us alone, not into whatever has focus.
  if (::ioctl(fd, EVIOCGRAB, 1) != 0) {
    s->health_ = {HealthState::Warning, "扫码器未能独占，扫码内容可能被当作键盘输入",
                  device.string() + ": EVIOCGRAB failed: " + std::strerror(errno)};
  }
  BarcodeScanner* self = s.get();
  s->thread_ = std::thread([self, rules, fd] {
    KeyboardWedgeDecoder decoder(rules);
    // evdev hands out whole records; a pty standing in for one may split them.
    std::vector<std::uint8_t> pending;
    std::uint8_t buffer[64 * sizeof(input_event)];
    while (!self->stopping_) {
      pollfd fds[2] = {{fd, POLLIN, 0}, {self->wakeup_.fd(), POLLIN, 0}};
      int r = ::poll(
          fds, 2,
          static_cast<int>(std::chrono::duration_cast<std::chrono::milliseconds>(kPoll).count()));
      if (r == 0 || (r < 0 && errno == EINTR) || fds[1].revents) continue;
      ssize_t n = ::read(fd, buffer, sizeof buffer);
      if (n < 0 && (errno == EAGAIN || errno == EINTR)) continue;
      if (n <= 0) {
        self->setHealth(kUnplugged);
        return;
      }
      pending.insert(pending.end(), buffer, buffer + n);
      size_t whole = pending.size() / sizeof(input_event);
      for (size_t i = 0; i < whole; ++i) {
        input_event e;
        std::memcpy(&e, pending.data() + i * sizeof(input_event), sizeof e);
        if (e.type != EV_KEY) continue;
        auto when =
            std::chrono::seconds(e.input_event_sec) + std::chrono::microseconds(e.input_event_usec);
        if (auto scan = decoder.onKey(e.code, e.value, when)) self->onScan_(*scan);
      }
      pending.erase(pending.begin(),
                    pending.begin() + static_cast<long>(whole * sizeof(input_event)));
      self->rejected_ = decoder.rejected();
    }
  });
  return s;
}

BarcodeScanner::~BarcodeScanner() {
  stopping_ = true;
  wakeup_.signal();
  if (link_) link_->interrupt();
  if (thread_.joinable()) thread_.join();
  if (eventFd_ >= 0) {
    ::ioctl(eventFd_, EVIOCGRAB, 0);
    ::close(eventFd_);
  }
}

void BarcodeScanner::setHealth(DeviceHealth health) {
  std::lock_guard lock(mutex_);
  health_ = std::move(health);
}

DeviceHealth BarcodeScanner::health() const {
  std::lock_guard lock(mutex_);
  return health_;
}

}  // namespace yizhan::drivers
