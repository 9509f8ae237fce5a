// Deadlines in working days (issue 16, requirement 6): across the National Day holiday to a
// 调休 Saturday, a hold moving the deadline by the working days it waited, an extension, and
// the due-today, overdue and paused states the staff lists are built from.
#include <catch2/catch.hpp>

#include "kiosk/requests/request_deadline.h"

using namespace yizhan::kiosk;

TEST_CASE("a deadline crosses a holiday and lands on a 调休 working Saturday",
          "[requests][deadline]") {
  WorkCalendar calendar = WorkCalendar::builtIn();
  // Accepted Wednesday 30 September 2026: 1-7 October are off, Saturday 10 October is worked.
  DeadlineInputs in{"2026-09-30", 3, 0, {}};
  CHECK(dueDay(calendar, in, "2026-09-30") == "2026-10-10");
  CHECK(dueState(calendar, in, "2026-10-09") == DueState::OnTime);
  CHECK(dueState(calendar, in, "2026-10-10") == DueState::DueToday);
  CHECK(dueState(calendar, in, "2026-10-12") == DueState::Overdue);
  // Over the Spring Festival: accepted Friday 13 February, Saturday 14th is worked (调休),
  // the 15th to the 23rd are off.
  CHECK(dueDay(calendar, {"2026-02-13", 3, 0, {}}, "2026-02-13") == "2026-02-25");
}

TEST_CASE("a request on hold is due later by the working days it waited", "[requests][deadline]") {
  WorkCalendar calendar = WorkCalendar::builtIn();
  // Accepted Monday 23 November, due Thursday 26th.
  DeadlineInputs in{"2026-11-23", 3, 0, {}};
  CHECK(dueDay(calendar, in, "2026-11-23") == "2026-11-26");
  // On hold Tuesday to Thursday (waiting for the resident's papers): paused, then two
  // working days later.
  in.holds.push_back({"2026-11-24", std::nullopt});
  CHECK(dueState(calendar, in, "2026-11-27") == DueState::Paused);
  in.holds.back().until = "2026-11-26";
  CHECK(workingDaysHeld(calendar, in.holds, "2026-11-30") == 2);
  CHECK(dueDay(calendar, in, "2026-11-30") == "2026-11-30");  // Fri 27, then Mon 30
  CHECK(dueState(calendar, in, "2026-11-30") == DueState::DueToday);
  // Over a weekend the hold costs no days: Friday to Monday is one working day.
  DeadlineInputs weekend{"2026-11-23", 3, 0, {{"2026-11-27", "2026-11-30"}}};
  CHECK(workingDaysHeld(calendar, weekend.holds, "2026-12-01") == 1);
  // A hold begun and ended the same day takes nothing.
  DeadlineInputs sameDay{"2026-11-23", 3, 0, {{"2026-11-24", "2026-11-24"}}};
  CHECK(dueDay(calendar, sameDay, "2026-11-25") == "2026-11-26");
  // An extension adds its days once.
  DeadlineInputs extended{"2026-11-23", 3, 2, {}};
  CHECK(dueDay(calendar, extended, "2026-11-23") == "2026-11-30");
}
