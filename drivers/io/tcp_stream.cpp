#include "drivers/io/tcp_stream.h"

#include <fcntl.h>
#include <netdb.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>

#include "drivers/io/fd_io.h"

namespace yizhan::drivers {

namespace {}  // namespace

std::unique_ptr<TcpStream> TcpStream::connect(const std::string& host, int port,
                                              std::chrono::milliseconds timeout) {
  std::string name = host + ":" + std::to_string(port);
  addrinfo hints{};
  hints.ai_family = AF_UNSPEC;
  hints.ai_socktype = SOCK_STREAM;
  addrinfo* found = nullptr;
  if (getaddrinfo(host.c_str(), std::to_string(port).c_str(), &hints, &found) != 0 || !found) {
    throw DeviceIoError(name + ": unknown host");
  }
  std::string why = "no address";
  auto deadline = std::chrono::steady_clock::now() + timeout;
  for (addrinfo* a = found; a; a = a->ai_next) {
    int fd = ::socket(a->ai_family, a->ai_socktype | SOCK_NONBLOCK | SOCK_CLOEXEC, a->ai_protocol);
    if (fd < 0) continue;
    int r = ::connect(fd, a->ai_addr, a->ai_addrlen);
    if (r != 0 && errno == EINPROGRESS) {
      pollfd p{fd, POLLOUT, 0};
      int err = 0;
      socklen_t len = sizeof err;
      if (::poll(&p, 1, millisecondsLeft(deadline)) == 1 &&
          getsockopt(fd, SOL_SOCKET, SO_ERROR, &err, &len) == 0 && err == 0) {
        r = 0;
      } else {
        why = err ? std::strerror(err) : "connection timed out";
      }
    } else if (r != 0) {
      why = std::strerror(errno);
    }
    if (r == 0) {
      freeaddrinfo(found);
      int one = 1;
      setsockopt(fd, IPPROTO_TCP, TCP_NODELAY, &one, sizeof one);
      return std::unique_ptr<TcpStream>(new TcpStream(fd, name));
    }
    ::close(fd);
  }
  freeaddrinfo(found);
  throw DeviceIoError(name + ": " + why);
}

TcpStream::~TcpStream() {
  ::close(fd_);
}

void TcpStream::write(std::span<const std::uint8_t> bytes, std::chrono::milliseconds timeout) {
  writeAll(fd_, bytes, timeout, name_, true);
}

std::vector<std::uint8_t> TcpStream::read(size_t max, std::chrono::milliseconds timeout) {
  std::vector<std::uint8_t> out(max);
  pollfd fds[2] = {{fd_, POLLIN, 0}, {wakeup_.fd(), POLLIN, 0}};
  if (::poll(fds, 2, static_cast<int>(timeout.count())) <= 0) return {};
  if (fds[1].revents && wakeup_.take()) return {};
  ssize_t n = ::recv(fd_, out.data(), max, 0);
  if (n == 0) throw DeviceIoError(name_ + ": the printer closed the connection");
  if (n < 0) {
    if (errno == EAGAIN || errno == EINTR) return {};
    throw DeviceIoError(name_ + ": " + std::strerror(errno));
  }
  out.resize(static_cast<size_t>(n));
  return out;
}

void TcpStream::discardInput() {
  std::uint8_t buffer[512];
  while (::recv(fd_, buffer, sizeof buffer, MSG_DONTWAIT) > 0) {
  }
}

}  // namespace yizhan::drivers
