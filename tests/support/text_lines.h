#pragma once
// Whether any line (of a printed receipt, of what was spoken) contains `part`.
#include <string>
#include <vector>

namespace yizhan::test {

inline bool anyLineContains(const std::vector<std::string>& lines, const std::string& part) {
  for (const auto& l : lines)
    if (l.find(part) != std::string::npos) return true;
  return false;
}

}  // namespace yizhan::test
