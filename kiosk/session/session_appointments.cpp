// Booking (预约办事: service → day and time → ID card or mobile number → slip) and check-in
// (预约签到: ID card, the slip's QR code or the mobile number → ticket), for residents who
// cannot use a phone app: every step is a big button, a card tap or the digit keypad.
#include <cstdio>

#include "drivers/speech/mandarin_text.h"
#include "kiosk/appointments/appointment_slip.h"
#include "kiosk/appointments/appointment_text.h"
#include "kiosk/base/local_time.h"
#include "kiosk/calendar/work_calendar.h"
#include "kiosk/queue/ticket_printout.h"
#include "kiosk/session/session.h"

namespace yizhan::kiosk {

namespace {
constexpr size_t kPhoneDigits = 11;
}  // namespace

bool KioskSession::appointmentsOffered() const {
  return services_.appointments && services_.personalKey &&
         !services_.appointments->bookableServices().empty();
}

void KioskSession::openBooking() {
  if (!appointmentsOffered()) return;
  snap_.services.clear();
  for (const ServiceDef* s : services_.appointments->bookableServices()) {
    int free = 0;
    for (const BookingDay& d : services_.appointments->bookingDays(s->id)) free += d.freePlaces;
    snap_.services.push_back({s->id, s->name, free > 0,
                              free > 0
                                  ? format(Str::ApptServiceFree, snap_.lang, {std::to_string(free)})
                                  : std::string(text(Str::ApptServiceFull, snap_.lang))});
  }
  snap_.booking.reset();
  go(Screen::BookService);
  sayPrompt(std::string(text(Str::ApptServiceTitle, snap_.lang)));
}

void KioskSession::handle(const intent::ChooseBookingService& choose) {
  if (snap_.screen != Screen::BookService || !services_.appointments) return;
  const ServiceDef* service = services_.queue->catalog().service(choose.serviceId);
  if (!service) return;
  snap_.booking = BookingDraft{service->id, service->name, {}, {}, std::nullopt, {}};
  snap_.bookingDays.clear();
  std::string first;
  for (const BookingDay& d : services_.appointments->bookingDays(service->id)) {
    std::string date = dateLabel(d.day, snap_.lang);
    std::string weekday(weekdayName(d.weekday, snap_.lang));
    if (d.today) {
      snap_.bookingDays.push_back(
          {d.day, std::string(text(Str::ApptToday, snap_.lang)), date, d.freePlaces > 0});
    } else {
      snap_.bookingDays.push_back({d.day, date, weekday, d.freePlaces > 0});
    }
    if (first.empty() && d.freePlaces > 0) first = d.day;
  }
  if (first.empty() && !snap_.bookingDays.empty()) first = snap_.bookingDays.front().day;
  showBookingDay(first);
  go(Screen::BookSlot);
}

void KioskSession::showBookingDay(const std::string& day) {
  snap_.booking->day = day;
  snap_.booking->dayLabel = day.empty() ? std::string() : dayLabel(day, snap_.lang);
  snap_.slots.clear();
  if (day.empty()) return;
  for (const SlotView& s : services_.appointments->slots(snap_.booking->serviceId, day)) {
    if (s.passed) continue;  // today's past slots are not offered at all
    std::string status = s.available() ? format(Str::ApptSlotFree, snap_.lang,
                                                {std::to_string(s.capacity - s.taken)})
                                       : std::string(text(Str::ApptSlotFull, snap_.lang));
    snap_.slots.push_back({s.start, slotText(s.start, s.minutes), status, s.available()});
  }
}

void KioskSession::handle(const intent::ChooseBookingDay& choose) {
  if (snap_.screen != Screen::BookSlot || !snap_.booking) return;
  for (const BookingDayChoice& d : snap_.bookingDays) {
    if (d.day != choose.day) continue;
    showBookingDay(d.day);
    snap_.error.reset();
    changed();
  }
}

void KioskSession::handle(const intent::ChooseSlot& choose) {
  if (snap_.screen != Screen::BookSlot || !snap_.booking) return;
  for (const SlotChoice& s : snap_.slots) {
    if (s.start != choose.start || !s.available) continue;
    snap_.booking->slotStart = s.start;
    snap_.booking->slotLabel = s.label;
    snap_.phoneDigits.clear();
    go(Screen::BookWho);
    sayPrompt(std::string(text(Str::ApptIdentifyHint, snap_.lang)));
    return;
  }
}

void KioskSession::openCheckIn() {
  if (!appointmentsOffered()) return;
  snap_.phoneDigits.clear();
  go(Screen::CheckIn);
  sayPrompt(std::string(text(Str::CheckInSpoken, snap_.lang)));
}

bool KioskSession::phoneKeypadShown() const {
  return snap_.screen == Screen::BookWho || snap_.screen == Screen::CheckIn;
}

void KioskSession::typePhone(char key) {
  if (key < '0' || key > '9' || snap_.phoneDigits.size() >= kPhoneDigits) return;
  snap_.phoneDigits += key;
  snap_.error.reset();
  changed();
}

void KioskSession::confirmPhone() {
  std::optional<PersonRef> holder = personOfPhone(snap_.phoneDigits, *services_.personalKey);
  if (!holder) {
    snap_.error = std::string(text(Str::ApptPhoneInvalid, snap_.lang));
    changed();
    return;
  }
  snap_.phoneDigits.clear();
  if (snap_.screen == Screen::BookWho) {
    bookAs(*holder);
  } else {
    checkInAs(services_.appointments->checkIn(*holder));
  }
}

void KioskSession::bookAs(const PersonRef& holder) {
  const BookingDraft& draft = *snap_.booking;
  BookOutcome out =
      services_.appointments->book(draft.serviceId, draft.day, *draft.slotStart, holder, "kiosk");
  if (out.problem) {
    Str why = bookingProblem(*out.problem);
    // Back to the times, as they are now, with the reason: the resident picks again.
    showBookingDay(draft.day);
    go(why == Str::ApptProblemAlready ? Screen::BookWho : Screen::BookSlot);
    snap_.error = std::string(text(why, snap_.lang));
    sayPrompt(*snap_.error);
    return;
  }
  const data::AppointmentRecord& a = *out.booked;
  const QueueSettings& settings = services_.appointments->settings();
  TimePoint slotAt = fromEpochSeconds(a.slotEpoch);
  BookedView view;
  view.serviceName = draft.serviceName;
  view.dayLabel = dayLabel(a.day, snap_.lang);
  view.slot = slotText(a.slotStart, a.slotMinutes);
  view.windowFrom = clockText(slotAt - std::chrono::minutes(settings.appointmentEarlyMinutes));
  view.windowTo = clockText(slotAt + std::chrono::minutes(settings.appointmentLateMinutes));
  view.holderMasked = a.holderMasked;
  view.number = bookingNumber(a.uuid);
  snap_.booked = view;
  snap_.booking.reset();
  go(Screen::Booked);
  sayPrompt(format(Str::ApptBookedSpoken, snap_.lang, {view.dayLabel, view.slot}));
  printSlip(a);
}

void KioskSession::printSlip(const data::AppointmentRecord& a) {
  const BookedView& v = *snap_.booked;
  AppointmentSlip slip{settings_.stationName,
                       v.serviceName,
                       v.dayLabel,
                       v.slot,
                       v.windowFrom,
                       v.windowTo,
                       v.holderMasked,
                       a.uuid,
                       formatIso(services_.clock.now())};
  slip.bookedLocal = slip.bookedLocal.substr(0, 10) + " " + slip.bookedLocal.substr(11, 5);
  Lang lang = snap_.lang;
  std::string uuid = a.uuid;
  printOnWorker(
      [slip, lang](const drivers::PrinterProfile& profile, const drivers::TextRaster& raster) {
        return composeAppointmentSlip(slip, lang, profile, raster);
      },
      [this, number = v.number](bool printed, const std::string& problem) {
        if (!snap_.booked || snap_.booked->number != number) return;  // moved on
        snap_.booked->print = printed ? PrintState::Printed : PrintState::Failed;
        snap_.booked->printProblem = problem;
        changed();
      });
}

void KioskSession::checkInAs(const CheckInOutcome& out) {
  if (!out.problem && out.ticket) {
    const IssuedTicket& issued = *out.ticket;
    TakenTicket view;
    view.id = issued.ticket.id;
    view.code = issued.ticket.code;
    const ServiceDef* service = services_.queue->catalog().service(issued.ticket.queueService);
    view.serviceName = service ? service->name : issued.ticket.queueService;
    view.ahead = issued.ahead;
    view.waitMinutes = issued.waitMinutes;
    if (issued.ticket.bookedEpoch) {
      view.bookedAt = clockText(fromEpochSeconds(*issued.ticket.bookedEpoch));
    }
    snap_.ticket = view;
    snap_.phoneDigits.clear();
    go(Screen::TicketTaken);
    printTicket(issued, false);
    return;
  }
  if (snap_.screen != Screen::CheckIn) go(Screen::CheckIn);
  snap_.error = checkInProblemText(out, snap_.lang);
  changed();
  sayPrompt(*snap_.error);
}

void KioskSession::declareCodes() {
  if (services_.appointments) {
    codes_.declare(std::string(kAppointmentCodePrefix), [this](const std::string& code) {
      if (!appointmentsOffered()) return;
      checkInAs(services_.appointments->checkInByCode(code));
    });
  }
  if (services_.queue) {
    codes_.declare(std::string(kTicketCodePrefix),
                   [this](const std::string& code) { showScannedTicket(code); });
  }
}

void KioskSession::scanned(const std::string& code) {
  // The screen showing first: the check-in screen takes a slip, and tells of anything else.
  if (snap_.screen == Screen::CheckIn) {
    noteActivity();
    if (code.rfind(kAppointmentCodePrefix, 0) == 0) {
      checkInAs(services_.appointments->checkInByCode(code));
    } else {
      snap_.error = std::string(text(Str::ProblemSlipScan, snap_.lang));
      changed();
      sayPrompt(*snap_.error);
    }
    return;
  }
  // Elsewhere a scan is ignored: a resident half-way through something else.
  if (snap_.screen != Screen::Home) return;
  noteActivity();
  if (codes_.route(code)) return;
  // A code of nobody's here (a payment code, a volunteer card before that feature exists):
  // said plainly, and the resident stays where they are.
  snap_.error = std::string(text(Str::ScanUnknown, snap_.lang));
  changed();
  sayPrompt(*snap_.error);
}

void KioskSession::sweepMissedBookings() {
  if (!services_.appointments) return;
  try {
    services_.appointments->markMissed();
  } catch (const data::StoreError& e) {
    // Tried again next minute; nothing is lost by waiting.
    std::fprintf(stderr, "yizhan: store error marking missed bookings: %s\n", e.what());
  }
}

}  // namespace yizhan::kiosk
