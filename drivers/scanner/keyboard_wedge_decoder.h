#pragma once
// A scanner in HID keyboard mode "types" each code as key presses. With the device grabbed
// (EVIOCGRAB) nothing reaches other programs; this tells a scanner's burst from a person
// typing: a burst's keys come within a few milliseconds of each other, end with the
// scanner's suffix key (Enter) and are long enough. Anything else is dropped.
#include <chrono>
#include <cstdint>
#include <optional>
#include <string>

#include "drivers/scanner/scan_line_reader.h"

namespace yizhan::drivers {

struct WedgeRules {
  ScanRules lengths;
  // Scanners send a key every 2–10 ms; people rarely type two keys 30 ms apart.
  std::chrono::milliseconds maxKeyGap{30};
};

class KeyboardWedgeDecoder {
 public:
  explicit KeyboardWedgeDecoder(WedgeRules rules = {}) : rules_(rules) {}
  // One evdev key event (EV_KEY): Linux key code, value 1 press / 0 release / 2 repeat, and
  // when it happened. Returns a scan when this event completed one.
  std::optional<std::string> onKey(std::uint16_t code, std::int32_t value,
                                   std::chrono::microseconds when);
  // Enters that did not end a scan (typing, or too short or long).
  size_t rejected() const { return rejected_; }

 private:
  WedgeRules rules_;
  std::string burst_;
  bool shift_ = false;
  std::optional<std::chrono::microseconds> lastKey_;
  size_t rejected_ = 0;
};

}  // namespace yizhan::drivers
