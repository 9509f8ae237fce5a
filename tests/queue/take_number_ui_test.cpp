// Taking a number and calling it, through the headless kiosk: taps by label, the real store,
// the printer simulator on its pty, the ID card reader simulator, and the speech sink.
#include <catch2/catch.hpp>

#include "data/outbox.h"
#include "drivers/idcard/sim/fixture_cards.h"
#include "drivers/printer/sim/ticket_renderer.h"
#include "kiosk/queue/counter_desk_flow.h"
#include "kiosk/queue/queue_stats_flow.h"
#include "kiosk/queue/take_number_flow.h"
#include "kiosk/residents/priority_register_flow.h"
#include "support/kiosk_fixture.h"
#include "support/qr_decode.h"
#include "support/text_lines.h"
#include "support/times.h"
#include "support/touch_targets.h"
#include "ui/app/headless_kiosk.h"

using namespace yizhan;
using kiosk::Screen;
namespace screens = kiosk::screens;
using std::chrono::seconds;

using Fixture = test::KioskFixture;

namespace {
using test::anyLineContains;

drivers::Identity youngerResident() {
  drivers::Identity id = drivers::sim::elderlyResident();
  id.name = "李明";
  id.birthDate = "19800101";
  id.number = drivers::sim::makeIdNumber("440305", id.birthDate, "031");
  return id;
}
}  // namespace

TEST_CASE("a resident takes a number: on screen, on paper with its QR code, and spoken",
          "[queue][ui]") {
  for (auto [w, h] : {std::pair{1920, 1080}, std::pair{1280, 800}}) {
    Fixture f(w, h);
    f.kiosk.tap("取号排队");
    REQUIRE(f.kiosk.screen() == screens::TakeNumber);
    const auto& services = f.kiosk.snapshot().part<yizhan::kiosk::TakeNumberPart>().services;
    REQUIRE(services.size() == 4);
    CHECK(services[0].name == "社保医保");
    CHECK(services[0].available);
    CHECK(services[0].status == "0人等候 · 窗口暂未开放");
    test::checkTouchTargets(f.kiosk, w, h, "take-number");
    f.artifact("take-number-" + std::to_string(w) + "x" + std::to_string(h) + ".png");
    // The screen says its title as it opens (a quick tap on would cut short what waits).
    CHECK(anyLineContains(f.spoken(), "请选择要办理的业务"));

    f.kiosk.tap("社保医保");
    REQUIRE(f.kiosk.screen() == screens::TicketTaken);
    const auto& ticket = *f.kiosk.snapshot().part<yizhan::kiosk::TakeNumberPart>().ticket;
    CHECK(ticket.code == "A001");
    CHECK(ticket.serviceName == "社保医保");
    CHECK(ticket.ahead == 0);
    CHECK_FALSE(ticket.priority);
    REQUIRE(f.settleUntil([&] { return ticket.print != kiosk::PrintState::Printing; }));
    CHECK(ticket.print == kiosk::PrintState::Printed);
    test::checkTouchTargets(f.kiosk, w, h, "ticket-taken");
    f.artifact("ticket-taken-" + std::to_string(w) + "x" + std::to_string(h) + ".png");

    // On paper: station, service, number, people ahead, time and the tracking code's QR.
    REQUIRE(f.printer().waitForTickets(1, std::chrono::seconds(5)));
    auto printed = f.printer().tickets().at(0);
    auto lines = printed.texts();
    CHECK(anyLineContains(lines, "红帆驿站（演示）"));
    CHECK(anyLineContains(lines, "社保医保"));
    CHECK(anyLineContains(lines, "A001"));
    CHECK(anyLineContains(lines, "前面还有0人"));
    CHECK(anyLineContains(lines, "2026-11-24 09:30"));
    auto stored = f.kiosk.station().queue().ticket(ticket.id);
    REQUIRE(stored);
    CHECK(stored->printStatus == "printed");
    auto page =
        drivers::sim::renderTicket(printed, *drivers::PrinterProfile::named("standard-80mm"),
                                   *f.kiosk.station().devices().textRaster());
    CHECK(test::decodeQrCodes(page) == std::vector<std::string>{"YZT:" + stored->trackingCode});

    auto said = f.spoken();
    // The title's words first, the number, the wait as the screen tells it; the slip once it
    // has printed.
    CHECK(anyLineContains(said, "取号成功。您的号码是A 零 零 一，您前面没有人，窗口一开放就叫您"));
    CHECK(anyLineContains(said, "请取走您的小票"));

    f.kiosk.tap("好的");
    CHECK(f.kiosk.screen() == screens::Home);
    CHECK_FALSE(f.kiosk.snapshot().part<yizhan::kiosk::TakeNumberPart>().ticket);
  }
}

