#pragma once
// When a request is due (issue 16, requirement 6): so many working days after the day it was
// accepted, by the calendar with its holidays and 调休 working weekends; the clock stops while
// the request is on hold (waiting for the resident or a third party), so it is due later by
// the working days it waited; an extension adds its days once. Pure arithmetic over the
// calendar: the lists of overdue and due-today requests and the slip's date all come from it.
#include <optional>
#include <string>
#include <vector>

#include "kiosk/calendar/work_calendar.h"

namespace yizhan::kiosk {

struct HoldSpan {
  std::string from;                  // the day it was put on hold
  std::optional<std::string> until;  // the day it went on; nullopt: still on hold
};

struct DeadlineInputs {
  std::string acceptedDay;  // YYYY-MM-DD
  int workingDays = 3;      // the errand's
  int extensionDays = 0;    // granted once, before the deadline
  std::vector<HoldSpan> holds;
};

enum class DueState { OnTime, DueToday, Overdue, Paused };

// The day it is due, counting a hold still open as if it ended `today`.
std::string dueDay(const WorkCalendar& calendar, const DeadlineInputs& in,
                   const std::string& today);
// Paused while on hold; otherwise against `today`.
DueState dueState(const WorkCalendar& calendar, const DeadlineInputs& in, const std::string& today);
// The same for a due day already worked out (as the store keeps it).
DueState dueStateOf(const std::string& dueDay, bool onHold, const std::string& today);
// Working days the holds took (a hold's first day to the day it went on).
int workingDaysHeld(const WorkCalendar& calendar, const std::vector<HoldSpan>& holds,
                    const std::string& today);

}  // namespace yizhan::kiosk
