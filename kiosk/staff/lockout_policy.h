#pragma once
// How staff login locks after wrong PINs: no delay until `maxFailures` wrong PINs in a row,
// then `base`, doubling with every further wrong PIN, never more than `max`.
#include <chrono>

namespace yizhan::kiosk {

struct LockoutPolicy {
  int maxFailures = 5;
  std::chrono::seconds base{30};
  std::chrono::seconds max{3600};

  std::chrono::seconds delayAfter(int consecutiveFailures) const {
    if (consecutiveFailures < maxFailures) return std::chrono::seconds(0);
    int doublings = consecutiveFailures - maxFailures;
    std::chrono::seconds delay = base;
    for (int i = 0; i < doublings && delay < max; ++i) delay *= 2;
    return delay < max ? delay : max;
  }

  int triesBeforeLock(int consecutiveFailures) const {
    int left = maxFailures - consecutiveFailures;
    return left > 0 ? left : 0;
  }
};

}  // namespace yizhan::kiosk
