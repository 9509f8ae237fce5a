#pragma once
// A ByteStream over TCP, for network receipt printers (raw port 9100).
#include <memory>

#include "drivers/io/byte_stream.h"
#include "drivers/io/fd_io.h"

namespace yizhan::drivers {

class TcpStream final : public ByteStream {
 public:
  // Throws DeviceIoError naming host:port and the reason.
  static std::unique_ptr<TcpStream> connect(const std::string& host, int port,
                                            std::chrono::milliseconds timeout);
  ~TcpStream() override;

  void write(std::span<const std::uint8_t> bytes, std::chrono::milliseconds timeout) override;
  std::vector<std::uint8_t> read(size_t max, std::chrono::milliseconds timeout) override;
  void discardInput() override;
  void interrupt() override { wakeup_.signal(); }
  std::string describe() const override { return name_; }

 private:
  TcpStream(int fd, std::string name) : fd_(fd), name_(std::move(name)) {}
  int fd_;
  std::string name_;
  Wakeup wakeup_;
};

}  // namespace yizhan::drivers
