#include "drivers/io/fd_stream.h"

#include <fcntl.h>
#include <poll.h>
#include <termios.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <memory>

#include "drivers/io/fd_io.h"

namespace yizhan::drivers {

namespace {
speed_t speedFor(int baud) {
  switch (baud) {
    case 9600:
      return B9600;
    case 19200:
      return B19200;
    case 38400:
      return B38400;
    case 57600:
      return B57600;
    case 115200:
      return B115200;
    default:
      return 0;
  }
}

std::string reason() {
  return std::strerror(errno);
}

}  // namespace

std::unique_ptr<FdStream> FdStream::open(const std::filesystem::path& path, int baud) {
  int fd = ::open(path.c_str(), O_RDWR | O_NOCTTY | O_NONBLOCK | O_CLOEXEC);
  if (fd < 0) throw DeviceIoError(path.string() + ": " + reason());
  if (baud != 0 && isatty(fd)) {
    speed_t speed = speedFor(baud);
    termios tio{};
    if (speed == 0 || tcgetattr(fd, &tio) != 0) {
      ::close(fd);
      throw DeviceIoError(path.string() + ": cannot set " + std::to_string(baud) + " baud");
    }
    cfmakeraw(&tio);  // 8 data bits, no parity, no echo, no line editing
    tio.c_cflag &= ~static_cast<tcflag_t>(CSTOPB | CRTSCTS);
    tio.c_cflag |= CLOCAL | CREAD;
    cfsetispeed(&tio, speed);
    cfsetospeed(&tio, speed);
    if (tcsetattr(fd, TCSANOW, &tio) != 0) {
      std::string why = reason();
      ::close(fd);
      throw DeviceIoError(path.string() + ": " + why);
    }
  }
  return std::unique_ptr<FdStream>(new FdStream(fd, path));
}

FdStream::~FdStream() {
  ::close(fd_);
}

void FdStream::write(std::span<const std::uint8_t> bytes, std::chrono::milliseconds timeout) {
  writeAll(fd_, bytes, timeout, path_.string(), false);
}

std::vector<std::uint8_t> FdStream::read(size_t max, std::chrono::milliseconds timeout) {
  std::vector<std::uint8_t> out;
  auto deadline = std::chrono::steady_clock::now() + timeout;
  while (out.size() < max) {
    std::uint8_t buffer[512];
    ssize_t n = ::read(fd_, buffer, std::min(sizeof buffer, max - out.size()));
    if (n > 0) {
      out.insert(out.end(), buffer, buffer + n);
      continue;
    }
    if (n < 0 && errno != EAGAIN && errno != EINTR && errno != EIO) {
      throw DeviceIoError(path_.string() + ": " + reason());
    }
    if (!out.empty()) break;  // return what arrived; callers frame their own messages
    pollfd fds[2] = {{fd_, POLLIN, 0}, {wakeup_.fd(), POLLIN, 0}};
    pollfd& p = fds[0];
    int left = millisecondsLeft(deadline);
    if (left == 0) break;
    int r = ::poll(fds, 2, left);
    if (r == 0) break;
    if (fds[1].revents && wakeup_.take()) break;
    if (r > 0 && (p.revents & POLLNVAL)) throw DeviceIoError(path_.string() + ": closed");
    if (r > 0 && !(p.revents & POLLIN) && (p.revents & (POLLERR | POLLHUP))) {
      // A pty whose other side is closed, or an unplugged USB device.
      throw DeviceIoError(path_.string() + ": device went away");
    }
  }
  return out;
}

void FdStream::discardInput() {
  if (isatty(fd_)) tcflush(fd_, TCIFLUSH);
  std::uint8_t buffer[512];
  while (::read(fd_, buffer, sizeof buffer) > 0) {
  }
}

}  // namespace yizhan::drivers
