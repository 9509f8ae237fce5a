#include "kiosk/appointments/check_in_flow.h"

#include <cstdio>

#include "kiosk/appointments/appointment_strings.h"
#include "kiosk/appointments/appointment_text.h"
#include "kiosk/appointments/booking_flow.h"
#include "kiosk/residents/phone_keypad.h"

namespace yizhan::kiosk {

bool CheckInFlow::handle(const Intent& intent) {
  Snapshot& snap = host_.snap();
  if (opensTile(intent, tiles::CheckIn)) {
    if (snap.screen == screens::Home) open();
    return true;
  }
  return snap.screen == screens::CheckIn &&
         takePhoneKey(intent, host_, key_,
                      [this](const PersonRef& p) { checkInAs(appointments_.checkIn(p)); });
}

void CheckInFlow::open() {
  if (!appointmentsOffered(appointments_)) return;
  host_.snap().part<PhoneKeypadPart>().phoneDigits.clear();
  host_.go(screens::CheckIn);
}

std::string CheckInFlow::prompt(const Screen& screen) const {
  if (!(screen == screens::CheckIn)) return {};
  return std::string(text(ApptStr::CheckInSpoken, host_.snap().lang));
}

void CheckInFlow::checkInAs(const CheckInOutcome& out) {
  if (!out.problem && out.ticket) {
    host_.snap().part<PhoneKeypadPart>().phoneDigits.clear();
    host_.snap().notice.reset();
    tickets_.showTicket(*out.ticket);
    return;
  }
  if (host_.snap().screen != screens::CheckIn) host_.go(screens::CheckIn);
  // Nothing went wrong when the booking is simply not now, or the resident already has their
  // number: they are told calmly; the rest is an error.
  AppointmentProblem problem = out.problem.value_or(AppointmentProblem::NotFound);
  bool calm = problem == AppointmentProblem::TooEarly || problem == AppointmentProblem::OtherDay ||
              problem == AppointmentProblem::AlreadyCheckedIn;
  tell(checkInProblemText(out, host_.snap().lang), calm);
}

void CheckInFlow::tell(std::string words, bool calm) {
  Snapshot& snap = host_.snap();
  (calm ? snap.notice : snap.error) = words;
  (calm ? snap.error : snap.notice).reset();
  host_.changed();
  host_.say(words);
}

bool CheckInFlow::cardRead(const drivers::Identity& card) {
  host_.noteActivity();
  checkInAs(appointments_.checkIn(personOfCard(card, key_)));
  return true;
}

bool CheckInFlow::cardRefused(const CardRefusal& refusal) {
  host_.noteActivity();
  tell(refusal.message, false);
  return true;
}

bool CheckInFlow::scanned(const std::string& code) {
  // The check-in screen takes a slip, and tells of anything else.
  host_.noteActivity();
  if (code.rfind(kAppointmentCodePrefix, 0) == 0) {
    checkInAs(appointments_.checkInByCode(code));
  } else {
    tell(std::string(text(ApptStr::ProblemSlipScan, host_.snap().lang)), false);
  }
  return true;
}

void CheckInFlow::declareCodes(CodeRoutes& routes) {
  routes.declare(std::string(kAppointmentCodePrefix), [this](const std::string& code) {
    if (appointmentsOffered(appointments_)) checkInAs(appointments_.checkInByCode(code));
  });
}

void CheckInFlow::forget() {
  host_.snap().part<PhoneKeypadPart>().phoneDigits.clear();
}

void CheckInFlow::tick(TimePoint now) {
  // Once a minute, bookings whose window closed become missed.
  auto minute = std::chrono::floor<std::chrono::minutes>(now);
  if (minute == sweptMinute_) return;
  sweptMinute_ = minute;
  try {
    appointments_.markMissed();
  } catch (const data::StoreError& e) {
    // Tried again next minute; nothing is lost by waiting.
    std::fprintf(stderr, "yizhan: store error marking missed bookings: %s\n", e.what());
  }
}

void CheckInFlow::addTiles(std::vector<HomeTile>& tiles) {
  if (appointmentsOffered(appointments_))
    tiles.push_back({tiles::CheckIn, std::string(text(ApptStr::TileCheckIn, host_.snap().lang)),
                     false, std::string(text(ApptStr::TileCheckInDetail, host_.snap().lang))});
}

}  // namespace yizhan::kiosk
