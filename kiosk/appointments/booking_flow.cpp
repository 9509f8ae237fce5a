#include "kiosk/appointments/booking_flow.h"

#include "kiosk/queue/take_number_flow.h"

#include "kiosk/appointments/appointment_slip.h"
#include "kiosk/appointments/appointment_strings.h"
#include "kiosk/appointments/appointment_text.h"
#include "kiosk/base/local_time.h"
#include "kiosk/queue/ticket_printout.h"
#include "kiosk/residents/phone_keypad.h"
#include "kiosk/session/session.h"

namespace yizhan::kiosk {

bool appointmentsOffered(const AppointmentService& appointments) {
  return !appointments.bookableServices().empty();
}

bool BookingFlow::handle(const Intent& intent) {
  Snapshot& snap = host_.snap();
  if (opensTile(intent, tiles::Appointment)) {
    if (snap.screen == screens::Home) open();
    return true;
  }
  if (snap.screen == screens::BookWho &&
      takePhoneKey(intent, host_, key_, [this](const PersonRef& p) { bookAs(p); })) {
    return true;
  }
  return on<intent::ChooseBookingService>(intent,
                                          [&](const auto& i) { chooseService(i.serviceId); }) ||
         on<intent::ChooseBookingDay>(intent, [&](const auto& i) { chooseDay(i.day); }) ||
         on<intent::ChooseSlot>(intent, [&](const auto& i) { chooseSlot(i.start); }) ||
         on<intent::FinishTicket>(intent, [&](const auto&) {
           if (snap.screen == screens::Booked) host_.goHome();
         });
}

void BookingFlow::open() {
  if (!appointmentsOffered(appointments_)) return;
  Snapshot& snap = host_.snap();
  snap.part<BookingPart>().services.clear();
  for (const ServiceDef* s : appointments_.bookableServices()) {
    int free = 0;
    for (const BookingDay& d : appointments_.bookingDays(s->id)) free += d.freePlaces;
    snap.part<BookingPart>().services.push_back(
        {s->id, s->name, free > 0,
         free > 0 ? format(ApptStr::ApptServiceFree, snap.lang, {std::to_string(free)})
                  : std::string(text(ApptStr::ApptServiceFull, snap.lang))});
  }
  snap.part<BookingPart>().booking.reset();
  host_.go(screens::BookService);
}

void BookingFlow::chooseService(const std::string& serviceId) {
  Snapshot& snap = host_.snap();
  if (snap.screen != screens::BookService) return;
  const ServiceDef* service = nullptr;
  for (const ServiceDef* s : appointments_.bookableServices()) {
    if (s->id == serviceId) service = s;
  }
  if (!service) return;
  snap.part<BookingPart>().booking =
      BookingDraft{service->id, service->name, {}, {}, {}, std::nullopt, {}};
  snap.part<BookingPart>().bookingDays.clear();
  for (const BookingDay& d : appointments_.bookingDays(service->id)) {
    std::string date = dateLabel(d.day, snap.lang);
    std::string weekday(weekdayName(d.weekday, snap.lang));
    bool free = d.freePlaces > 0;
    // A full day says so in words, not only in grey.
    std::string detail = d.today ? date : weekday;
    if (!free) detail = format(ApptStr::ApptDayFull, snap.lang, {detail});
    snap.part<BookingPart>().bookingDays.push_back(
        {d.day, d.today ? std::string(text(ApptStr::ApptToday, snap.lang)) : date, detail, free});
  }
  host_.go(screens::BookDay);
}

void BookingFlow::showDay(const std::string& day) {
  Snapshot& snap = host_.snap();
  snap.part<BookingPart>().booking->day = day;
  snap.part<BookingPart>().booking->dayLabel =
      day.empty() ? std::string() : dayLabel(day, snap.lang);
  snap.part<BookingPart>().booking->dayShort.clear();
  for (const BookingDayChoice& d : snap.part<BookingPart>().bookingDays) {
    if (d.day == day) snap.part<BookingPart>().booking->dayShort = d.label;
  }
  snap.part<BookingPart>().slots.clear();
  if (day.empty()) return;
  for (const SlotView& s : appointments_.slots(snap.part<BookingPart>().booking->serviceId, day)) {
    if (s.passed) continue;  // today's past slots are not offered at all
    std::string status = s.available() ? format(ApptStr::ApptSlotFree, snap.lang,
                                                {std::to_string(s.capacity - s.taken)})
                                       : std::string(text(ApptStr::ApptSlotFull, snap.lang));
    snap.part<BookingPart>().slots.push_back(
        {s.start, slotText(s.start, s.minutes), status, s.available()});
  }
}

void BookingFlow::chooseDay(const std::string& day) {
  Snapshot& snap = host_.snap();
  if (snap.screen != screens::BookDay || !snap.part<BookingPart>().booking) return;
  for (const BookingDayChoice& d : snap.part<BookingPart>().bookingDays) {
    if (d.day != day || !d.available) continue;
    showDay(d.day);
    host_.go(screens::BookSlot);
    return;
  }
}

void BookingFlow::chooseSlot(int start) {
  Snapshot& snap = host_.snap();
  if (snap.screen != screens::BookSlot || !snap.part<BookingPart>().booking) return;
  for (const SlotChoice& s : snap.part<BookingPart>().slots) {
    if (s.start != start || !s.available) continue;
    snap.part<BookingPart>().booking->slotStart = s.start;
    snap.part<BookingPart>().booking->slotLabel = s.label;
    snap.part<PhoneKeypadPart>().phoneDigits.clear();
    host_.go(screens::BookWho);
    return;
  }
}

std::string BookingFlow::prompt(const Screen& screen) const {
  const Snapshot& snap = host_.snap();
  const auto& booking = snap.part<BookingPart>().booking;
  // The three steps say which they are: a resident knows how far there is to go.
  auto step = [&](std::string title, int n) {
    return title + "。" +
           format(Str::StepOf, snap.lang, {std::to_string(n), std::to_string(kSteps)});
  };
  if (screen == screens::BookService) {
    return step(std::string(text(ApptStr::ApptServiceTitle, snap.lang)), 1);
  }
  if (screen == screens::Booked && snap.part<BookingPart>().booked) {
    const auto& view = *snap.part<BookingPart>().booked;
    return format(ApptStr::ApptBookedSpoken, snap.lang,
                  {view.dayLabel, view.slot, view.serviceName});
  }
  if (!booking) return {};
  if (screen == screens::BookDay) {
    return step(format(ApptStr::ApptDayTitle, snap.lang, {booking->serviceName}), 2);
  }
  if (screen == screens::BookSlot) {
    return step(format(ApptStr::ApptSlotTitle, snap.lang, {booking->dayShort}), 3);
  }
  if (screen == screens::BookWho) {
    return step(std::string(text(ApptStr::ApptIdentifyTitle, snap.lang)), 4) + "。" +
           std::string(text(ApptStr::ApptIdentifyHint, snap.lang));
  }
  return {};
}

bool BookingFlow::back() {
  Snapshot& snap = host_.snap();
  // One step back, keeping what was chosen before.
  if (snap.screen == screens::BookWho && snap.part<BookingPart>().booking) {
    snap.part<PhoneKeypadPart>().phoneDigits.clear();
    showDay(snap.part<BookingPart>().booking->day);
    host_.go(screens::BookSlot);
    return true;
  }
  if (snap.screen == screens::BookSlot && snap.part<BookingPart>().booking) {
    host_.go(screens::BookDay);
    return true;
  }
  if (snap.screen == screens::BookDay) {
    open();
    return true;
  }
  return false;
}

bool BookingFlow::cardRead(const drivers::Identity& card) {
  if (host_.snap().screen != screens::BookWho) return false;
  host_.noteActivity();
  bookAs(personOfCard(card, key_));
  return true;
}

bool BookingFlow::cardRefused(const CardRefusal& refusal) {
  Snapshot& snap = host_.snap();
  if (snap.screen != screens::BookWho) return false;
  host_.noteActivity();
  showProblem(host_, refusal.message);
  return true;
}

void BookingFlow::bookAs(const PersonRef& holder) {
  Snapshot& snap = host_.snap();
  const BookingDraft& draft = *snap.part<BookingPart>().booking;
  BookOutcome out =
      appointments_.book(draft.serviceId, draft.day, *draft.slotStart, holder, "kiosk");
  if (out.problem) {
    ApptStr why = bookingProblem(*out.problem);
    // Back to the times, as they are now, with the reason: the resident picks again.
    showDay(draft.day);
    host_.go(why == ApptStr::ApptProblemAlready ? screens::BookWho
             : why == ApptStr::ApptProblemDay   ? screens::BookDay
                                                : screens::BookSlot);
    snap.error = std::string(text(why, snap.lang));
    host_.say(*snap.error);
    return;
  }
  const data::AppointmentRecord& a = *out.booked;
  const QueueSettings& settings = appointments_.settings();
  TimePoint slotAt = fromEpochSeconds(a.slotEpoch);
  BookedView view;
  view.serviceName = draft.serviceName;
  view.dayLabel = dayLabel(a.day, snap.lang);
  view.slot = slotText(a.slotStart, a.slotMinutes);
  view.windowFrom = clockText(slotAt - std::chrono::minutes(settings.appointmentEarlyMinutes));
  view.windowTo = clockText(slotAt + std::chrono::minutes(settings.appointmentLateMinutes));
  view.holderMasked = a.holderMasked;
  view.number = bookingNumber(a.uuid);
  snap.part<BookingPart>().booked = view;
  snap.part<BookingPart>().booking.reset();
  host_.go(screens::Booked);
  printSlip(a);
}

void BookingFlow::printSlip(const data::AppointmentRecord& a) {
  const BookedView& v = *host_.snap().part<BookingPart>().booked;
  AppointmentSlip slip{host_.settings().stationName,
                       v.serviceName,
                       v.dayLabel,
                       v.slot,
                       v.windowFrom,
                       v.windowTo,
                       v.holderMasked,
                       a.uuid,
                       formatMinute(host_.now())};
  Lang lang = host_.snap().lang;
  host_.print(
      [slip, lang](const drivers::PrinterProfile& profile, const drivers::TextRaster& raster) {
        return composeAppointmentSlip(slip, lang, profile, raster);
      },
      [this, number = v.number](bool printed, const std::string& problem) {
        Snapshot& snap = host_.snap();
        if (!snap.part<BookingPart>().booked || snap.part<BookingPart>().booked->number != number)
          return;  // moved on
        snap.part<BookingPart>().booked->print = printed ? PrintState::Printed : PrintState::Failed;
        snap.part<BookingPart>().booked->printProblem = problem;
        host_.changed();
      });
}

void BookingFlow::forget() {
  Snapshot& snap = host_.snap();
  snap.part<BookingPart>().booking.reset();
  snap.part<BookingPart>().booked.reset();
  snap.part<BookingPart>().bookingDays.clear();
  snap.part<BookingPart>().slots.clear();
  snap.part<PhoneKeypadPart>().phoneDigits.clear();
}

void BookingFlow::addTiles(std::vector<HomeTile>& tiles) {
  if (appointmentsOffered(appointments_))
    tiles.push_back({tiles::Appointment,
                     std::string(text(ApptStr::TileAppointment, host_.snap().lang)), false,
                     std::string(text(ApptStr::TileAppointmentDetail, host_.snap().lang))});
}

}  // namespace yizhan::kiosk
