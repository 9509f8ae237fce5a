// Booking and checking in through the headless kiosk: taps by label, the phone keypad, the ID
// card reader simulator, the QR scanner simulator (the printed slip's own code, decoded from
// the rendered receipt), the printer simulator and the speech sink.
#include <catch2/catch.hpp>

#include "data/appointment_repository.h"
#include "drivers/idcard/sim/fixture_cards.h"
#include "drivers/printer/sim/ticket_renderer.h"
#include "kiosk/appointments/booking_flow.h"
#include "kiosk/appointments/check_in_flow.h"
#include "kiosk/queue/take_number_flow.h"
#include "kiosk/residents/phone_keypad.h"
#include "support/kiosk_fixture.h"
#include "support/qr_decode.h"
#include "support/text_lines.h"
#include "support/touch_targets.h"

using namespace yizhan;
using kiosk::Screen;
namespace screens = kiosk::screens;
using std::chrono::minutes;

using Fixture = test::KioskFixture;

namespace {
using test::anyLineContains;

void typeDigits(Fixture& f, const std::string& digits) {
  for (char c : digits) f.kiosk.tap(std::string(1, c));
}

std::string sized(const std::string& name, int w, int h) {
  return name + "-" + std::to_string(w) + "x" + std::to_string(h) + ".png";
}

// The QR code on the `index`th printed receipt, which is also saved as `artifact`.
std::string qrOnReceipt(Fixture& f, size_t index, const std::string& artifact) {
  REQUIRE(f.printer().waitForTickets(index + 1, std::chrono::seconds(5)));
  auto page = drivers::sim::renderTicket(f.printer().tickets().at(index),
                                         *drivers::PrinterProfile::named("standard-80mm"),
                                         *f.kiosk.station().devices().textRaster());
  page.writePng(std::string(YIZHAN_ARTIFACT_DIR) + "/" + artifact);
  auto codes = test::decodeQrCodes(page);
  REQUIRE(codes.size() == 1);
  return codes[0];
}
}  // namespace

namespace {
// Taps a time by its whole span where the cells show it, else by its start.
void tapSlot(test::KioskFixture& f, const std::string& span) {
  f.kiosk.tap(f.kiosk.app().widgets().find(span) ? span : span.substr(0, span.find('-')));
}

// The colour the kiosk drew `words` in on the screen showing now (its first line, if wrapped).
ui::Rgb drawnColour(test::KioskFixture& f, const std::string& words) {
  for (const auto& t : f.kiosk.app().widgets().texts()) {
    if (!t.text.empty() && words.rfind(t.text, 0) == 0) return t.color;
  }
  FAIL("not drawn: " << words);
  return {};
}
}  // namespace