TEST_CASE("a double tap, or taps on two services at once, take one number", "[queue][ui]") {
  Fixture f;
  f.kiosk.tap("取号排队");
  auto& session = f.kiosk.station().session();
  session.dispatch(kiosk::intent::ChooseService{"social-security"});
  session.dispatch(kiosk::intent::ChooseService{"social-security"});
  session.dispatch(kiosk::intent::ChooseService{"utilities"});
  f.kiosk.settle();
  CHECK(f.kiosk.snapshot().part<yizhan::kiosk::TakeNumberPart>().ticket->code == "A001");
  CHECK(f.kiosk.station().queue().serviceStatus("social-security").waiting == 1);
  CHECK(f.kiosk.station().queue().serviceStatus("utilities").waiting == 0);
}

TEST_CASE("an ID card of a resident aged 70 or over gives priority, anywhere on the way",
          "[queue][ui][idcard]") {
  Fixture f;
  auto& reader = *f.kiosk.station().devices().cardReaderSimulator();
  // A younger resident first: read, but no priority.
  f.kiosk.tap("取号排队");
  reader.place(youngerResident());
  REQUIRE(f.settleUntil([&] {
    return f.kiosk.snapshot().part<yizhan::kiosk::TakeNumberPart>().residentPriority.has_value();
  }));
  CHECK(*f.kiosk.snapshot().part<yizhan::kiosk::TakeNumberPart>().residentPriority == false);
  reader.lift();
  // Off the reader long enough for the watcher to see it gone (it polls every 250 ms).
  std::this_thread::sleep_for(std::chrono::milliseconds(700));
  f.kiosk.tap("返回");
  CHECK_FALSE(f.kiosk.snapshot()
                  .part<yizhan::kiosk::TakeNumberPart>()
                  .residentPriority);  // forgotten on the way home

  // On the home screen, before choosing anything.
  reader.place(drivers::sim::elderlyResident());
  REQUIRE(f.settleUntil([&] {
    return f.kiosk.snapshot().part<yizhan::kiosk::TakeNumberPart>().residentPriority.has_value();
  }));
  CHECK(*f.kiosk.snapshot().part<yizhan::kiosk::TakeNumberPart>().residentPriority == true);
  // Answered on the home screen too: where to go on.
  CHECK(f.kiosk.snapshot().homeMessage ==
        std::optional<std::string>("已读取身份证，您可以优先办理，请点“取号排队”"));
  f.artifact("home-card-read.png");
  f.kiosk.tap("取号排队");
  CHECK(*f.kiosk.snapshot().part<yizhan::kiosk::TakeNumberPart>().residentPriority == true);
  f.artifact("take-number-priority.png");
  f.kiosk.tap("综合咨询");
  REQUIRE(f.kiosk.screen() == screens::TicketTaken);
  CHECK(f.kiosk.snapshot().part<yizhan::kiosk::TakeNumberPart>().ticket->code == "D001");
  CHECK(f.kiosk.snapshot().part<yizhan::kiosk::TakeNumberPart>().ticket->priority);
  CHECK_FALSE(f.kiosk.snapshot()
                  .part<yizhan::kiosk::TakeNumberPart>()
                  .residentPriority);  // nothing of the card is kept
  REQUIRE(f.printer().waitForTickets(1, std::chrono::seconds(5)));
  auto lines = f.printer().tickets().at(0).texts();
  CHECK(anyLineContains(lines, "优先"));
  // Never the name or the ID number on paper.
  CHECK_FALSE(anyLineContains(lines, "王秀英"));
  CHECK_FALSE(anyLineContains(lines, drivers::sim::elderlyResident().number.substr(0, 6)));
  f.artifact("ticket-taken-priority.png");
}

