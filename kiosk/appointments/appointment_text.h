#pragma once
// How bookings and their refusals are put in words, the same at the kiosk and on the counter
// console: 11月25日 星期三, 09:00-09:30, 您预约的是…，请11:00以后再来签到.
#include <string>

#include "kiosk/appointments/appointment_service.h"
#include "kiosk/appointments/appointment_strings.h"
#include "kiosk/base/clock.h"

namespace yizhan::kiosk {

std::string dateLabel(const std::string& day, Lang lang);  // 11月25日
std::string dayLabel(const std::string& day, Lang lang);   // 11月25日 星期三
std::string clockText(TimePoint t);                        // 09:30, local
// Why a booking was refused.
ApptStr bookingProblem(AppointmentProblem problem);
// Why a check-in was refused, with the booking's day and time where there is one.
std::string checkInProblemText(const CheckInOutcome& outcome, Lang lang);
// 已预约, 已签到 A004, 未到, 已取消
std::string appointmentStatusText(const data::AppointmentRecord& a, Lang lang,
                                  const std::string& ticketCode);

}  // namespace yizhan::kiosk
