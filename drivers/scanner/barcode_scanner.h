#pragma once
// The QR/barcode scanner, in either of its modes, on its own thread: each complete scan is
// handed to `onScan` (on that thread: post it to the UI).
#include <atomic>
#include <filesystem>
#include <functional>
#include <memory>
#include <mutex>
#include <string>
#include <thread>

#include "drivers/device_health.h"
#include "drivers/io/byte_stream.h"
#include "drivers/io/fd_io.h"
#include "drivers/scanner/keyboard_wedge_decoder.h"

namespace yizhan::drivers {

class BarcodeScanner {
 public:
  using OnScan = std::function<void(const std::string&)>;
  // USB-serial (CDC) line mode on a byte stream.
  static std::unique_ptr<BarcodeScanner> lineMode(std::unique_ptr<ByteStream> link, OnScan onScan,
                                                  ScanRules rules = {});
  // HID keyboard mode: an evdev device (/dev/input/eventN), grabbed so its keys reach no
  // one else. Throws DeviceIoError if it cannot be opened.
  static std::unique_ptr<BarcodeScanner> keyboardMode(const std::filesystem::path& device,
                                                      OnScan onScan, WedgeRules rules = {});
  ~BarcodeScanner();
  BarcodeScanner(const BarcodeScanner&) = delete;
  BarcodeScanner& operator=(const BarcodeScanner&) = delete;

  DeviceHealth health() const;
  size_t rejected() const { return rejected_; }

 private:
  BarcodeScanner() = default;
  void setHealth(DeviceHealth health);

  OnScan onScan_;
  std::atomic<bool> stopping_{false};
  std::atomic<size_t> rejected_{0};
  int eventFd_ = -1;
  std::unique_ptr<ByteStream> link_;  // line mode
  Wakeup wakeup_;                     // keyboard mode: stops the poll
  mutable std::mutex mutex_;
  DeviceHealth health_;
  std::thread thread_;
};

}  // namespace yizhan::drivers
