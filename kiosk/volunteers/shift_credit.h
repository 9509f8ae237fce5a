#pragma once
// How long a volunteer's shift counts for (双报到 service hours), by the station's rules: the
// rounding, the shortest shift credited, the longest; and what happens to a shift nobody
// signed out of. Plain arithmetic on times, no store: the volunteer service records the
// outcome, staff confirm what is flagged.
#include <cstdint>
#include <optional>

namespace yizhan::kiosk {

struct ShiftRules {
  int roundingMinutes = 0;      // 0: exact; 5, 10 or 15: down to a whole multiple (never more
                                // than was served)
  int minimumMinutes = 0;       // a shorter shift is kept but credits nothing
  int maximumMinutes = 8 * 60;  // a longer one is credited this much and flagged
};

// Why a shift ended.
enum class ShiftEnd {
  SignedOut,      // the volunteer signed out
  SignedInAgain,  // they signed in again without signing out: the first is forgotten
  StationClosed,  // still open at closing time (or found so at the next start-up)
};

// What needs a member of staff before the hours count in full.
enum class ShiftFlag {
  None,
  Forgotten,  // no sign-out: closed at closing time or the cap; nothing credited until confirmed
  Capped,     // longer than the maximum: credited the maximum until confirmed
  ClockBack,  // ended before it began (the clock was set back): nothing until confirmed
};

struct ShiftTimes {
  std::int64_t start = 0;  // epoch seconds
  std::int64_t end = 0;    // when it was closed (by the volunteer or the kiosk)
  ShiftEnd how = ShiftEnd::SignedOut;
};

struct ShiftCredit {
  std::int64_t servedSeconds = 0;  // end - start, never negative
  int creditedMinutes = 0;         // what counts now
  int proposedMinutes = 0;         // what staff confirm with one tap (the rules applied)
  ShiftFlag flag = ShiftFlag::None;
  bool tooShort = false;  // under the minimum: recorded, credits nothing
};

ShiftCredit creditFor(const ShiftTimes& shift, const ShiftRules& rules);

// When the kiosk closes a shift nobody signed out of: the station's closing time that day,
// or the cap, whichever comes first; a shift begun at or after closing (an evening 宣讲) runs
// to the cap. `closingEpoch` is the closing
// time of the day the shift began (nullopt: the station did not open that day — the cap).
std::int64_t forgottenShiftEnd(std::int64_t start, std::optional<std::int64_t> closingEpoch,
                               const ShiftRules& rules);

}  // namespace yizhan::kiosk
