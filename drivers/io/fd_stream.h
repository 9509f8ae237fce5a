#pragma once
// A ByteStream over a file descriptor: a USB printer device (/dev/usb/lp0), a serial port
// (/dev/ttyUSB0, set to raw 8N1 at `baud`), or a pseudo-terminal from a simulator.
#include <filesystem>

#include "drivers/io/byte_stream.h"
#include "drivers/io/fd_io.h"

namespace yizhan::drivers {

class FdStream final : public ByteStream {
 public:
  // `baud` 0 leaves the line settings alone (not a tty, or already set). Throws DeviceIoError
  // with the path and the reason.
  static std::unique_ptr<FdStream> open(const std::filesystem::path& path, int baud = 0);
  ~FdStream() override;

  void write(std::span<const std::uint8_t> bytes, std::chrono::milliseconds timeout) override;
  std::vector<std::uint8_t> read(size_t max, std::chrono::milliseconds timeout) override;
  void discardInput() override;
  void interrupt() override { wakeup_.signal(); }
  std::string describe() const override { return path_.string(); }

 private:
  FdStream(int fd, std::filesystem::path path) : fd_(fd), path_(std::move(path)) {}
  int fd_;
  std::filesystem::path path_;
  Wakeup wakeup_;
};

}  // namespace yizhan::drivers
