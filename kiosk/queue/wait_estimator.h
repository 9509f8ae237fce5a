#pragma once
// Estimated wait from measured service times. Pure: the queue hands it the recent service
// durations of each open counter; tests and the replay benchmark call it directly.
#include <cstdint>
#include <optional>
#include <vector>

namespace yizhan::kiosk {

struct WaitModel {
  int defaultServiceSeconds = 300;
  int minSamples = 5;
};

// Median of the samples that make sense (a clock that jumped backwards gives negative
// durations, which are dropped); nullopt when fewer than `minSamples` remain.
std::optional<double> medianServiceSeconds(const std::vector<std::int64_t>& samples,
                                           int minSamples);

// Seconds one resident takes at each open counter: the measured median, else the default.
double secondsPerResident(const std::vector<std::int64_t>& samples, const WaitModel& model);

// Whole minutes (rounded up) until `ahead` residents have been served by counters working at
// the given speeds in parallel; nullopt when no counter is open.
std::optional<int> estimateWaitMinutes(int ahead, const std::vector<double>& secondsPerCounter);

}  // namespace yizhan::kiosk
