// The session's flows as plain C++ (no window): what each forgets when the kiosk goes home
// after a minute untouched, and where a scanned code goes.
#include <catch2/catch.hpp>

#include "data/appointment_repository.h"
#include "drivers/idcard/sim/fixture_cards.h"
#include "kiosk/appointments/appointment_service.h"
#include "kiosk/appointments/booking_flow.h"
#include "kiosk/appointments/check_in_flow.h"
#include "kiosk/figures/figures_flow.h"
#include "kiosk/queue/counter_desk_flow.h"
#include "kiosk/queue/queue_stats_flow.h"
#include "kiosk/queue/take_number_flow.h"
#include "kiosk/queue/ticket_printout.h"
#include "kiosk/requests/staff_errand_flow.h"
#include "kiosk/residents/phone_keypad.h"
#include "kiosk/residents/priority_register_flow.h"
#include "kiosk/session/code_routes.h"
#include "kiosk/staff/call_staff_flow.h"
#include "kiosk/staff/staff_pin_flow.h"
#include "kiosk/volunteers/volunteer_flow.h"
#include "support/session_fixture.h"

using namespace yizhan;
using namespace yizhan::kiosk;
using std::chrono::seconds;
using Fixture = test::SessionFixture;

namespace {
// Nothing of the last resident, anywhere in what a screen can see.
void checkNothingOfTheResidentLeft(const Snapshot& s) {
  CHECK(s.screen == screens::Home);
  const auto& tickets = s.part<TakeNumberPart>();
  CHECK_FALSE(tickets.residentPriority);
  CHECK_FALSE(tickets.cardProblem);
  CHECK_FALSE(tickets.ticket);
  const auto& booking = s.part<BookingPart>();
  CHECK_FALSE(booking.booking);
  CHECK_FALSE(booking.booked);
  CHECK(booking.bookingDays.empty());
  CHECK(booking.slots.empty());
  CHECK(s.part<PhoneKeypadPart>().phoneDigits.empty());
  CHECK(s.part<StaffPinPart>().pinDigits == 0);
  CHECK_FALSE(s.part<PriorityRegisterPart>().registerCard);
  CHECK_FALSE(s.part<CounterDeskPart>().desk);
  CHECK_FALSE(s.part<QueueStatsPart>().stats);
  CHECK_FALSE(s.error);
  CHECK_FALSE(s.homeMessage);
  CHECK_FALSE(s.part<CallStaffPart>().callWasAlreadyOpen);
  const auto& volunteer = s.part<VolunteerPart>();
  CHECK(volunteer.nameMasked.empty());
  CHECK_FALSE(volunteer.shift);
  CHECK(volunteer.pinDigits == 0);
}
}  // namespace

TEST_CASE("going home forgets the booking draft and the phone digits typed", "[session][flows]") {
  Fixture f;
  f.send(intent::OpenTile{tiles::Appointment});
  REQUIRE(f.snap().screen == screens::BookService);
  f.send(intent::ChooseBookingService{"social-security"});
  REQUIRE(f.snap().screen == screens::BookDay);
  f.send(intent::ChooseBookingDay{"2026-11-25"});
  REQUIRE(f.snap().screen == screens::BookSlot);
  f.send(intent::ChooseSlot{9 * 60});
  REQUIRE(f.snap().screen == screens::BookWho);
  f.keys("1381234");
  REQUIRE(f.snap().part<PhoneKeypadPart>().phoneDigits == "1381234");
  REQUIRE(f.snap().part<BookingPart>().booking);
  f.idle(seconds(59));
  CHECK(f.snap().part<PhoneKeypadPart>().phoneDigits == "1381234");  // not yet
  f.idle(seconds(2));
  checkNothingOfTheResidentLeft(f.snap());
  // And the next resident's first keypad starts empty.
  f.send(intent::OpenTile{tiles::CheckIn});
  CHECK(f.snap().part<PhoneKeypadPart>().phoneDigits.empty());
}

TEST_CASE("going home forgets the check-in digits and a card's priority", "[session][flows]") {
  Fixture f;
  f.send(intent::OpenTile{tiles::CheckIn});
  f.keys("13912");
  f.idle(seconds(61));
  checkNothingOfTheResidentLeft(f.snap());

  f.send(intent::OpenTile{tiles::TakeNumber});
  f.session.cardRead(drivers::sim::elderlyResident());
  REQUIRE(f.snap().part<TakeNumberPart>().residentPriority == std::optional<bool>(true));
  f.idle(seconds(61));
  checkNothingOfTheResidentLeft(f.snap());
}

