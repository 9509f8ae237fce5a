#pragma once
// A scanner in USB-serial (CDC) mode sends each code as one line. This splits the byte stream
// into scans: CR, LF or CR LF ends one; lines shorter than the minimum or longer than the
// maximum are noise, not scans.
#include <cstdint>
#include <span>
#include <string>
#include <vector>

namespace yizhan::drivers {

struct ScanRules {
  size_t minLength = 4;    // shorter is a stray key or line noise
  size_t maxLength = 512;  // volunteers' QR codes are short; anything longer is garbage
};

class ScanLineReader {
 public:
  explicit ScanLineReader(ScanRules rules = {}) : rules_(rules) {}
  std::vector<std::string> feed(std::span<const std::uint8_t> bytes);
  size_t rejected() const { return rejected_; }

 private:
  ScanRules rules_;
  std::string line_;
  bool overflow_ = false;
  size_t rejected_ = 0;
};

}  // namespace yizhan::drivers
