#pragma once
// A barcode scanner in software: writes scans to a pseudo-terminal with a real scanner's
// timing, either as serial lines (CDC mode) or as evdev key events (HID keyboard mode, the
// same input_event records a /dev/input device delivers), and can "type" like a person.
#include <chrono>
#include <string>

#include "drivers/io/pty_pair.h"

namespace yizhan::drivers::sim {

class ScannerSimulator {
 public:
  enum class Mode { SerialLines, KeyboardEvents };
  explicit ScannerSimulator(Mode mode) : mode_(mode) {}

  const std::string& devicePath() const { return pty_.slavePath(); }
  // A scan: the payload and the suffix (CR LF, or Enter), `keyGap` between characters
  // (scanners: 1–5 ms; serial at 9600 baud is ≈ 1 ms a byte).
  void scan(const std::string& payload,
            std::chrono::milliseconds keyGap = std::chrono::milliseconds(2));
  // A person typing on a keyboard-mode device: the same keys, slowly.
  void type(const std::string& text,
            std::chrono::milliseconds keyGap = std::chrono::milliseconds(150));
  // Bytes as they are, for garbage and partial lines.
  void raw(const std::string& bytes);

 private:
  void keys(const std::string& text, std::chrono::milliseconds gap);
  Mode mode_;
  PtyPair pty_;
};

}  // namespace yizhan::drivers::sim
