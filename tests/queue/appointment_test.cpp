// Appointments: slots and capacity, who may book what, the check-in window, missed bookings,
// checked-in bookings called at their time, the working-day calendar, and the outbox events.
#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include "data/appointment_repository.h"
#include "data/outbox.h"
#include "data/store.h"
#include "kiosk/appointments/appointment_service.h"
#include "kiosk/appointments/appointment_slip.h"
#include "kiosk/calendar/work_calendar.h"
#include "support/temp_dir.h"
#include "support/times.h"

using namespace yizhan;
using namespace yizhan::kiosk;
using std::chrono::hours;
using std::chrono::minutes;

namespace {
constexpr int at(int h, int m) {
  return h * 60 + m;
}

struct Fixture {
  test::TempDir dir;
  ManualClock clock{test::tuesdayMorning()};  // 2026-11-24 09:30, a Tuesday
  data::Store store = data::Store::open(dir.path(), "20261124-093000");
  ServiceCatalog catalog = defaultCatalog();  // 社保医保: 30-minute slots of 2 places
  WorkCalendar calendar = WorkCalendar::builtIn();
  QueueService queue{store.db(), catalog, clock};
  AppointmentService appointments{store.db(), queue, calendar, clock};
  PersonalKey key = PersonalKey::loadOrCreate(dir.path() / "keys" / "personal.key");

  PersonRef phone(const std::string& digits) { return *personOfPhone(digits, key); }
  data::AppointmentRecord book(const std::string& day, int slot,
                               const std::string& phoneNumber = "13812345678",
                               const std::string& service = "social-security") {
    auto out = appointments.book(service, day, slot, phone(phoneNumber), "kiosk");
    REQUIRE_FALSE(out.problem);
    return *out.booked;
  }
  std::vector<data::OutboxEvent> events(const std::string& type) {
    std::vector<data::OutboxEvent> out;
    for (auto& e : data::Outbox(store.db()).pending(1000))
      if (e.type == type) out.push_back(e);
    return out;
  }
};
}  // namespace

TEST_CASE("slots cut the opening hours by the service's slot length", "[queue][appointments]") {
  ServiceCatalog c = defaultCatalog();
  std::vector<int> social = slotStartsOf(*c.service("social-security"));  // 30 min
  REQUIRE(social.size() == 15);  // 08:30-12:00 → 7, 13:30-17:30 → 8
  CHECK(social.front() == at(8, 30));
  CHECK(social[6] == at(11, 30));
  CHECK(social[7] == at(13, 30));
  CHECK(social.back() == at(17, 0));
  // 60-minute slots never run past the end of a span: 11:30-12:30 is not a slot.
  std::vector<int> civil = slotStartsOf(*c.service("civil-affairs"));
  CHECK(civil == std::vector<int>{at(8, 30), at(9, 30), at(10, 30), at(13, 30), at(14, 30),
                                  at(15, 30), at(16, 30)});
  CHECK(slotStartsOf(*c.service("utilities")).empty());  // takes no bookings
  CHECK(slotText(at(9, 0), 30) == "09:00-09:30");
}

