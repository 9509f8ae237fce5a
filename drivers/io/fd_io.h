#pragma once
// Deadline-bound writes on a non-blocking descriptor, shared by the device-file and TCP links.
#include <chrono>
#include <cstdint>
#include <span>
#include <string>

namespace yizhan::drivers {

// Milliseconds from now until `deadline`, never negative: a poll() timeout.
int millisecondsLeft(std::chrono::steady_clock::time_point deadline);

// Writes all of `bytes` or throws DeviceIoError naming `name`. `socket`: use send() so a
// closed peer is an error, not SIGPIPE.
void writeAll(int fd, std::span<const std::uint8_t> bytes, std::chrono::milliseconds timeout,
              const std::string& name, bool socket);

// An eventfd that wakes a poll() from another thread.
class Wakeup {
 public:
  Wakeup();
  ~Wakeup();
  Wakeup(const Wakeup&) = delete;
  Wakeup& operator=(const Wakeup&) = delete;
  int fd() const { return fd_; }
  void signal();
  // True (and reset) if signal() was called since the last take().
  bool take();

 private:
  int fd_;
};

}  // namespace yizhan::drivers
