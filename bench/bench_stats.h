#pragma once
// Small helpers the benchmarks share: wall-clock milliseconds and percentiles.
#include <algorithm>
#include <chrono>
#include <filesystem>
#include <limits>
#include <vector>

namespace yizhan::bench {

inline double ms(std::chrono::steady_clock::duration d) {
  return std::chrono::duration<double, std::milli>(d).count();
}

// `p` from 0 to 1, nearest rank between the ends; NaN (printed as such) for no samples, e.g.
// a run asked for 0 tickets.
inline double percentile(std::vector<double> v, double p) {
  if (v.empty()) return std::numeric_limits<double>::quiet_NaN();
  std::sort(v.begin(), v.end());
  return v[std::min(v.size() - 1, static_cast<size_t>(p * (v.size() - 1) + 0.5))];
}

struct Percentiles {
  double p50, p99;
};
inline Percentiles percentiles(const std::vector<double>& v) {
  return {percentile(v, 0.5), percentile(v, 0.99)};
}

// An empty directory of that name under the system's temporary directory.
inline std::filesystem::path freshDir(const char* name) {
  auto dir = std::filesystem::temp_directory_path() / name;
  std::filesystem::remove_all(dir);
  std::filesystem::create_directories(dir);
  return dir;
}

}  // namespace yizhan::bench