TEST_CASE("the working-day calendar follows the official schedule", "[queue][appointments]") {
  WorkCalendar cal = WorkCalendar::builtIn();
  CHECK(cal.isWorkingDay("2026-11-24"));        // Tuesday
  CHECK_FALSE(cal.isWorkingDay("2026-11-28"));  // Saturday
  CHECK_FALSE(cal.isWorkingDay("2026-10-01"));  // 国庆节
  CHECK(cal.holidayName("2026-10-01") == "国庆节");
  CHECK(cal.isWorkingDay("2026-01-04"));        // Sunday made a working day (调休)
  CHECK_FALSE(cal.isWorkingDay("2026-01-02"));  // Friday off for New Year
  CHECK(cal.hasScheduleFor(2025));
  CHECK_FALSE(cal.hasScheduleFor(2027));
  CHECK(cal.isWorkingDay("2027-03-03"));  // a Wednesday of a year without a schedule: the week
  CHECK(addDays("2026-12-30", 3) == "2027-01-02");
  CHECK(weekdayOf("2026-11-24") == 2);
  CHECK_FALSE(weekdayOf("2026-02-30"));

  WorkCalendar bad;
  CHECK_THROWS_WITH(bad.addSchedule("{\"year\": 2027}"), Catch::Contains("\"days\" missing"));
  CHECK_THROWS_WITH(
      bad.addSchedule(R"({"year": 2027, "days": [{"date": "2027-13-01", "isOffDay": true}]})"),
      Catch::Contains("bad date"));
  CHECK_FALSE(bad.hasScheduleFor(2027));
}

TEST_CASE("booking days are the working days ahead, with the places left",
          "[queue][appointments]") {
  Fixture f;
  auto days = f.appointments.bookingDays("social-security");
  // From Tuesday 24th, 7 calendar days: 24, 25, 26, 27, (28, 29 weekend), 30.
  std::vector<std::string> names;
  for (auto& d : days) names.push_back(d.day);
  CHECK(names == std::vector<std::string>{"2026-11-24", "2026-11-25", "2026-11-26", "2026-11-27",
                                          "2026-11-30"});
  CHECK(days[0].today);
  // Today at 09:30: 08:30, 09:00 and 09:30 have begun; 12 slots of 2 are left.
  CHECK(days[0].freePlaces == 24);
  CHECK(days[1].freePlaces == 30);
  f.book("2026-11-25", at(9, 0));
  CHECK(f.appointments.bookingDays("social-security")[1].freePlaces == 29);
}

TEST_CASE("a slot takes its capacity and no more, refusals say why", "[queue][appointments]") {
  Fixture f;
  auto day = "2026-11-25";
  f.book(day, at(10, 0), "13800000001");
  f.book(day, at(10, 0), "13800000002");
  auto third =
      f.appointments.book("social-security", day, at(10, 0), f.phone("13800000003"), "kiosk");
  CHECK(third.problem == AppointmentProblem::SlotFull);
  auto slots = f.appointments.slots("social-security", day);
  auto ten = std::find_if(slots.begin(), slots.end(), [](auto& s) { return s.start == at(10, 0); });
  CHECK(ten->taken == 2);
  CHECK_FALSE(ten->available());

  auto refuse = [&](const std::string& service, const std::string& d, int slot) {
    return f.appointments.book(service, d, slot, f.phone("13900000009"), "kiosk").problem;
  };
  CHECK(refuse("nope", day, at(10, 0)) == AppointmentProblem::UnknownService);
  CHECK(refuse("utilities", day, at(10, 0)) == AppointmentProblem::NotBookable);
  CHECK(refuse("social-security", "2026-11-28", at(10, 0)) == AppointmentProblem::DayNotOpen);
  CHECK(refuse("social-security", "2026-12-31", at(10, 0)) == AppointmentProblem::DayNotOpen);
  CHECK(refuse("social-security", "2026-11-23", at(10, 0)) == AppointmentProblem::DayNotOpen);
  CHECK(refuse("social-security", day, at(10, 10)) == AppointmentProblem::NoSuchSlot);
  CHECK(refuse("social-security", day, at(12, 30)) == AppointmentProblem::NoSuchSlot);  // lunch
  CHECK(refuse("social-security", "2026-11-24", at(9, 30)) == AppointmentProblem::SlotPassed);
  // One booking per holder, service and day.
  f.book(day, at(14, 0), "13900000009");
  CHECK(refuse("social-security", day, at(15, 0)) == AppointmentProblem::AlreadyBooked);
  CHECK_FALSE(f.appointments.book("civil-affairs", day, at(14, 30), f.phone("13900000009"), "kiosk")
                  .problem);
  // Nothing refused was stored or sent.
  CHECK(f.events("appointment.booked").size() == 4);
}

