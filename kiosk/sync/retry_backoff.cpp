#include "kiosk/sync/retry_backoff.h"

#include <algorithm>

namespace yizhan::kiosk {

RetryBackoff::RetryBackoff(ms base, ms cap, std::uint64_t seed)
    : base_(base), cap_(std::max(cap, base)), random_(seed) {}

RetryBackoff::ms RetryBackoff::ceiling() const {
  // Doubling stops once past the cap, so the shift never overflows.
  ms ceiling = base_;
  for (int i = 0; i < failures_ && ceiling < cap_; ++i) ceiling *= 2;
  return std::min(ceiling, cap_);
}

RetryBackoff::ms RetryBackoff::afterFailure(std::optional<std::chrono::seconds> retryAfter) {
  std::uniform_int_distribution<ms::rep> draw(0, ceiling().count());
  ms wait(draw(random_));
  ++failures_;
  if (retryAfter) wait = std::max<ms>(wait, std::min(*retryAfter, kLongestRetryAfter));
  return wait;
}

}  // namespace yizhan::kiosk
