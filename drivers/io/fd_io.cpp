#include "drivers/io/fd_io.h"

#include <poll.h>
#include <sys/eventfd.h>
#include <sys/socket.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>

#include "drivers/io/byte_stream.h"

namespace yizhan::drivers {

int millisecondsLeft(std::chrono::steady_clock::time_point deadline) {
  auto ms = std::chrono::duration_cast<std::chrono::milliseconds>(deadline -
                                                                  std::chrono::steady_clock::now())
                .count();
  return ms < 0 ? 0 : static_cast<int>(ms);
}

void writeAll(int fd, std::span<const std::uint8_t> bytes, std::chrono::milliseconds timeout,
              const std::string& name, bool socket) {
  auto deadline = std::chrono::steady_clock::now() + timeout;
  size_t done = 0;
  while (done < bytes.size()) {
    ssize_t n = socket ? ::send(fd, bytes.data() + done, bytes.size() - done, MSG_NOSIGNAL)
                       : ::write(fd, bytes.data() + done, bytes.size() - done);
    if (n > 0) {
      done += static_cast<size_t>(n);
      continue;
    }
    if (n < 0 && errno != EAGAIN && errno != EINTR) {
      throw DeviceIoError(name + ": " + std::strerror(errno));
    }
    pollfd p{fd, POLLOUT, 0};
    int left = millisecondsLeft(deadline);
    if (left == 0 || ::poll(&p, 1, left) == 0) {
      throw DeviceIoError(name + ": write timed out after " + std::to_string(done) + " of " +
                          std::to_string(bytes.size()) + " bytes");
    }
    if (p.revents & (POLLERR | POLLHUP | POLLNVAL)) {
      throw DeviceIoError(name + ": device went away");
    }
  }
}

Wakeup::Wakeup() : fd_(::eventfd(0, EFD_NONBLOCK | EFD_CLOEXEC)) {}

Wakeup::~Wakeup() {
  if (fd_ >= 0) ::close(fd_);
}

void Wakeup::signal() {
  std::uint64_t one = 1;
  [[maybe_unused]] ssize_t n = ::write(fd_, &one, sizeof one);
}

bool Wakeup::take() {
  std::uint64_t count = 0;
  return ::read(fd_, &count, sizeof count) == sizeof count && count > 0;
}

}  // namespace yizhan::drivers
