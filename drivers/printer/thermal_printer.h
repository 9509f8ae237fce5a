#pragma once
// A receipt printer on some byte link: asks its state before each job (so a ticket is not
// "printed" into an empty printer) and sends the job. Blocking: call it from a worker thread.
#include <memory>
#include <mutex>
#include <span>

#include "drivers/io/byte_stream.h"
#include "drivers/printer/printer_profile.h"
#include "drivers/printer/printer_status.h"

namespace yizhan::drivers {

struct PrintResult {
  bool printed = false;
  DeviceHealth health;
};

class ThermalPrinter {
 public:
  ThermalPrinter(std::unique_ptr<ByteStream> link, PrinterProfile profile);

  const PrinterProfile& profile() const { return profile_; }
  // DLE EOT 1, 2 and 4; each waits at most `timeout` for its byte.
  PrinterStatus queryStatus(std::chrono::milliseconds timeout = std::chrono::milliseconds(300));
  // Refuses to send when the printer says it cannot print; the result says why.
  PrintResult print(std::span<const std::uint8_t> job);
  // As of the last status query or print.
  DeviceHealth health() const;

 private:
  std::unique_ptr<ByteStream> link_;
  PrinterProfile profile_;
  mutable std::mutex mutex_;
  DeviceHealth health_;
};

}  // namespace yizhan::drivers