TEST_CASE("printer out of paper: residents are told, still get a number, staff reprint it",
          "[queue][ui][devices]") {
  for (auto [w, h] : {std::pair{1920, 1080}, std::pair{1280, 800}}) {
    Fixture f(w, h);
    f.printer().setSwitches({.paperOut = true});
    f.kiosk.advance(seconds(2));  // the first device check
    REQUIRE(f.kiosk.snapshot().printerDown);
    CHECK(*f.kiosk.snapshot().printerDown == "打印机缺纸");
    f.kiosk.tap("取号排队");
    f.artifact("take-number-no-paper-" + std::to_string(w) + "x" + std::to_string(h) + ".png");
    // With the printer's notice, a small screen shows the services two at a time: the third
    // is on the next page, not squeezed.
    if (!f.kiosk.app().widgets().find("水电燃气")) {
      CHECK(w == 1280);
      f.kiosk.tap("下一页");
    }
    f.kiosk.tap("水电燃气");
    const auto& ticket = *f.kiosk.snapshot().part<yizhan::kiosk::TakeNumberPart>().ticket;
    REQUIRE(f.settleUntil([&] { return ticket.print != kiosk::PrintState::Printing; }));
    CHECK(ticket.print == kiosk::PrintState::Failed);
    CHECK(ticket.printProblem == "打印机缺纸");
    CHECK(ticket.code == "C001");
    f.artifact("ticket-not-printed-" + std::to_string(w) + "x" + std::to_string(h) + ".png");
    CHECK(f.kiosk.station().queue().ticket(ticket.id)->printStatus == "failed");
    CHECK(anyLineContains(f.spoken(), "请记住您的号码"));
    CHECK(f.printer().tickets().empty());

    // Staff put paper in and print it again from the staff menu.
    f.printer().setSwitches({});
    f.kiosk.tap("好的");
    f.staffLogin();
    REQUIRE(f.kiosk.snapshot().part<yizhan::kiosk::TakeNumberPart>().failedPrints.size() == 1);
    CHECK(f.kiosk.snapshot().part<yizhan::kiosk::TakeNumberPart>().failedPrints[0].code == "C001");
    f.artifact("staff-menu-reprint-" + std::to_string(w) + "x" + std::to_string(h) + ".png");
    f.tapStaffEntry("补打");
    REQUIRE(f.settleUntil([&] {
      return f.kiosk.snapshot().part<yizhan::kiosk::TakeNumberPart>().failedPrints.empty();
    }));
    REQUIRE(f.printer().waitForTickets(1, std::chrono::seconds(5)));
    CHECK(anyLineContains(f.printer().tickets().at(0).texts(), "C001"));
    CHECK(f.kiosk.station().queue().ticket(1)->printStatus == "printed");
  }
}

TEST_CASE("outside opening hours a service's tile says when it opens and takes no tap",
          "[queue][ui]") {
  Fixture f(1920, 1080, test::tuesdayMorning() + std::chrono::hours(3));  // 12:30
  f.kiosk.tap("取号排队");
  const auto& s = f.kiosk.snapshot().part<yizhan::kiosk::TakeNumberPart>().services.at(0);
  CHECK_FALSE(s.available);
  CHECK(s.status == "现在不办理 · 办理时间 08:30-12:00 13:30-17:30");
  CHECK_THROWS_WITH(f.kiosk.tap("社保医保"), Catch::Contains("no enabled widget"));
  f.artifact("take-number-closed.png");
}

TEST_CASE("staff call numbers from the kiosk's staff menu", "[queue][ui][calling]") {
  for (auto [w, h] : {std::pair{1920, 1080}, std::pair{1280, 800}}) {
    Fixture f(w, h);
    auto& queue = f.kiosk.station().queue();
    queue.issue("social-security", false);
    queue.issue("social-security", false);
    f.staffLogin();
    f.tapStaffEntry("1号窗口");
    REQUIRE(f.kiosk.screen() == screens::CounterDesk);
    CHECK(f.kiosk.snapshot().part<yizhan::kiosk::CounterDeskPart>().desk->open);
    CHECK(f.kiosk.snapshot().part<yizhan::kiosk::CounterDeskPart>().desk->waiting == 2);
    f.kiosk.tap("下一位");
    CHECK(f.kiosk.snapshot().part<yizhan::kiosk::CounterDeskPart>().desk->currentCode == "A001");
    CHECK_THROWS_WITH(f.kiosk.tap("过号"), Catch::Contains("no enabled widget"));
    f.kiosk.tap("重呼");
    f.kiosk.tap("重呼");
    CHECK(f.kiosk.snapshot().part<yizhan::kiosk::CounterDeskPart>().desk->recalls == 2);
    test::checkTouchTargets(f.kiosk, w, h, "counter-desk");
    f.artifact("counter-desk-" + std::to_string(w) + "x" + std::to_string(h) + ".png");
    f.kiosk.tap("过号");
    CHECK_FALSE(f.kiosk.snapshot().part<yizhan::kiosk::CounterDeskPart>().desk->currentCode);
    CHECK(queue.ticket(1)->status == "no_show");
    f.kiosk.tap("下一位");
    CHECK(f.kiosk.snapshot().part<yizhan::kiosk::CounterDeskPart>().desk->currentCode == "A002");
    f.kiosk.tap("暂挂");
    CHECK(f.kiosk.snapshot().part<yizhan::kiosk::CounterDeskPart>().desk->held.size() == 1);
    f.kiosk.tap("回呼 A002");
    CHECK(f.kiosk.snapshot().part<yizhan::kiosk::CounterDeskPart>().desk->currentCode == "A002");
    f.kiosk.tap("办结");
    f.kiosk.tap("下一位");
    CHECK(f.kiosk.snapshot().error == "没有等候的号");
    // A number taken meanwhile at the kiosk shows up without a tap.
    queue.issue("consultation", false);
    f.kiosk.advance(seconds(2));
    CHECK(f.kiosk.snapshot().part<yizhan::kiosk::CounterDeskPart>().desk->waiting == 1);
    f.kiosk.tap("返回");
    CHECK(f.kiosk.screen() == screens::StaffMenu);
  }
}