TEST_CASE("the holder is stored as a keyed hash and a masked form only", "[queue][appointments]") {
  Fixture f;
  CHECK(isMobileNumber("13812345678"));
  CHECK_FALSE(isMobileNumber("1381234567"));
  CHECK_FALSE(isMobileNumber("23812345678"));
  CHECK_FALSE(isMobileNumber("1381234567a"));
  CHECK_FALSE(personOfIdNumber("110105194912310022", f.key));  // wrong check digit
  auto id = personOfIdNumber("11010519491231002x", f.key);
  REQUIRE(id);
  CHECK(id->masked == "110***********002X");  // upper-cased as on the card
  auto a = f.book("2026-11-25", at(9, 0));
  CHECK(a.holderMasked == "138****5678");
  CHECK(a.holderHash.size() == 64);
  CHECK(a.holderHash != f.phone("13812345679").hash);
  // Neither the phone nor the holder's hash goes to the district.
  auto booked = f.events("appointment.booked");
  REQUIRE(booked.size() == 1);
  CHECK(booked[0].payload.find("13812345678") == std::string::npos);
  CHECK(booked[0].payload.find(a.holderHash) == std::string::npos);
  auto payload = nlohmann::json::parse(booked[0].payload);
  CHECK(payload["appointment_id"] == a.uuid);
  CHECK(payload["slot"] == "09:00-09:30");
  CHECK(payload["holder_kind"] == "phone");
}

TEST_CASE("check-in opens before the slot and closes after it, later the booking is missed",
          "[queue][appointments]") {
  Fixture f;  // 09:30; early 30 min, late 15 min by default
  auto a = f.book("2026-11-24", at(10, 30));
  SECTION("too early, with the time it opens") {
    f.clock.set(test::tuesdayMorning() + minutes(29));  // 09:59
    auto out = f.appointments.checkIn(f.phone("13812345678"));
    CHECK(out.problem == AppointmentProblem::TooEarly);
    REQUIRE(out.opensAt);
    CHECK(formatIso(*out.opensAt) == "2026-11-24T10:00:00+08:00");
    CHECK(f.events("ticket.issued").empty());
  }
  SECTION("at the first minute it opens") {
    f.clock.set(test::tuesdayMorning() + minutes(30));  // 10:00
    auto out = f.appointments.checkIn(f.phone("13812345678"));
    REQUIRE_FALSE(out.problem);
    CHECK(out.ticket->ticket.appointment);
    CHECK(out.ticket->ticket.code == "A001");
    CHECK(out.appointment->status == "checked_in");
    CHECK(out.appointment->ticketId == out.ticket->ticket.id);
    // A second check-in gives the same ticket back, not a new number.
    auto again = f.appointments.checkIn(f.phone("13812345678"));
    CHECK(again.problem == AppointmentProblem::AlreadyCheckedIn);
    CHECK(again.ticket->ticket.code == "A001");
    CHECK(f.events("ticket.issued").size() == 1);
    CHECK(f.events("appointment.checked_in").size() == 1);
  }
  SECTION("at the last minute of the window") {
    f.clock.set(test::tuesdayMorning() + minutes(75));  // 10:45
    CHECK_FALSE(f.appointments.checkIn(f.phone("13812345678")).problem);
  }
  SECTION("after the window: missed, and told so") {
    f.clock.set(test::tuesdayMorning() + minutes(76));
    auto out = f.appointments.checkIn(f.phone("13812345678"));
    CHECK(out.problem == AppointmentProblem::TooLate);
    CHECK(data::AppointmentRepository(f.store.db()).find(a.id)->status == "missed");
    CHECK(f.events("appointment.missed").size() == 1);
    CHECK(f.events("ticket.issued").empty());
  }
  SECTION("the sweep marks missed bookings once, without a check-in") {
    f.clock.set(test::tuesdayMorning() + minutes(75));
    CHECK(f.appointments.markMissed() == 0);
    f.clock.set(test::tuesdayMorning() + minutes(76));
    CHECK(f.appointments.markMissed() == 1);
    CHECK(f.appointments.markMissed() == 0);
    CHECK(f.events("appointment.missed").size() == 1);
  }
  SECTION("an unknown phone, and a booking of another day") {
    CHECK(f.appointments.checkIn(f.phone("13700000000")).problem == AppointmentProblem::NotFound);
    auto later = f.book("2026-11-26", at(9, 0), "13700000000");
    auto out = f.appointments.checkInByCode(appointmentQrPayload(later.uuid));
    CHECK(out.problem == AppointmentProblem::OtherDay);
    CHECK(out.appointment->day == "2026-11-26");
  }
}

