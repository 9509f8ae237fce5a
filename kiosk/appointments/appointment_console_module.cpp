#include "kiosk/appointments/appointment_console_module.h"

#include <httplib.h>

#include <algorithm>

#include "kiosk/appointments/appointment_slip.h"
#include "kiosk/appointments/appointment_strings.h"
#include "kiosk/appointments/appointment_text.h"
#include "kiosk/console/console_core.h"

namespace yizhan::kiosk {

void AppointmentConsoleModule::addRoutes(ConsoleCore& core) {
  core.read(R"(/api/counter/(\d+)/slots/([a-z0-9-]+)/(\d{4}-\d{2}-\d{2}))",
            [this, &core](int, const httplib::Request& req, httplib::Response& res) {
              nlohmann::json out = nlohmann::json::array();
              {
                std::lock_guard lock(core.storeMutex());
                for (const SlotView& s : appointments_.slots(req.matches[2], req.matches[3])) {
                  if (s.passed) continue;
                  out.push_back({{"start", s.start},
                                 {"label", slotText(s.start, s.minutes)},
                                 {"free", s.capacity - s.taken}});
                }
              }
              res.set_content(out.dump(), "application/json");
            });
  core.act(R"(/api/counter/(\d+)/book)", [this, &core](int counter, const httplib::Request& req,
                                                       httplib::Response& res) {
    nlohmann::json body = nlohmann::json::parse(req.body, nullptr, false);
    auto field = [&](const char* key) {
      return body.is_object() && body.contains(key) && body[key].is_string()
                 ? body[key].get<std::string>()
                 : std::string();
    };
    int slot = body.is_object() && body.contains("slot") && body["slot"].is_number_integer()
                   ? body["slot"].get<int>()
                   : -1;
    // Staff type what the resident gives: a mobile number, or the ID number off the card.
    std::string who = field("who");
    std::optional<PersonRef> holder = personOfPhone(who, personalKey_);
    if (!holder) holder = personOfIdNumber(who, personalKey_);
    std::string problem, notice;
    if (!holder) {
      problem = text(ApptStr::ApptHolderInvalid, Lang::Zh);
    } else {
      std::lock_guard lock(core.storeMutex());
      BookOutcome out =
          appointments_.book(field("service"), field("day"), slot, *holder, "console");
      if (out.problem) {
        problem = text(bookingProblem(*out.problem), Lang::Zh);
      } else {
        notice = format(ApptStr::ApptConsoleBooked, Lang::Zh,
                        {dayLabel(out.booked->day, Lang::Zh),
                         slotText(out.booked->slotStart, out.booked->slotMinutes),
                         bookingNumber(out.booked->uuid)});
      }
    }
    res.set_content(core.stateJson(counter, problem, notice), "application/json");
  });
  core.act(
      R"(/api/counter/(\d+)/check-in/(\d+))",
      [this, &core](int counter, const httplib::Request& req, httplib::Response& res) {
        std::string problem, notice;
        {
          std::lock_guard lock(core.storeMutex());
          CheckInOutcome out = appointments_.checkInById(std::atoll(req.matches[2].str().c_str()));
          if (out.problem) {
            problem = checkInProblemText(out, Lang::Zh);
          } else {
            notice = format(ApptStr::ApptConsoleCheckedIn, Lang::Zh, {out.ticket->ticket.code});
          }
        }
        res.set_content(core.stateJson(counter, problem, notice), "application/json");
      });
}

void AppointmentConsoleModule::addState(int counter, nlohmann::json& j) {
  // The counter's bookable services with their days, and today's bookings for them.
  j["booking"] = nlohmann::json::array();
  std::vector<std::string> served;
  for (const ServiceDef* s : queue_.catalog().servicesOf(counter)) {
    served.push_back(s->id);
    if (slotStartsOf(*s).empty()) continue;
    nlohmann::json days = nlohmann::json::array();
    for (const BookingDay& d : appointments_.bookingDays(s->id)) {
      days.push_back(
          {{"day", d.day}, {"label", dayLabel(d.day, Lang::Zh)}, {"free", d.freePlaces}});
    }
    j["booking"].push_back({{"id", s->id}, {"name", s->name}, {"days", days}});
  }
  j["appointments"] = nlohmann::json::array();
  for (const data::AppointmentRecord& a : appointments_.ofDay(appointments_.today())) {
    if (std::find(served.begin(), served.end(), a.service) == served.end()) continue;
    const ServiceDef* s = queue_.catalog().service(a.service);
    std::string code;
    if (a.ticketId) {
      if (auto t = queue_.ticket(*a.ticketId)) code = t->code;
    }
    j["appointments"].push_back({{"id", a.id},
                                 {"slot", slotText(a.slotStart, a.slotMinutes)},
                                 {"service", s ? s->name : a.service},
                                 {"holder", a.holderMasked},
                                 {"status", a.status},
                                 {"status_text", appointmentStatusText(a, Lang::Zh, code)}});
  }
}

}  // namespace yizhan::kiosk
