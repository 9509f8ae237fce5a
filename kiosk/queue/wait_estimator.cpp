#include "kiosk/queue/wait_estimator.h"

#include <algorithm>
#include <cmath>

namespace yizhan::kiosk {

std::optional<double> medianServiceSeconds(const std::vector<std::int64_t>& samples,
                                           int minSamples) {
  std::vector<std::int64_t> valid;
  valid.reserve(samples.size());
  for (std::int64_t s : samples)
    if (s >= 0) valid.push_back(s);
  if (valid.empty() || static_cast<int>(valid.size()) < minSamples) return std::nullopt;
  std::sort(valid.begin(), valid.end());
  size_t mid = valid.size() / 2;
  if (valid.size() % 2 == 1) return static_cast<double>(valid[mid]);
  return (valid[mid - 1] + valid[mid]) / 2.0;
}

double secondsPerResident(const std::vector<std::int64_t>& samples, const WaitModel& model) {
  // A measured median of zero (staff pressing 完成 straight after calling) would promise an
  // instant service; a minute is the least a resident at a counter takes.
  constexpr double kShortestService = 60;
  auto median = medianServiceSeconds(samples, model.minSamples);
  return std::max(kShortestService, median.value_or(model.defaultServiceSeconds));
}

std::optional<int> estimateWaitMinutes(int ahead, const std::vector<double>& secondsPerCounter) {
  if (secondsPerCounter.empty()) return std::nullopt;
  if (ahead <= 0) return 0;
  double residentsPerSecond = 0;
  for (double s : secondsPerCounter) residentsPerSecond += 1.0 / s;
  double seconds = ahead / residentsPerSecond;
  return static_cast<int>(std::ceil(seconds / 60.0));
}

}  // namespace yizhan::kiosk