TEST_CASE("staff see the day's figures and print them, the summary goes to the outbox",
          "[queue][ui][stats]") {
  for (auto [w, h] : {std::pair{1920, 1080}, std::pair{1280, 800}}) {
    Fixture f(w, h);
    auto& queue = f.kiosk.station().queue();
    queue.openCounter(1);
    for (int i = 0; i < 3; ++i) queue.issue("social-security", false);
    f.kiosk.clock().advance(std::chrono::minutes(5));
    queue.callNext(1);
    f.kiosk.clock().advance(std::chrono::minutes(3));
    queue.callNext(1);
    f.staffLogin();
    f.tapStaffEntry("今日统计");
    REQUIRE(f.kiosk.screen() == screens::QueueStats);
    CHECK(f.kiosk.snapshot().part<yizhan::kiosk::QueueStatsPart>().stats->total.tickets == 3);
    test::checkTouchTargets(f.kiosk, w, h, "queue-stats");
    f.kiosk.tap("打印统计");
    REQUIRE(f.settleUntil([&] { return f.kiosk.snapshot().notice.has_value(); }));
    f.artifact("queue-stats-" + std::to_string(w) + "x" + std::to_string(h) + ".png");
    REQUIRE(f.printer().waitForTickets(1, std::chrono::seconds(5)));
    auto lines = f.printer().tickets().at(0).texts();
    CHECK(anyLineContains(lines, "2026-11-24 排队统计"));
    CHECK(anyLineContains(lines, "社保医保 取号3 办结1 过号0"));
    CHECK(anyLineContains(lines, "等候5/8分 办理3/3分"));
    auto events = data::Outbox(f.kiosk.station().store().db()).pending(100);
    CHECK(events.back().type == "queue.daily_summary");
    f.kiosk.tap("返回");
    CHECK(f.kiosk.screen() == screens::StaffMenu);
  }
}

TEST_CASE("staff register a resident's disability by their card, their next ticket has priority",
          "[queue][ui][priority]") {
  for (auto [w, h] : {std::pair{1920, 1080}, std::pair{1280, 800}}) {
    Fixture f(w, h);
    auto& reader = *f.kiosk.station().devices().cardReaderSimulator();
    f.staffLogin();
    f.tapStaffEntry("优先登记");
    REQUIRE(f.kiosk.screen() == screens::PriorityRegister);
    reader.place(youngerResident());
    REQUIRE(f.settleUntil([&] {
      return f.kiosk.snapshot()
          .part<yizhan::kiosk::PriorityRegisterPart>()
          .registerCard.has_value();
    }));
    const auto& card = *f.kiosk.snapshot().part<yizhan::kiosk::PriorityRegisterPart>().registerCard;
    CHECK(card.maskedId == kiosk::maskIdNumber(youngerResident().number));
    CHECK_FALSE(card.disability);
    f.kiosk.tap("登记残疾人优先");
    CHECK(f.kiosk.snapshot().part<yizhan::kiosk::PriorityRegisterPart>().registerCard->disability);
    test::checkTouchTargets(f.kiosk, w, h, "priority-register");
    f.artifact("priority-register-" + std::to_string(w) + "x" + std::to_string(h) + ".png");
    reader.lift();
    std::this_thread::sleep_for(std::chrono::milliseconds(700));
    f.kiosk.tap("返回");
    CHECK_FALSE(f.kiosk.snapshot()
                    .part<yizhan::kiosk::PriorityRegisterPart>()
                    .registerCard);  // forgotten when staff leave the screen
    f.kiosk.tap("退出");

    f.kiosk.tap("取号排队");
    reader.place(youngerResident());
    REQUIRE(f.settleUntil([&] {
      return f.kiosk.snapshot().part<yizhan::kiosk::TakeNumberPart>().residentPriority.has_value();
    }));
    CHECK(*f.kiosk.snapshot().part<yizhan::kiosk::TakeNumberPart>().residentPriority);
    f.kiosk.tap("社保医保");
    CHECK(f.kiosk.snapshot().part<yizhan::kiosk::TakeNumberPart>().ticket->priority);
  }
}