TEST_CASE("a resident books a time with a mobile number and gets a slip", "[queue][ui]") {
  for (auto [w, h] : {std::pair{1920, 1080}, std::pair{1280, 800}}) {
    Fixture f(w, h);
    f.kiosk.tap("预约办事");
    REQUIRE(f.kiosk.screen() == screens::BookService);
    const auto& services = f.kiosk.snapshot().part<yizhan::kiosk::BookingPart>().services;
    REQUIRE(services.size() == 2);  // the demo station books 社保医保 and 民政救助 only
    // Today from 10:00: 12 slots; Wednesday to Friday and Monday: 15 each; 2 places a slot.
    CHECK(services[0].status == "近几天还有144个名额");
    test::checkTouchTargets(f.kiosk, w, h, "book-service");
    f.artifact(sized("book-service", w, h));

    f.kiosk.tap("社保医保");
    REQUIRE(f.kiosk.screen() == screens::BookDay);
    // Tuesday 09:30: today (from 10:00), Wed-Fri, then Monday; the weekend is skipped.
    const auto& days = f.kiosk.snapshot().part<yizhan::kiosk::BookingPart>().bookingDays;
    REQUIRE(days.size() == 5);
    CHECK(days[0].label == "今天");
    CHECK(days[4].label == "11月30日");
    CHECK(days[4].detail == "星期一");
    test::checkTouchTargets(f.kiosk, w, h, "book-day");
    f.artifact(sized("book-day", w, h));

    // Today: its times from 10:00; 返回 goes back one step, to the days.
    f.kiosk.tap("今天");
    REQUIRE(f.kiosk.screen() == screens::BookSlot);
    CHECK(f.kiosk.snapshot().part<yizhan::kiosk::BookingPart>().slots.front().label ==
          "10:00-10:30");
    test::checkTouchTargets(f.kiosk, w, h, "book-slot");
    f.artifact(sized("book-slot", w, h));
    f.kiosk.tap("返回");
    REQUIRE(f.kiosk.screen() == screens::BookDay);

    f.kiosk.tap("11月25日");
    REQUIRE(f.kiosk.screen() == screens::BookSlot);
    CHECK(f.kiosk.snapshot().part<yizhan::kiosk::BookingPart>().slots.front().label ==
          "08:30-09:00");
    // The whole span where a cell has room for it, the start alone where it has not.
    tapSlot(f, "09:00-09:30");
    REQUIRE(f.kiosk.screen() == screens::BookWho);
    typeDigits(f, "2381234567");  // not a mobile number: refused with a reason
    typeDigits(f, "8");
    f.kiosk.tap("确认");
    CHECK(f.kiosk.snapshot().error == "手机号是1开头的11位数字，请再看一下");
    for (int i = 0; i < 11; ++i) f.kiosk.tap("删除");
    typeDigits(f, "13812345678");
    CHECK(f.kiosk.snapshot().part<yizhan::kiosk::PhoneKeypadPart>().phoneDigits == "13812345678");
    test::checkTouchTargets(f.kiosk, w, h, "book-who");
    f.artifact(sized("book-who", w, h));
    f.kiosk.tap("确认");

    REQUIRE(f.kiosk.screen() == screens::Booked);
    const auto& booked = *f.kiosk.snapshot().part<yizhan::kiosk::BookingPart>().booked;
    CHECK(booked.dayLabel == "11月25日 星期三");
    CHECK(booked.slot == "09:00-09:30");
    CHECK(booked.windowFrom == "08:30");
    CHECK(booked.windowTo == "09:15");
    CHECK(booked.holderMasked == "138****5678");
    REQUIRE(f.settleUntil([&] { return booked.print != kiosk::PrintState::Printing; }));
    CHECK(booked.print == kiosk::PrintState::Printed);
    test::checkTouchTargets(f.kiosk, w, h, "booked");
    f.artifact(sized("booked", w, h));

    // On paper: the day and time, the window, the masked phone and the booking's QR code.
    auto lines = f.printer().tickets().at(0).texts();
    CHECK(anyLineContains(lines, "预约单"));
    CHECK(anyLineContains(lines, "11月25日 星期三"));
    CHECK(anyLineContains(lines, "09:00-09:30"));
    CHECK(anyLineContains(lines, "请在当天 08:30 到 09:15 之间来签到"));
    CHECK(anyLineContains(lines, "138****5678"));
    CHECK_FALSE(anyLineContains(lines, "13812345678"));
    auto stored = data::AppointmentRepository(f.kiosk.station().store().db()).ofDay("2026-11-25");
    REQUIRE(stored.size() == 1);
    CHECK(qrOnReceipt(f, 0, "appointment-slip.png") == "YZA:" + stored[0].uuid);
    CHECK(anyLineContains(f.spoken(),
                          "预约成功：社保医保。11月25日 星期三，09:00-09:30。请按时来签到"));
    f.kiosk.tap("好的");
    CHECK(f.kiosk.screen() == screens::Home);
  }
}

TEST_CASE("a booking by ID card, the slot's last place and a second booking are refused",
          "[queue][ui][idcard]") {
  Fixture f;
  auto& reader = *f.kiosk.station().devices().cardReaderSimulator();
  // Somebody else took one of the two places at 10:00 a moment ago.
  auto other = kiosk::personOfPhone("13900000000", *f.kiosk.station().personalKey());
  REQUIRE(other);
  REQUIRE_FALSE(f.kiosk.station()
                    .appointments()
                    .book("social-security", "2026-11-24", 600, *other, "console")
                    .problem);
  f.kiosk.tap("预约办事");
  f.kiosk.tap("社保医保");
  f.kiosk.tap("今天");
  CHECK(f.kiosk.snapshot().part<yizhan::kiosk::BookingPart>().slots.front().status == "还剩1个");
  tapSlot(f, "10:00-10:30");
  reader.place(drivers::sim::elderlyResident());
  REQUIRE(f.settleUntil([&] { return f.kiosk.screen() == screens::Booked; }));
  CHECK(f.kiosk.snapshot().part<yizhan::kiosk::BookingPart>().booked->holderMasked.find("****") !=
        std::string::npos);
  reader.lift();
  std::this_thread::sleep_for(std::chrono::milliseconds(700));
  f.kiosk.tap("好的");

  // The same card again for the same service that day: refused, nothing stored.
  f.kiosk.tap("预约办事");
  f.kiosk.tap("社保医保");
  f.kiosk.tap("今天");
  CHECK(f.kiosk.snapshot().part<yizhan::kiosk::BookingPart>().slots.front().status == "已约满");
  tapSlot(f, "10:30-11:00");
  reader.place(drivers::sim::elderlyResident());
  REQUIRE(f.settleUntil([&] { return f.kiosk.snapshot().error.has_value(); }));
  CHECK(*f.kiosk.snapshot().error == "您这一天已经预约过这项业务了");
  CHECK(f.kiosk.station().appointments().ofDay("2026-11-24").size() == 2);
}

