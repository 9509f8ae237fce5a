#include "drivers/scanner/scan_line_reader.h"

namespace yizhan::drivers {

std::vector<std::string> ScanLineReader::feed(std::span<const std::uint8_t> bytes) {
  std::vector<std::string> scans;
  for (std::uint8_t b : bytes) {
    if (b == '\r' || b == '\n') {
      if (line_.empty() && !overflow_) continue;  // the LF of a CR LF, or a blank line
      if (!overflow_ && line_.size() >= rules_.minLength) {
        scans.push_back(line_);
      } else {
        ++rejected_;
      }
      line_.clear();
      overflow_ = false;
      continue;
    }
    if (b < 0x20 || b == 0x7F) continue;  // control bytes some scanners add as prefixes
    if (line_.size() >= rules_.maxLength) {
      overflow_ = true;
      continue;
    }
    line_.push_back(static_cast<char>(b));
  }
  return scans;
}

}  // namespace yizhan::drivers
