#include "kiosk/requests/request_deadline.h"

namespace yizhan::kiosk {

int workingDaysHeld(const WorkCalendar& calendar, const std::vector<HoldSpan>& holds,
                    const std::string& today) {
  int held = 0;
  for (const HoldSpan& h : holds) {
    std::string until = h.until.value_or(today);
    // A hold that began and ended on one day took none of the request's days.
    if (until > h.from) held += calendar.workingDaysBetween(h.from, until);
  }
  return held;
}

std::string dueDay(const WorkCalendar& calendar, const DeadlineInputs& in,
                   const std::string& today) {
  int days = in.workingDays + in.extensionDays + workingDaysHeld(calendar, in.holds, today);
  return calendar.addWorkingDays(in.acceptedDay, days);
}

DueState dueState(const WorkCalendar& calendar, const DeadlineInputs& in,
                  const std::string& today) {
  bool onHold = false;
  for (const HoldSpan& h : in.holds) onHold |= !h.until;
  return dueStateOf(onHold ? "" : dueDay(calendar, in, today), onHold, today);
}

DueState dueStateOf(const std::string& due, bool onHold, const std::string& today) {
  if (onHold) return DueState::Paused;
  if (today == due) return DueState::DueToday;
  return today > due ? DueState::Overdue : DueState::OnTime;
}

}  // namespace yizhan::kiosk