TEST_CASE("check-in by the slip's QR code, by phone, and the refusals", "[queue][ui]") {
  for (auto [w, h] : {std::pair{1920, 1080}, std::pair{1280, 800}}) {
    Fixture f(w, h);
    auto& appointments = f.kiosk.station().appointments();
    auto& key = *f.kiosk.station().personalKey();
    auto booked = appointments.book("social-security", "2026-11-24", 600,
                                    *kiosk::personOfPhone("13812345678", key), "kiosk");
    REQUIRE(booked.booked);
    appointments.book("social-security", "2026-11-24", 690,
                      *kiosk::personOfPhone("13700000000", key), "kiosk");

    f.kiosk.tap("预约签到");
    REQUIRE(f.kiosk.screen() == screens::CheckIn);
    test::checkTouchTargets(f.kiosk, w, h, "check-in");
    f.artifact(sized("check-in", w, h));
    // 11:30 is too far off at 09:30: told when to come back.
    typeDigits(f, "13700000000");
    f.kiosk.tap("确认");
    // Nothing went wrong: said in the calm colour, not in error red.
    const std::string comeBack = "您预约的是11月24日 星期二 11:30-12:00，请11:00以后再来签到";
    CHECK(f.kiosk.snapshot().notice == std::optional<std::string>(comeBack));
    CHECK_FALSE(f.kiosk.snapshot().error);
    CHECK(drawnColour(f, comeBack) == ui::palette().calmText);
    f.artifact(sized("check-in-too-early", w, h));
    // An unknown phone: that one is an error, in red, and the notice is gone.
    typeDigits(f, "13600000000");
    f.kiosk.tap("确认");
    CHECK(*f.kiosk.snapshot().error == "没有找到您今天的预约。如要办事，请点“取号排队”");
    CHECK_FALSE(f.kiosk.snapshot().notice);
    CHECK(drawnColour(f, "没有找到您今天的预约。如要办事，请点“取号排队”") ==
          ui::palette().errorText);

    // The slip scanned on the home screen: checked in, ticket printed with its booked time.
    f.kiosk.tap("返回");
    auto& scanner = *f.kiosk.station().devices().scannerSimulator();
    scanner.scan("YZA:" + booked.booked->uuid);
    REQUIRE(f.settleUntil([&] { return f.kiosk.screen() == screens::TicketTaken; }));
    const auto& ticket = *f.kiosk.snapshot().part<yizhan::kiosk::TakeNumberPart>().ticket;
    CHECK(ticket.code == "A001");
    CHECK(ticket.bookedAt == "10:00");
    REQUIRE(f.settleUntil([&] { return ticket.print != kiosk::PrintState::Printing; }));
    f.artifact(sized("ticket-booked", w, h));
    REQUIRE(f.printer().waitForTickets(1, std::chrono::seconds(5)));
    auto lines = f.printer().tickets().at(0).texts();
    CHECK(qrOnReceipt(f, 0, "appointment-ticket.png").rfind("YZT:", 0) == 0);
    CHECK(anyLineContains(lines, "A001"));
    CHECK(anyLineContains(lines, "预约 10:00"));
    CHECK(data::AppointmentRepository(f.kiosk.station().store().db())
              .find(booked.booked->id)
              ->status == "checked_in");
    f.kiosk.tap("好的");

    // The same slip again: the number it already has, no second ticket.
    scanner.scan("YZA:" + booked.booked->uuid);
    REQUIRE(f.settleUntil([&] { return f.kiosk.screen() == screens::CheckIn; }));
    CHECK(f.kiosk.snapshot().notice ==
          std::optional<std::string>("您已经签到过了，您的号码是A001"));
    // Something that is not a slip, on the check-in screen: told so there.
    scanner.scan("https://example.com/");
    REQUIRE(f.settleUntil([&] {
      return f.kiosk.snapshot().error ==
             std::optional<std::string>("这张单子没有找到，请找工作人员");
    }));
    // On the home screen a code goes by its prefix: nobody's stays home, said plainly...
    f.kiosk.tap("返回");
    scanner.scan("https://example.com/");
    REQUIRE(f.settleUntil([&] { return f.kiosk.snapshot().error.has_value(); }));
    CHECK(f.kiosk.screen() == screens::Home);
    CHECK(*f.kiosk.snapshot().error == "这个码本机认不出来，请找工作人员");
    f.artifact(sized("home-scan-unknown", w, h));
    // ...and the ticket's own QR code says where the number stands.
    f.kiosk.tap("取号排队");
    f.kiosk.tap("返回");
    scanner.scan(qrOnReceipt(f, 0, "appointment-ticket-again.png"));
    REQUIRE(f.settleUntil([&] { return f.kiosk.snapshot().homeMessage.has_value(); }));
    CHECK(f.kiosk.screen() == screens::Home);
    CHECK(*f.kiosk.snapshot().homeMessage == "A001号，前面没有人了，请留意叫号");
    f.artifact(sized("home-scan-ticket", w, h));
  }
}

