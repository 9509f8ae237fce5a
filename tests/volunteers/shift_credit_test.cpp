// The arithmetic of service hours (issue 15, requirement 4): rounding down to the station's
// unit, the shortest shift credited, the longest, forgotten sign-outs, shifts across midnight
// and a clock set back.
#include <catch2/catch.hpp>

#include "kiosk/volunteers/shift_credit.h"

using namespace yizhan::kiosk;

namespace {
// 2026-11-24 (a Tuesday), Beijing time, at hh:mm.
std::int64_t at(int hour, int minute, int dayOffset = 0) {
  return 1795449600 + dayOffset * 86400 + hour * 3600 + minute * 60;  // 1795449600 = 00:00
}
}  // namespace

TEST_CASE("hours are the whole minutes served, rounded down to the station's unit",
          "[volunteers][shifts]") {
  ShiftTimes shift{at(9, 0), at(11, 37) + 59, ShiftEnd::SignedOut};  // 2 h 37 min 59 s
  ShiftRules exact;
  CHECK(creditFor(shift, exact).creditedMinutes == 157);
  for (auto [unit, expected] : {std::pair{5, 155}, std::pair{10, 150}, std::pair{15, 150}}) {
    ShiftRules rules;
    rules.roundingMinutes = unit;
    INFO("rounding to " << unit << " minutes");
    ShiftCredit c = creditFor(shift, rules);
    CHECK(c.creditedMinutes == expected);
    CHECK(c.proposedMinutes == expected);
    CHECK(c.flag == ShiftFlag::None);
  }
  // On the unit exactly: nothing taken off.
  ShiftRules quarter;
  quarter.roundingMinutes = 15;
  CHECK(creditFor({at(9, 0), at(10, 30), ShiftEnd::SignedOut}, quarter).creditedMinutes == 90);
}

TEST_CASE(
    "a shift under the minimum is kept but credits nothing, one over the maximum is "
    "credited the maximum and flagged",
    "[volunteers][shifts]") {
  ShiftRules rules;
  rules.minimumMinutes = 30;
  rules.maximumMinutes = 4 * 60;
  ShiftCredit shortOne = creditFor({at(9, 0), at(9, 29) + 59, ShiftEnd::SignedOut}, rules);
  CHECK(shortOne.tooShort);
  CHECK(shortOne.creditedMinutes == 0);
  CHECK(shortOne.servedSeconds == 29 * 60 + 59);
  ShiftCredit justEnough = creditFor({at(9, 0), at(9, 30), ShiftEnd::SignedOut}, rules);
  CHECK_FALSE(justEnough.tooShort);
  CHECK(justEnough.creditedMinutes == 30);

  ShiftCredit atCap = creditFor({at(8, 0), at(12, 0), ShiftEnd::SignedOut}, rules);
  CHECK(atCap.creditedMinutes == 240);
  CHECK(atCap.flag == ShiftFlag::None);
  ShiftCredit overCap = creditFor({at(8, 0), at(12, 1), ShiftEnd::SignedOut}, rules);
  CHECK(overCap.creditedMinutes == 240);
  CHECK(overCap.flag == ShiftFlag::Capped);
}

TEST_CASE("a shift across midnight counts its hours whole", "[volunteers][shifts]") {
  ShiftCredit c = creditFor({at(22, 30), at(1, 15, 1), ShiftEnd::SignedOut}, ShiftRules{});
  CHECK(c.creditedMinutes == 165);
  CHECK(c.flag == ShiftFlag::None);
}

TEST_CASE(
    "a forgotten sign-out is closed at closing time or the cap and credits nothing until "
    "staff confirm",
    "[volunteers][shifts]") {
  ShiftRules rules;
  rules.maximumMinutes = 6 * 60;
  // Signed in at 14:00, the station closes at 17:30: closed then.
  std::int64_t end = forgottenShiftEnd(at(14, 0), at(17, 30), rules);
  CHECK(end == at(17, 30));
  ShiftCredit c = creditFor({at(14, 0), end, ShiftEnd::StationClosed}, rules);
  CHECK(c.flag == ShiftFlag::Forgotten);
  CHECK(c.creditedMinutes == 0);
  CHECK(c.proposedMinutes == 210);  // what staff confirm with one tap
  // Signed in at 08:00 on a day closing at 17:30: the six-hour cap comes first.
  CHECK(forgottenShiftEnd(at(8, 0), at(17, 30), rules) == at(14, 0));
  // A day the station did not open (found at the next start-up): the cap.
  CHECK(forgottenShiftEnd(at(10, 0), std::nullopt, rules) == at(16, 0));
  // Signed in after closing (an evening 宣讲): that closing time is past, so the cap, never a
  // close before it began (which would end it the minute it started).
  CHECK(forgottenShiftEnd(at(19, 0), at(17, 30), rules) == at(19, 0) + 6 * 3600);
  CHECK(forgottenShiftEnd(at(17, 30), at(17, 30), rules) == at(17, 30) + 6 * 3600);
  // Signing in again without signing out forgets the first shift the same way.
  ShiftCredit again = creditFor({at(9, 0), at(11, 0), ShiftEnd::SignedInAgain}, rules);
  CHECK(again.flag == ShiftFlag::Forgotten);
  CHECK(again.creditedMinutes == 0);
  CHECK(again.proposedMinutes == 120);
}

TEST_CASE("a clock set back during a shift credits nothing and asks staff",
          "[volunteers][shifts]") {
  ShiftCredit c = creditFor({at(10, 0), at(9, 50), ShiftEnd::SignedOut}, ShiftRules{});
  CHECK(c.flag == ShiftFlag::ClockBack);
  CHECK(c.servedSeconds == 0);
  CHECK(c.creditedMinutes == 0);
  // Set forward: the hours served by the clock, capped and flagged when absurd.
  ShiftRules rules;
  rules.maximumMinutes = 8 * 60;
  ShiftCredit forward = creditFor({at(10, 0), at(10, 0, 3), ShiftEnd::SignedOut}, rules);
  CHECK(forward.creditedMinutes == 480);
  CHECK(forward.flag == ShiftFlag::Capped);
}