TEST_CASE("going home forgets the ticket screen, the PIN typed and the call for staff",
          "[session][flows]") {
  Fixture f;
  f.send(intent::OpenTile{tiles::TakeNumber});
  f.send(intent::ChooseService{"social-security"});
  REQUIRE(f.snap().part<TakeNumberPart>().ticket);
  // Time to read it, take the slip and hear it again; then home, sooner than other screens.
  f.idle(seconds(44));
  CHECK(f.snap().screen == screens::TicketTaken);
  f.idle(seconds(2));
  checkNothingOfTheResidentLeft(f.snap());

  f.station.auth().setPin("246810", "test");
  f.send(intent::OpenStaffLogin{});
  f.keys("2468");
  REQUIRE(f.snap().part<StaffPinPart>().pinDigits == 4);
  f.idle(seconds(61));
  checkNothingOfTheResidentLeft(f.snap());

  f.send(intent::OpenTile{tiles::CallStaff});
  f.send(intent::OpenTile{tiles::CallStaff});  // again, from the call-staff screen
  REQUIRE(f.snap().part<CallStaffPart>().callWasAlreadyOpen);
  f.idle(seconds(61));
  checkNothingOfTheResidentLeft(f.snap());
}

TEST_CASE("going home logs staff out and forgets the counter desk and the card registered",
          "[session][flows]") {
  Fixture f;
  f.staffLogin();
  f.send(intent::OpenCounterDesk{1});
  REQUIRE(f.snap().part<CounterDeskPart>().desk);
  f.idle(seconds(61));
  checkNothingOfTheResidentLeft(f.snap());
  f.send(intent::OpenStaffLogin{});
  CHECK(f.snap().screen == screens::StaffPin);  // logged out: the PIN again

  f.staffLogin();
  f.send(intent::OpenPriorityRegister{});
  f.session.cardRead(drivers::sim::elderlyResident());
  REQUIRE(f.snap().part<PriorityRegisterPart>().registerCard);
  f.idle(seconds(61));
  checkNothingOfTheResidentLeft(f.snap());
}

TEST_CASE("an intent reaches the flow of the screen showing first", "[session][flows]") {
  // 好的 is sent by the ticket screen and by the booking slip screen: on the slip it must reach
  // the booking flow, although the take-a-number flow also answers 好的 and registers first.
  Fixture f;
  f.send(intent::OpenTile{tiles::Appointment});
  f.send(intent::ChooseBookingService{"social-security"});
  f.send(intent::ChooseBookingDay{"2026-11-25"});
  f.send(intent::ChooseSlot{9 * 60});
  f.keys("13812345678");
  f.send(intent::KeypadConfirm{});
  REQUIRE(f.snap().screen == screens::Booked);
  f.send(intent::FinishTicket{});
  CHECK(f.snap().screen == screens::Home);
  CHECK_FALSE(f.snap().part<BookingPart>().booked);
}

TEST_CASE("a scanned code goes to the feature its prefix names", "[session][scan]") {
  Fixture f;
  // A ticket's own QR code on the home screen: where it stands now.
  auto first = f.station.queue().issue("social-security", false);
  auto second = f.station.queue().issue("social-security", false);
  REQUIRE(second.issued);
  f.session.scanned(ticketQrPayload(second.issued->ticket.trackingCode));
  CHECK(f.snap().screen == screens::Home);
  REQUIRE(f.snap().homeMessage);
  CHECK(*f.snap().homeMessage == "A002号，前面还有1人，请留意叫号");
  f.send(intent::Back{});
  f.session.scanned(ticketQrPayload(first.issued->ticket.trackingCode));
  CHECK(f.snap().homeMessage == std::optional<std::string>("A001号，前面没有人了，请留意叫号"));
  f.station.queue().openCounter(1);
  f.station.queue().callNext(1);
  f.session.scanned(ticketQrPayload(first.issued->ticket.trackingCode));
  CHECK(f.snap().homeMessage ==
        std::optional<std::string>("A001号已经叫过了，如有疑问请找工作人员"));

  // A payment code: nobody's, said plainly. A torn volunteer card goes to the volunteers'
  // sign-in, never taken for a booking slip (tests/volunteers/ has the rest).
  f.send(intent::Back{});
  f.session.scanned("https://qr.alipay.com/xyz");
  CHECK(f.snap().screen == screens::Home);
  CHECK(f.snap().error == std::optional<std::string>("这个码本机认不出来，请找工作人员"));
  f.session.scanned("YZV:demo-station:17:3fa9");
  CHECK(f.snap().screen == screens::VolunteerSignIn);
  CHECK(f.snap().error == std::optional<std::string>("志愿者码没有读全，请再扫一次"));
  f.send(intent::Back{});

  // A booking slip on the home screen checks in.
  auto booked = f.station.appointments().book(
      "social-security", "2026-11-24", 10 * 60,
      *personOfPhone("13812345678", *f.station.personalKey()), "kiosk");
  REQUIRE(booked.booked);
  f.session.noteActivity();
  f.session.scanned(appointmentQrPayload(booked.booked->uuid));
  CHECK(f.snap().screen == screens::TicketTaken);
  CHECK(data::AppointmentRepository(f.station.store().db()).find(booked.booked->id)->status ==
        "checked_in");

  // On the check-in screen a ticket is not a slip; on the way to a number a scan means nothing.
  f.send(intent::FinishTicket{});
  f.send(intent::OpenTile{tiles::CheckIn});
  f.session.scanned(ticketQrPayload(first.issued->ticket.trackingCode));
  CHECK(f.snap().screen == screens::CheckIn);
  CHECK(f.snap().error == std::optional<std::string>("这张单子没有找到，请找工作人员"));
  f.send(intent::Back{});
  f.send(intent::OpenTile{tiles::TakeNumber});
  f.session.scanned(ticketQrPayload(first.issued->ticket.trackingCode));
  CHECK(f.snap().screen == screens::TakeNumber);
  CHECK_FALSE(f.snap().homeMessage);
}