TEST_CASE("the slip's QR code checks in, unknown codes are refused", "[queue][appointments]") {
  Fixture f;
  auto a = f.book("2026-11-24", at(10, 0));
  auto out = f.appointments.checkInByCode(appointmentQrPayload(a.uuid));
  REQUIRE_FALSE(out.problem);
  CHECK(out.ticket->ticket.bookedEpoch == a.slotEpoch);
  CHECK(f.appointments.checkInByCode("YZA:not-a-booking").problem == AppointmentProblem::NotFound);
  CHECK(bookingNumber("1b4e28ba-2fa1-11d2-883f-0016d3cca427") == "1B4E28BA");
}

TEST_CASE("a checked-in booking is called at its time, before earlier arrivals",
          "[queue][appointments]") {
  Fixture f;  // 09:30
  f.queue.openCounter(1);
  f.book("2026-11-24", at(10, 0));
  for (int i = 0; i < 3; ++i) f.queue.issue("social-security", false);  // A001-A003
  auto in = f.appointments.checkIn(f.phone("13812345678"));
  REQUIRE_FALSE(in.problem);
  CHECK(in.ticket->ticket.code == "A004");
  // A normal ticket taken now counts the waiting booking as ahead.
  CHECK(f.queue.issue("social-security", false).issued->ahead == 4);  // A005: A001-A004 ahead
  // Before 10:00 the booking waits its turn like an early guest.
  CHECK(f.queue.callNext(1).ticket->code == "A001");
  f.clock.set(test::tuesdayMorning() + minutes(30));  // 10:00
  CHECK(f.queue.callNext(1).ticket->code == "A004");
  CHECK(f.queue.callNext(1).ticket->code == "A002");
}

TEST_CASE("an early booking is called when nobody else waits", "[queue][appointments]") {
  Fixture f;
  f.queue.openCounter(1);
  f.book("2026-11-24", at(10, 0));
  auto in = f.appointments.checkIn(f.phone("13812345678"));
  REQUIRE_FALSE(in.problem);
  CHECK(f.queue.callNext(1).ticket->code == in.ticket->ticket.code);
}

TEST_CASE("a booking received twice from the district is one booking", "[queue][appointments]") {
  Fixture f;
  auto holder = f.phone("13812345678");
  const std::string uuid = "0b7d3a52-8c1e-4e8b-9f6a-2d1c5e7f9a10";
  // The district may book beyond the kiosk's seven days, never on a closed day.
  auto first =
      f.appointments.book("social-security", "2026-12-15", at(9, 0), holder, "district", uuid);
  REQUIRE_FALSE(first.problem);
  auto second =
      f.appointments.book("social-security", "2026-12-15", at(9, 0), holder, "district", uuid);
  REQUIRE_FALSE(second.problem);
  CHECK(second.booked->id == first.booked->id);
  CHECK(f.events("appointment.booked").size() == 1);
  CHECK(f.appointments
            .book("social-security", "2026-12-19", at(9, 0), holder, "district",
                  "0b7d3a52-8c1e-4e8b-9f6a-2d1c5e7f9a11")
            .problem == AppointmentProblem::DayNotOpen);
}

