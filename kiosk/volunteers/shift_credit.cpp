#include "kiosk/volunteers/shift_credit.h"

#include <algorithm>

namespace yizhan::kiosk {

namespace {
int applyRules(std::int64_t servedSeconds, const ShiftRules& rules, bool& tooShort) {
  // Whole minutes served: a part minute is not credited.
  int minutes = static_cast<int>(std::min<std::int64_t>(servedSeconds / 60, 1'000'000));
  if (minutes < rules.minimumMinutes) {
    tooShort = true;
    return 0;
  }
  minutes = std::min(minutes, rules.maximumMinutes);
  if (rules.roundingMinutes > 0) minutes -= minutes % rules.roundingMinutes;
  return minutes;
}
}  // namespace

ShiftCredit creditFor(const ShiftTimes& shift, const ShiftRules& rules) {
  ShiftCredit c;
  if (shift.end < shift.start) {
    // The clock went back during the shift: what was served cannot be known.
    c.flag = ShiftFlag::ClockBack;
    return c;
  }
  c.servedSeconds = shift.end - shift.start;
  c.proposedMinutes = applyRules(c.servedSeconds, rules, c.tooShort);
  if (shift.how != ShiftEnd::SignedOut) {
    c.flag = ShiftFlag::Forgotten;
    return c;  // nothing counts until staff confirm
  }
  c.creditedMinutes = c.proposedMinutes;
  if (c.servedSeconds / 60 > rules.maximumMinutes) c.flag = ShiftFlag::Capped;
  return c;
}

std::int64_t forgottenShiftEnd(std::int64_t start, std::optional<std::int64_t> closingEpoch,
                               const ShiftRules& rules) {
  std::int64_t cap = start + static_cast<std::int64_t>(rules.maximumMinutes) * 60;
  // Begun at or after closing (an evening 宣讲): that closing is no end for it.
  if (!closingEpoch || *closingEpoch <= start) return cap;
  return std::min(*closingEpoch, cap);
}

}  // namespace yizhan::kiosk
