#pragma once
// A two-way byte connection to a device: a device file, a serial port or a TCP socket.
// Reads and writes never wait longer than they are told, so a dead device cannot hang a
// worker thread.
#include <chrono>
#include <cstdint>
#include <span>
#include <stdexcept>
#include <string>
#include <vector>

namespace yizhan::drivers {

class DeviceIoError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

class ByteStream {
 public:
  virtual ~ByteStream() = default;
  // Writes everything or throws DeviceIoError (including on timeout).
  virtual void write(std::span<const std::uint8_t> bytes, std::chrono::milliseconds timeout) = 0;
  // Up to `max` bytes; fewer (maybe none) if `timeout` passes first. Throws on a dead link.
  virtual std::vector<std::uint8_t> read(size_t max, std::chrono::milliseconds timeout) = 0;
  // Drops whatever the device sent that nobody asked for.
  virtual void discardInput() = 0;
  // Makes a read() waiting on another thread return now (with what it has, maybe nothing),
  // so a reader thread can wait without a timeout and still be stopped.
  virtual void interrupt() = 0;
  virtual std::string describe() const = 0;
};

}  // namespace yizhan::drivers
