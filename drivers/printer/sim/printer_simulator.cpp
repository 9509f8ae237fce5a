#include "drivers/printer/sim/printer_simulator.h"

#include <arpa/inet.h>
#include <fcntl.h>
#include <netinet/in.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <stdexcept>

#include "drivers/printer/sim/ticket_renderer.h"

namespace yizhan::drivers::sim {

using namespace escpos;

namespace {
std::runtime_error failure(const std::string& what) {
  return std::runtime_error("printer simulator: " + what + ": " + std::strerror(errno));
}
}  // namespace

PrinterSimulator::PrinterSimulator(Link link, PrinterProfile profile, const TextRaster& raster,
                                   std::filesystem::path pngDir)
    : link_(link),
      profile_(std::move(profile)),
      raster_(raster),
      pngDir_(std::move(pngDir)),
      parser_(profile_.nativeQr) {
  if (link == Link::Pty) {
    pty_ = std::make_unique<PtyPair>();
    masterFd_ = pty_->master();
    address_ = pty_->slavePath();
  } else {
    masterFd_ = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
    int one = 1;
    ::setsockopt(masterFd_, SOL_SOCKET, SO_REUSEADDR, &one, sizeof one);
    sockaddr_in addr{};
    addr.sin_family = AF_INET;
    addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    addr.sin_port = 0;  // any free port
    socklen_t len = sizeof addr;
    if (masterFd_ < 0 || ::bind(masterFd_, reinterpret_cast<sockaddr*>(&addr), sizeof addr) != 0 ||
        ::listen(masterFd_, 4) != 0 ||
        ::getsockname(masterFd_, reinterpret_cast<sockaddr*>(&addr), &len) != 0) {
      throw failure("socket");
    }
    address_ = "127.0.0.1:" + std::to_string(ntohs(addr.sin_port));
  }
  if (!pngDir_.empty()) std::filesystem::create_directories(pngDir_);
  thread_ = std::thread([this] { serve(); });
}

PrinterSimulator::~PrinterSimulator() {
  stop_.signal();
  if (thread_.joinable()) thread_.join();
  if (link_ == Link::Tcp) ::close(masterFd_);
}

std::string PrinterSimulator::address() const {
  return address_;
}

void PrinterSimulator::setSwitches(PrinterSwitches switches) {
  std::lock_guard lock(mutex_);
  switches_ = switches;
}

std::vector<PrintedTicket> PrinterSimulator::tickets() const {
  std::lock_guard lock(mutex_);
  return tickets_;
}

std::vector<std::filesystem::path> PrinterSimulator::pngFiles() const {
  std::lock_guard lock(mutex_);
  return pngs_;
}

size_t PrinterSimulator::lostTickets() const {
  std::lock_guard lock(mutex_);
  return lost_;
}

size_t PrinterSimulator::statusRequests() const {
  std::lock_guard lock(mutex_);
  return statusRequests_;
}

bool PrinterSimulator::waitForTickets(size_t count, std::chrono::milliseconds timeout) const {
  std::unique_lock lock(mutex_);
  return changed_.wait_for(lock, timeout, [&] { return tickets_.size() + lost_ >= count; });
}

std::uint8_t PrinterSimulator::statusReply(StatusKind kind) const {
  std::uint8_t reply = kStatusFixedBits;
  const PrinterSwitches& s = switches_;
  switch (kind) {
    case StatusKind::Printer:
      if (s.offline || s.coverOpen || s.paperOut) reply |= kPrinterOffline;
      break;
    case StatusKind::Offline:
      if (s.coverOpen) reply |= kCoverOpen;
      if (s.paperOut) reply |= kPaperStop;
      if (s.offline) reply |= kErrorOccurred;
      break;
    case StatusKind::Error:
      break;
    case StatusKind::Paper:
      if (s.paperNearEnd || s.paperOut) reply |= kPaperNearEnd;
      if (s.paperOut) reply |= kPaperOut;
      break;
  }
  return reply;
}

void PrinterSimulator::handle(int fd, std::span<const std::uint8_t> bytes) {
  parser_.onStatusRequest = [&](StatusKind kind) {
    std::uint8_t reply;
    {
      std::lock_guard lock(mutex_);
      ++statusRequests_;
      if (!profile_.answersStatus) return;
      reply = statusReply(kind);
    }
    [[maybe_unused]] ssize_t n = ::write(fd, &reply, 1);
  };
  for (PrintedTicket& ticket : parser_.feed(bytes)) {
    std::lock_guard lock(mutex_);
    if (switches_.paperOut || switches_.coverOpen || switches_.offline) {
      ++lost_;
    } else {
      if (!pngDir_.empty()) {
        char name[32];
        std::snprintf(name, sizeof name, "ticket-%04zu.png", tickets_.size() + 1);
        auto file = pngDir_ / name;
        if (renderTicket(ticket, profile_, raster_).writePng(file.string())) pngs_.push_back(file);
      }
      tickets_.push_back(std::move(ticket));
    }
    changed_.notify_all();
  }
}

void PrinterSimulator::serve() {
  int client = -1;
  std::vector<std::uint8_t> buffer(4096);
  while (true) {
    int dataFd = link_ == Link::Pty ? masterFd_ : client;
    pollfd fds[3] = {{stop_.fd(), POLLIN, 0}, {dataFd, POLLIN, 0}, {-1, 0, 0}};
    if (link_ == Link::Tcp && client < 0) fds[2] = {masterFd_, POLLIN, 0};
    if (::poll(fds, 3, -1) < 0) {
      if (errno == EINTR) continue;
      break;
    }
    if (fds[0].revents) break;
    if (fds[2].revents & POLLIN) {
      client = ::accept4(masterFd_, nullptr, nullptr, SOCK_CLOEXEC);
      continue;
    }
    if (dataFd >= 0 && (fds[1].revents & (POLLIN | POLLHUP | POLLERR))) {
      ssize_t n = ::read(dataFd, buffer.data(), buffer.size());
      if (n > 0) {
        handle(dataFd, std::span<const std::uint8_t>(buffer.data(), static_cast<size_t>(n)));
      } else if (link_ == Link::Tcp) {
        ::close(client);  // the driver disconnected; wait for the next one
        client = -1;
      } else if (n < 0 && errno != EAGAIN && errno != EINTR && errno != EIO) {
        break;
      }
    }
  }
  if (client >= 0) ::close(client);
}

}  // namespace yizhan::drivers::sim
