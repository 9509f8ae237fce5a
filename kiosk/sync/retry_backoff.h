#pragma once
// How long to wait before trying the district again: capped exponential backoff with full
// jitter (a random wait between zero and min(cap, base·2^failures)), so that stations that
// lost the network together do not all come back in the same second. A server's Retry-After
// is a floor: we never ask again sooner than it said.
#include <chrono>
#include <cstdint>
#include <optional>
#include <random>

namespace yizhan::kiosk {

class RetryBackoff {
 public:
  using ms = std::chrono::milliseconds;
  RetryBackoff(ms base, ms cap, std::uint64_t seed = std::random_device{}());

  // The wait after one more failure.
  ms afterFailure(std::optional<std::chrono::seconds> retryAfter = std::nullopt);
  // The ceiling the next afterFailure() draws below (for tests and the staff panel).
  ms ceiling() const;
  void reset() { failures_ = 0; }
  int failures() const { return failures_; }

  static constexpr std::chrono::seconds kLongestRetryAfter{3600};

 private:
  ms base_, cap_;
  int failures_ = 0;
  std::mt19937_64 random_;
};

}  // namespace yizhan::kiosk