TEST_CASE("working-day arithmetic follows holidays and adjusted working days",
          "[queue][calendar]") {
  WorkCalendar c = WorkCalendar::builtIn();
  // 2026 National Day: 1-7 October off, Saturday 10 October worked instead (调休).
  CHECK(c.addWorkingDays("2026-09-30", 1) == "2026-10-08");
  CHECK(c.addWorkingDays("2026-09-30", 3) == "2026-10-10");
  CHECK(c.addWorkingDays("2026-09-30", 4) == "2026-10-12");
  CHECK(c.addWorkingDays("2026-10-08", -1) == "2026-09-30");
  CHECK(c.addWorkingDays("2026-10-03", 0) == "2026-10-03");
  // Sunday 20 September is a working day; the Mid-Autumn weekend 25-27 September is not.
  CHECK(c.addWorkingDays("2026-09-18", 1) == "2026-09-20");
  CHECK(c.addWorkingDays("2026-09-24", 1) == "2026-09-28");
  // Spring Festival: Saturday 14 February worked, then off until Tuesday 24th.
  CHECK(c.addWorkingDays("2026-02-13", 1) == "2026-02-14");
  CHECK(c.addWorkingDays("2026-02-13", 2) == "2026-02-24");
  // Across the year end, into a year with no schedule (it follows the week).
  CHECK(c.addWorkingDays("2026-12-31", 1) == "2027-01-01");
  CHECK(c.addWorkingDays("2027-01-01", 1) == "2027-01-04");

  CHECK(c.workingDaysBetween("2026-09-30", "2026-10-12") == 4);
  CHECK(c.workingDaysBetween("2026-10-12", "2026-09-30") == -4);
  CHECK(c.workingDaysBetween("2026-10-01", "2026-10-07") == 0);
  CHECK(c.workingDaysBetween("2026-11-24", "2026-11-24") == 0);
  for (const char* day : {"2026-09-30", "2026-10-03", "2026-02-13", "2026-11-24"}) {
    for (int n : {-7, -3, -1, 1, 2, 3, 10, 30}) {
      INFO(day << " " << n);
      CHECK(c.workingDaysBetween(day, c.addWorkingDays(day, n)) == n);
    }
  }
  CHECK(c.workingDaysFrom("2026-09-30", 5) == std::vector<std::string>{"2026-09-30", "2026-10-08",
                                                                       "2026-10-09", "2026-10-10",
                                                                       "2026-10-12"});
  CHECK(c.workingDaysFrom("2026-10-03", 1) == std::vector<std::string>{"2026-10-08"});
  CHECK(c.addWorkingDays("not a day", 3) == "not a day");
  CHECK(c.workingDaysFrom("2026-02-30", 3).empty());
}

TEST_CASE("on 30 September the booking days are the next working days, past the holiday",
          "[queue][appointments][calendar]") {
  Fixture f;
  f.clock.set(fromEpochSeconds(1790731800));  // 2026-09-30 09:30 +08:00, a Wednesday
  std::vector<std::string> names;
  for (auto& d : f.appointments.bookingDays("social-security")) names.push_back(d.day);
  CHECK(names == std::vector<std::string>{"2026-09-30", "2026-10-08", "2026-10-09", "2026-10-10",
                                          "2026-10-12"});
  f.book("2026-10-12", at(9, 0));
  auto late = f.appointments.book("social-security", "2026-10-13", at(9, 0), f.phone("13812345679"),
                                  "kiosk");
  CHECK(late.problem == AppointmentProblem::DayNotOpen);
  auto holiday = f.appointments.book("social-security", "2026-10-05", at(9, 0),
                                     f.phone("13812345679"), "kiosk");
  CHECK(holiday.problem == AppointmentProblem::DayNotOpen);
}