TEST_CASE("two features cannot claim overlapping code prefixes", "[session][scan]") {
  CodeRoutes routes;
  std::string got;
  routes.declare("YZA:", [&](const std::string& c) { got = "booking " + c; });
  routes.declare("YZT:", [&](const std::string& c) { got = "ticket " + c; });
  CHECK_THROWS_AS(routes.declare("YZ", [](const std::string&) {}), std::logic_error);
  CHECK_THROWS_AS(routes.declare("YZA:X", [](const std::string&) {}), std::logic_error);
  CHECK(routes.route("YZT:abc"));
  CHECK(got == "ticket YZT:abc");
  CHECK_FALSE(routes.route("YZX:1"));
  CHECK_FALSE(routes.known("yza:lower"));
}

TEST_CASE("the staff menu lists what each feature offers, and each entry opens its screen",
          "[session][staff]") {
  Fixture f;
  std::vector<std::string> labels;
  for (const auto& e : f.snap().staffEntries) labels.push_back(e.label);
  // No uploader running here: no sync panel to open.
  CHECK(labels == std::vector<std::string>{"1号窗口", "2号窗口", "3号窗口", "今日统计", "优先登记",
                                           "红色代办（未办结0）", "办件统计"});
  f.staffLogin();
  const std::vector<Screen> opens{screens::CounterDesk,      screens::CounterDesk,
                                  screens::CounterDesk,      screens::QueueStats,
                                  screens::PriorityRegister, screens::StaffErrandLists,
                                  screens::Figures};
  for (size_t i = 0; i < opens.size(); ++i) {
    Intent open = f.snap().staffEntries.at(i).open;
    f.send(open);
    CHECK(f.snap().screen == opens[i]);
    if (opens[i] == screens::CounterDesk)
      CHECK(f.snap().part<CounterDeskPart>().desk->number == static_cast<int>(i) + 1);
    f.send(intent::Back{});
    REQUIRE(f.snap().screen == screens::StaffMenu);
  }
}

TEST_CASE("a card on the home screen is always answered: read, or place it again",
          "[session][cards]") {
  Fixture f;
  f.session.cardRefused(yizhan::drivers::CardProblem::Unreadable);
  CHECK(f.snap().screen == screens::Home);
  CHECK(f.snap().error == std::optional<std::string>("身份证没有读好，请重新放一下"));
  f.session.cardRead(drivers::sim::elderlyResident());
  CHECK(f.snap().screen == screens::Home);
  CHECK_FALSE(f.snap().error);
  CHECK(f.snap().homeMessage ==
        std::optional<std::string>("已读取身份证，您可以优先办理，请点“取号排队”"));
  CHECK(f.snap().part<TakeNumberPart>().residentPriority == std::optional<bool>(true));
  // Nobody went on: the card and what was said of it are forgotten together.
  f.idle(seconds(61));
  CHECK_FALSE(f.snap().homeMessage);
  CHECK_FALSE(f.snap().part<TakeNumberPart>().residentPriority);
  f.session.cardRead(drivers::sim::hongKongResident());  // born 1960: no priority by age
  CHECK(f.snap().homeMessage == std::optional<std::string>("已读取身份证，请点“取号排队”"));
}
