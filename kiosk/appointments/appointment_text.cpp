#include "kiosk/appointments/appointment_text.h"

#include <cstdio>

#include "kiosk/appointments/appointment_strings.h"
#include "kiosk/base/local_time.h"
#include "kiosk/calendar/work_calendar.h"

namespace yizhan::kiosk {

std::string dateLabel(const std::string& day, Lang lang) {
  int month = 0, dom = 0;
  std::sscanf(day.c_str(), "%*4d-%2d-%2d", &month, &dom);
  return format(ApptStr::ApptDateLabel, lang, {std::to_string(month), std::to_string(dom)});
}

std::string dayLabel(const std::string& day, Lang lang) {
  return dateLabel(day, lang) + " " + std::string(weekdayName(weekdayOf(day).value_or(0), lang));
}

std::string clockText(TimePoint t) {
  LocalDateTime l = toLocal(t);
  char text[16];
  std::snprintf(text, sizeof text, "%02d:%02d", l.hour % 24, l.minute % 60);
  return text;
}

ApptStr bookingProblem(AppointmentProblem problem) {
  switch (problem) {
    case AppointmentProblem::SlotFull:
      return ApptStr::ApptProblemFull;
    case AppointmentProblem::SlotPassed:
    case AppointmentProblem::NoSuchSlot:
      return ApptStr::ApptProblemPassed;
    case AppointmentProblem::AlreadyBooked:
      return ApptStr::ApptProblemAlready;
    case AppointmentProblem::DayNotOpen:
      return ApptStr::ApptProblemDay;
    default:
      return ApptStr::ApptProblemService;
  }
}

std::string checkInProblemText(const CheckInOutcome& out, Lang lang) {
  std::string when;
  if (out.appointment) {
    const data::AppointmentRecord& a = *out.appointment;
    when = dayLabel(a.day, lang) + " " + slotText(a.slotStart, a.slotMinutes);
  }
  switch (out.problem.value_or(AppointmentProblem::NotFound)) {
    case AppointmentProblem::TooEarly:
      return format(ApptStr::CheckInTooEarly, lang,
                    {when, out.opensAt ? clockText(*out.opensAt) : std::string()});
    case AppointmentProblem::OtherDay:
      return format(ApptStr::CheckInOtherDay, lang, {when});
    case AppointmentProblem::TooLate:
      return format(ApptStr::CheckInTooLate, lang, {when});
    case AppointmentProblem::AlreadyCheckedIn:
      return format(ApptStr::CheckInAlready, lang,
                    {out.ticket ? out.ticket->ticket.code : std::string()});
    default:
      return std::string(text(ApptStr::CheckInNotFound, lang));
  }
}

std::string appointmentStatusText(const data::AppointmentRecord& a, Lang lang,
                                  const std::string& ticketCode) {
  if (a.status == "checked_in") return format(ApptStr::ApptStatusCheckedIn, lang, {ticketCode});
  if (a.status == "missed") return std::string(text(ApptStr::ApptStatusMissed, lang));
  if (a.status == "cancelled") return std::string(text(ApptStr::ApptStatusCancelled, lang));
  return std::string(text(ApptStr::ApptStatusBooked, lang));
}

}  // namespace yizhan::kiosk
