#pragma once
#include "kiosk/base/local_time.h"

namespace yizhan::test {
// A fixed local time for tests: 2026-11-24 09:30:00 +08:00 (a Tuesday).
inline kiosk::TimePoint tuesdayMorning() {
  return kiosk::fromEpochSeconds(1795483800);
}
}  // namespace yizhan::test
