#pragma once
// Small helpers the benchmarks share: wall-clock milliseconds and percentiles.
#include <algorithm>
#include <chrono>
#include <vector>

namespace yizhan::bench {

inline double ms(std::chrono::steady_clock::duration d) {
  return std::chrono::duration<double, std::milli>(d).count();
}

// `p` from 0 to 1, nearest rank between the ends.
inline double percentile(std::vector<double> v, double p) {
  std::sort(v.begin(), v.end());
  return v[std::min(v.size() - 1, static_cast<size_t>(p * (v.size() - 1) + 0.5))];
}

}  // namespace yizhan::bench
