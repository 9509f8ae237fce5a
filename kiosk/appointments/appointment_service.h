#pragma once
// Appointments (预约): slots per service per working day with a capacity, booked at the kiosk,
// at the counter console or by the district; checked in at the kiosk within a window around
// the slot, which gives the resident a ticket that the queue calls at the booked time; a
// booking nobody checked in for by the end of the window is marked missed. Every change is
// one transaction with its outbox event. docs/queue.md has the rules.
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include <nlohmann/json_fwd.hpp>

#include "data/appointment_repository.h"
#include "data/database.h"
#include "kiosk/base/clock.h"
#include "kiosk/base/live.h"
#include "kiosk/calendar/work_calendar.h"
#include "kiosk/queue/queue_service.h"
#include "kiosk/residents/person_ref.h"

namespace yizhan::kiosk {

enum class AppointmentProblem {
  UnknownService,
  NotBookable,    // the service takes no bookings
  DayNotOpen,     // not a working day, or beyond the days open for booking
  NoSuchSlot,     // not a slot of the service
  SlotPassed,     // the slot has begun
  SlotFull,       // every place taken
  AlreadyBooked,  // the holder has a booking for this service that day
  NotFound,       // no booking for this card, phone or slip today
  TooEarly,       // check-in opens later (opensAt says when)
  OtherDay,       // the booking is for another day (appointment says which)
  TooLate,        // the window closed: the booking is missed
  AlreadyCheckedIn,
};

struct SlotView {
  int start = 0;  // minutes after local midnight
  int minutes = 0;
  int capacity = 0;
  int taken = 0;
  bool passed = false;
  bool available() const { return !passed && taken < capacity; }
};

struct BookingDay {
  std::string day;  // YYYY-MM-DD
  int weekday = 0;  // 0 = Sunday
  bool today = false;
  int freePlaces = 0;
};

struct BookOutcome {
  std::optional<data::AppointmentRecord> booked;
  std::optional<AppointmentProblem> problem;
};

struct CheckInOutcome {
  std::optional<data::AppointmentRecord> appointment;
  std::optional<IssuedTicket> ticket;  // the new ticket, or the earlier one if checked in already
  std::optional<AppointmentProblem> problem;
  std::optional<TimePoint> opensAt;  // TooEarly: when check-in opens
};

// Slot starts of a service: its opening spans cut into slots of its slot length.
std::vector<int> slotStartsOf(const ServiceDef& service);
// "09:00-09:30"
std::string slotText(int start, int minutes);
// The local time a slot of `day` starts.
std::optional<TimePoint> slotTime(const std::string& day, int start);

class AppointmentService {
 public:
  AppointmentService(data::Database& db, QueueService& queue, const Live<WorkCalendar>& calendar,
                     const Clock& clock)
      : db_(db), queue_(queue), calendar_(calendar), clock_(clock) {}
  // A calendar that never changes (tools, tests): the service keeps its own copy.
  AppointmentService(data::Database& db, QueueService& queue, WorkCalendar calendar,
                     const Clock& clock)
      : db_(db),
        queue_(queue),
        fixedCalendar_(std::make_unique<Live<WorkCalendar>>(std::move(calendar))),
        calendar_(*fixedCalendar_),
        clock_(clock) {}

  const QueueSettings& settings() const { return queue_.catalog().settings; }
  std::vector<const ServiceDef*> bookableServices() const;
  // Working days open for booking from today on, with the places left on each.
  std::vector<BookingDay> bookingDays(const std::string& serviceId);
  std::vector<SlotView> slots(const std::string& serviceId, const std::string& day);

  // `uuid` names a booking made elsewhere (the district): booking it again returns the one
  // stored, so a booking received twice is one booking.
  BookOutcome book(const std::string& serviceId, const std::string& day, int slotStart,
                   const PersonRef& holder, const std::string& source,
                   const std::string& uuid = {});
  // At the kiosk: the holder's booking of today whose window is open.
  CheckInOutcome checkIn(const PersonRef& holder);
  // The slip's QR code (YZA:<uuid>, or the uuid alone).
  CheckInOutcome checkInByCode(const std::string& code);
  // At the counter console: staff check in a resident standing at the window.
  CheckInOutcome checkInById(std::int64_t id);

  // Marks bookings whose window has closed as missed; returns how many.
  int markMissed();
  std::vector<data::AppointmentRecord> ofDay(const std::string& day);
  std::string today() const;

 private:
  CheckInOutcome checkInRecord(const data::AppointmentRecord& appointment);
  CheckInOutcome checkInFound(const std::optional<data::AppointmentRecord>& appointment);
  void event(const char* type, const data::AppointmentRecord& a, const nlohmann::json& extra);
  void commit(data::Transaction& tx);
  std::int64_t opensAt(const data::AppointmentRecord& a) const;
  std::int64_t closesAt(const data::AppointmentRecord& a) const;

  data::Database& db_;
  QueueService& queue_;
  std::unique_ptr<Live<WorkCalendar>> fixedCalendar_;
  const Live<WorkCalendar>& calendar_;
  const Clock& clock_;
};

// What the slip's QR code holds.
// A booking slip's QR code: its own prefix, then the booking's uuid.
inline constexpr std::string_view kAppointmentCodePrefix = "YZA:";
std::string appointmentQrPayload(const std::string& uuid);

}  // namespace yizhan::kiosk