TEST_CASE("a booking nobody checked in for is marked missed within the minute", "[queue][ui]") {
  Fixture f;
  auto& appointments = f.kiosk.station().appointments();
  auto holder = *kiosk::personOfPhone("13812345678", *f.kiosk.station().personalKey());
  auto booked = appointments.book("social-security", "2026-11-24", 600, holder, "kiosk");
  REQUIRE(booked.booked);
  f.kiosk.advance(std::chrono::minutes(45));  // 10:15: the last minute of the window
  auto repo = data::AppointmentRepository(f.kiosk.station().store().db());
  CHECK(repo.find(booked.booked->id)->status == "booked");
  f.kiosk.advance(std::chrono::minutes(1));
  CHECK(repo.find(booked.booked->id)->status == "missed");
  f.kiosk.tap("预约签到");
  typeDigits(f, "13812345678");
  f.kiosk.tap("确认");
  CHECK(*f.kiosk.snapshot().error ==
        "您预约的11月24日 星期二 10:00-10:30已经过了签到时间，请取号排队或找工作人员");
}

TEST_CASE("printer out of paper: the booking stands and the resident is told to remember it",
          "[queue][ui]") {
  Fixture f;
  f.printer().setSwitches({.paperOut = true});
  f.kiosk.tap("预约办事");
  f.kiosk.tap("民政救助");
  f.kiosk.tap("今天");
  tapSlot(f, "10:30-11:30");
  typeDigits(f, "13812345678");
  f.kiosk.tap("确认");
  REQUIRE(f.kiosk.screen() == screens::Booked);
  const auto& booked = *f.kiosk.snapshot().part<yizhan::kiosk::BookingPart>().booked;
  REQUIRE(f.settleUntil([&] { return booked.print != kiosk::PrintState::Printing; }));
  CHECK(booked.print == kiosk::PrintState::Failed);
  CHECK(booked.printProblem.find("缺纸") != std::string::npos);
  f.artifact("booked-no-paper.png");
  // Booked all the same: the phone finds it at check-in.
  CHECK(f.kiosk.station().appointments().ofDay("2026-11-24").size() == 1);
}

TEST_CASE("check-in by ID card: the card that booked finds its booking", "[queue][ui][idcard]") {
  Fixture f;
  auto card = drivers::sim::elderlyResident();
  auto holder = kiosk::personOfCard(card, *f.kiosk.station().personalKey());
  REQUIRE_FALSE(f.kiosk.station()
                    .appointments()
                    .book("civil-affairs", "2026-11-24", 630, holder, "kiosk")
                    .problem);
  f.kiosk.advance(std::chrono::minutes(30));  // 10:00: the window of 10:30 opens
  f.kiosk.tap("预约签到");
  f.kiosk.station().devices().cardReaderSimulator()->place(card);
  REQUIRE(f.settleUntil([&] { return f.kiosk.screen() == screens::TicketTaken; }));
  CHECK(f.kiosk.snapshot().part<yizhan::kiosk::TakeNumberPart>().ticket->code == "B001");
  CHECK(f.kiosk.snapshot().part<yizhan::kiosk::TakeNumberPart>().ticket->bookedAt == "10:30");
  // The card gave no priority here: the booking's own time is what counts.
  CHECK_FALSE(f.kiosk.snapshot().part<yizhan::kiosk::TakeNumberPart>().ticket->priority);
}
