// Drives the whole kiosk headless (offscreen OpenGL) by tapping widgets by their labels.
#include <catch2/catch.hpp>

#include <algorithm>
#include <chrono>
#include <set>
#include <string_view>
#include <thread>
#include <vector>

#include "data/audit_log.h"
#include "data/outbox.h"
#include "drivers/idcard/identity.h"
#include "drivers/idcard/sim/fixture_cards.h"
#include "imgui.h"
#include "kiosk/queue/take_number_flow.h"
#include "kiosk/staff/call_staff_flow.h"
#include "kiosk/staff/staff_menu_flow.h"
#include "kiosk/staff/staff_pin_flow.h"
#include "support/kiosk_fixture.h"
#include "support/text_lines.h"
#include "support/times.h"
#include "support/touch_targets.h"
#include "ui/app/headless_kiosk.h"
#include "ui/screens/screen_registry.h"

using namespace yizhan;
using kiosk::PinState;
using kiosk::Screen;
namespace screens = kiosk::screens;
using std::chrono::seconds;

using Fixture = test::KioskFixture;

TEST_CASE("the kiosk boots to the Chinese home screen", "[ui]") {
  Fixture f;
  CHECK(f.kiosk.screen() == screens::Home);
  const auto& widgets = f.kiosk.app().widgets();
  CHECK(widgets.find("呼叫工作人员"));
  CHECK(widgets.find("工作人员"));
  // Only working features get tiles: taking a number, booking, checking in, on-behalf
  // requests, appeals, the echo wall, calling staff; and, small in the footer, the volunteers'
  // sign-in.
  CHECK(f.kiosk.snapshot().tiles.size() == 8);
  CHECK(widgets.find("红色代办"));
  CHECK(widgets.find("回音墙"));
  CHECK(widgets.find("我要反映"));
  CHECK(widgets.find("取号排队"));
  CHECK(widgets.find("预约办事"));
  CHECK(widgets.find("预约签到"));
  CHECK(widgets.find("志愿者签到"));
}

TEST_CASE("every screen a flow can go to has a drawing", "[ui]") {
  Fixture f;
  std::set<std::string_view> drawn;
  for (const Screen& s : ui::drawnScreens()) drawn.insert(s.name);
  std::set<std::string_view> seen;
  for (const Screen& s : f.kiosk.station().session().screens()) {
    INFO(s.name);
    CHECK(drawn.count(s.name) == 1);
    CHECK(seen.insert(s.name).second);  // one name, one screen
  }
  // Home, the staff menu and the flows of a station with a queue and bookings.
  CHECK(seen.size() >= 14);
}

TEST_CASE("the staff entry opens only when held two seconds, never on a tap", "[ui][staff]") {
  Fixture f;
  f.kiosk.station().auth().setPin("246810", "test");
  // Small on purpose, in the bottom-left corner, away from the tiles residents came for.
  auto mark = f.kiosk.app().widgets().find("工作人员");
  REQUIRE(mark);
  CHECK(mark->kind == ui::WidgetKind::Hold);
  CHECK(mark->x + mark->w < 0.1f * f.kiosk.app().width());
  CHECK(mark->y > 0.9f * f.kiosk.app().height());
  // A tap, or a hold let go too soon, leaves the resident at home.
  f.kiosk.tap("工作人员");
  CHECK(f.kiosk.screen() == screens::Home);
  f.kiosk.hold("工作人员", std::chrono::milliseconds(1500));
  CHECK(f.kiosk.screen() == screens::Home);
  f.kiosk.hold("工作人员", std::chrono::milliseconds(2000));
  CHECK(f.kiosk.screen() == screens::StaffPin);
}

TEST_CASE("staff unlock the staff menu with the PIN on the keypad", "[ui][staff]") {
  Fixture f;
  f.kiosk.station().auth().setPin("246810", "test");
  f.kiosk.hold("工作人员", std::chrono::milliseconds(2100));
  REQUIRE(f.kiosk.screen() == screens::StaffPin);
  f.kiosk.tap("2");
  f.kiosk.tap("4");
  CHECK(f.kiosk.snapshot().part<yizhan::kiosk::StaffPinPart>().pinDigits == 2);
  f.kiosk.tap("删除");
  CHECK(f.kiosk.snapshot().part<yizhan::kiosk::StaffPinPart>().pinDigits == 1);
  f.kiosk.tap("4");
  // 确认 stays disabled until four digits are in.
  REQUIRE_THROWS_WITH(f.kiosk.tap("确认"), Catch::Contains("no enabled widget"));
  f.enterPin("6810");
  CHECK(f.kiosk.screen() == screens::StaffMenu);
  auto audit = data::AuditLog(f.kiosk.station().store().db()).recent(1);
  CHECK(audit.at(0).action == "staff.login");
  f.kiosk.tap("退出");
  CHECK(f.kiosk.screen() == screens::Home);
}

TEST_CASE("a wrong PIN says how many tries are left, five lock the keypad", "[ui][staff]") {
  Fixture f;
  f.kiosk.station().auth().setPin("246810", "test");
  f.kiosk.hold("工作人员", std::chrono::milliseconds(2100));
  f.enterPin("1111");
  CHECK(f.kiosk.screen() == screens::StaffPin);
  CHECK(f.kiosk.snapshot().part<yizhan::kiosk::StaffPinPart>().pinState == PinState::Wrong);
  CHECK(f.kiosk.snapshot().part<yizhan::kiosk::StaffPinPart>().triesLeft == 4);
  for (int i = 0; i < 4; ++i) f.enterPin("1111");
  CHECK(f.kiosk.snapshot().part<yizhan::kiosk::StaffPinPart>().pinState == PinState::Locked);
  CHECK(f.kiosk.snapshot().part<yizhan::kiosk::StaffPinPart>().lockRemaining == seconds(30));
  REQUIRE_THROWS_WITH(f.kiosk.tap("2"), Catch::Contains("no enabled widget"));

  f.kiosk.advance(seconds(10));
  CHECK(f.kiosk.snapshot().part<yizhan::kiosk::StaffPinPart>().lockRemaining ==
        seconds(20));  // the countdown moves
  f.kiosk.advance(seconds(21));
  CHECK(f.kiosk.snapshot().part<yizhan::kiosk::StaffPinPart>().pinState == PinState::Entering);
  f.enterPin("246810");
  CHECK(f.kiosk.screen() == screens::StaffMenu);
}

TEST_CASE("with no PIN set, the PIN screen says whom to ask and shows no command", "[ui][staff]") {
  Fixture f;
  f.kiosk.hold("工作人员", std::chrono::milliseconds(2100));
  CHECK(f.kiosk.snapshot().part<yizhan::kiosk::StaffPinPart>().pinState == PinState::NotSet);
  REQUIRE_THROWS(f.kiosk.tap("1"));
  // What is drawn: the words a resident may read on this screen.
  bool toldWhomToAsk = false;
  for (const auto& text : f.kiosk.app().widgets().texts()) {
    INFO(text.text);
    CHECK(text.text.find("yizhan") == std::string::npos);
    CHECK(text.text.find("admin") == std::string::npos);
    if (text.text.find("请联系站点管理员") != std::string::npos) toldWhomToAsk = true;
  }
  CHECK(toldWhomToAsk);
  f.artifact("staff-pin-not-set-1920x1080.png");
}

TEST_CASE("a resident on the PIN screen can go back or call staff", "[ui][staff]") {
  Fixture f;
  f.kiosk.hold("工作人员", std::chrono::milliseconds(2100));
  REQUIRE(f.kiosk.screen() == screens::StaffPin);
  f.kiosk.tap("呼叫工作人员");
  CHECK(f.kiosk.screen() == screens::CallStaff);
  f.kiosk.tap("返回");
  CHECK(f.kiosk.screen() == screens::Home);
  f.kiosk.hold("工作人员", std::chrono::milliseconds(2100));
  f.kiosk.tap("返回");
  CHECK(f.kiosk.screen() == screens::Home);
}

TEST_CASE("after 60 s without a touch the kiosk goes home and forgets the input", "[ui]") {
  Fixture f;
  f.kiosk.station().auth().setPin("246810", "test");
  f.kiosk.hold("工作人员", std::chrono::milliseconds(2100));
  f.kiosk.tap("2");
  f.kiosk.tap("4");
  f.kiosk.advance(seconds(59));
  CHECK(f.kiosk.screen() == screens::StaffPin);
  f.kiosk.tap("6");  // a touch restarts the 60 s
  f.kiosk.advance(seconds(59));
  CHECK(f.kiosk.screen() == screens::StaffPin);
  CHECK(f.kiosk.snapshot().part<yizhan::kiosk::StaffPinPart>().pinDigits == 3);
  f.kiosk.advance(seconds(1));
  CHECK(f.kiosk.screen() == screens::Home);
  f.kiosk.hold("工作人员", std::chrono::milliseconds(2100));
  CHECK(f.kiosk.snapshot().part<yizhan::kiosk::StaffPinPart>().pinDigits == 0);

  // The staff menu times out as well, so nobody finds it unlocked.
  f.enterPin("246810");
  REQUIRE(f.kiosk.screen() == screens::StaffMenu);
  f.kiosk.advance(seconds(60));
  CHECK(f.kiosk.screen() == screens::Home);
}

TEST_CASE("calling staff chimes, reassures, and raises a notice in the staff menu", "[ui][staff]") {
  Fixture f;
  f.kiosk.station().auth().setPin("246810", "test");
  f.kiosk.tap("呼叫工作人员");
  CHECK(f.kiosk.screen() == screens::CallStaff);
  // The chime first; the words (已呼叫工作人员…) follow from the announcer.
  auto played = f.kiosk.sound().played();
  REQUIRE(played.size() >= 1);
  CHECK(played[0].seconds() == Approx(1.1).margin(0.05));
  CHECK(test::anyLineContains(f.spoken(), "已呼叫工作人员。工作人员马上就到，请在这里稍候。"));
  CHECK(data::Outbox(f.kiosk.station().store().db()).pending(10).at(0).type == "staff_call.raised");
  f.kiosk.tap("返回");
  CHECK(f.kiosk.screen() == screens::Home);

  f.kiosk.hold("工作人员", std::chrono::milliseconds(2100));
  f.enterPin("246810");
  REQUIRE(f.kiosk.snapshot().part<yizhan::kiosk::StaffMenuPart>().openCalls.size() == 1);
  f.kiosk.tap("已处理");
  CHECK(f.kiosk.snapshot().part<yizhan::kiosk::StaffMenuPart>().openCalls.empty());
  CHECK(data::Outbox(f.kiosk.station().store().db()).pendingCount() == 2);
}

TEST_CASE("a resident screen says its title as it opens, and 再听一遍 says it again", "[ui]") {
  Fixture f;
  auto count = [&](const std::string& words) {
    auto said = f.spoken();
    return std::count(said.begin(), said.end(), words);
  };
  f.kiosk.tap("取号排队");
  CHECK(count("请选择要办理的业务") == 1);
  f.kiosk.tap("再听一遍");
  CHECK(count("请选择要办理的业务") == 2);
  // Home, reached by a tap, welcomes and says where to start...
  f.kiosk.tap("返回");
  const std::string welcome = "欢迎来到红帆驿站（演示）。没有预约，请点“取号排队”";
  CHECK(count(welcome) == 1);
  f.kiosk.tap("再听一遍");
  CHECK(count(welcome) == 2);
  // ...but going home by itself, with nobody there, says nothing.
  f.kiosk.tap("预约签到");
  CHECK(count("预约签到。请刷身份证，或扫描预约单，或输入手机号") == 1);
  f.kiosk.advance(std::chrono::seconds(61));
  REQUIRE(f.kiosk.screen() == screens::Home);
  CHECK(count(welcome) == 2);
}

TEST_CASE("a card the kiosk cannot use says why, and where it cannot be mended, who helps",
          "[ui][idcard]") {
  Fixture f;
  auto& reader = *f.kiosk.station().devices().cardReaderSimulator();
  auto shown = [&](const std::string& words) {
    bool ok = f.settleUntil([&] { return f.kiosk.snapshot().error == words; });
    reader.lift();
    std::this_thread::sleep_for(std::chrono::milliseconds(700));  // the watcher sees it go
    f.kiosk.settle();
    return ok;
  };
  // An impossible birth date: placing it again will not help.
  drivers::Identity impossible = drivers::sim::elderlyResident();
  impossible.birthDate = "19480231";
  reader.place(impossible);
  CHECK(shown("这张证件上的信息不对，本机用不了，请点“呼叫工作人员”"));
  // 呼叫工作人员 is there to tap, on home as a tile.
  CHECK(f.kiosk.app().widgets().find("呼叫工作人员"));
  // Expired (the kiosk knows the date; the card was valid until March).
  drivers::Identity expired = drivers::sim::elderlyResident();
  expired.validUntil = "20260301";
  reader.place(expired);
  CHECK(shown("这张证件已经过期，本机用不了，请点“呼叫工作人员”"));
  // A kind of card no layout knows.
  std::vector<std::uint8_t> block = drivers::encodeTextBlock(drivers::sim::elderlyResident());
  block[248] = 'Q';
  reader.placeTextBlock(block);
  CHECK(shown("本机认不出这种证件，请点“呼叫工作人员”"));

  // On the take-number screen, in the card's line, with the footer's 呼叫工作人员.
  f.kiosk.tap("取号排队");
  reader.place(expired);
  REQUIRE(f.settleUntil(
      [&] { return f.kiosk.snapshot().part<yizhan::kiosk::TakeNumberPart>().cardProblem; }));
  CHECK(*f.kiosk.snapshot().part<yizhan::kiosk::TakeNumberPart>().cardProblem ==
        "这张证件已经过期，本机用不了，请点“呼叫工作人员”");
  CHECK_FALSE(f.kiosk.snapshot().part<yizhan::kiosk::TakeNumberPart>().residentPriority);
  CHECK(f.kiosk.app().widgets().find("呼叫工作人员"));
  reader.lift();
}

TEST_CASE("a lifted finger leaves nothing hovered", "[ui]") {
  Fixture f;
  f.kiosk.station().auth().setPin("246810", "test");
  f.kiosk.hold("工作人员", std::chrono::milliseconds(2100));
  CHECK_FALSE(ImGui::IsMousePosValid());
  CHECK_FALSE(ImGui::IsAnyItemHovered());
}

TEST_CASE("a character missing from the atlas is added at run time and drawn", "[ui][fonts]") {
  Fixture f;
  ImFont* body = f.kiosk.app().fonts().body();
  const ImWchar rare = 0x4DAE;  // 䶮, as in the name 刘䶮
  CHECK(body->FindGlyphNoFallback(rare) == nullptr);
  CHECK(f.kiosk.app().fonts().require("刘䶮"));
  f.kiosk.settle();  // rebuilt between frames
  body = f.kiosk.app().fonts().body();
  const ImFontGlyph* glyph = body->FindGlyphNoFallback(rare);
  REQUIRE(glyph != nullptr);
  CHECK(glyph->Visible);
  CHECK(glyph->X1 - glyph->X0 > body->FontSize * 0.5f);
  CHECK_FALSE(f.kiosk.app().fonts().require("刘䶮"));  // no rebuild twice
}

TEST_CASE("the clock on screen redraws once a minute, not every second", "[ui]") {
  Fixture f;
  f.kiosk.advance(seconds(3));  // past the first device check, which may change the snapshot
  auto revision = f.kiosk.station().session().revision();
  f.kiosk.advance(seconds(17));
  CHECK(f.kiosk.station().session().revision() == revision);
  f.kiosk.advance(seconds(40));
  CHECK(f.kiosk.station().session().revision() != revision);
}

TEST_CASE("every touch target is large enough and apart from the others", "[ui][theme]") {
  for (auto [w, h] : {std::pair{1920, 1080}, std::pair{1280, 800}}) {
    Fixture f(w, h);
    f.kiosk.station().auth().setPin("246810", "test");
    f.kiosk.station().staffCalls().raise("test");
    // Each tap must have reached the screen named, or the same screen would be checked twice.
    auto checkScreen = [&](Screen expected) {
      REQUIRE(f.kiosk.screen() == expected);
      test::checkTouchTargets(f.kiosk, w, h, std::string(kiosk::screenName(expected)));
    };
    checkScreen(screens::Home);
    f.kiosk.hold("工作人员", std::chrono::milliseconds(2100));
    checkScreen(screens::StaffPin);
    f.enterPin("246810");
    checkScreen(screens::StaffMenu);
    f.kiosk.tap("退出");
    checkScreen(screens::Home);
    f.kiosk.tap("呼叫工作人员");
    checkScreen(screens::CallStaff);
  }
}

TEST_CASE("the staff menu shows each device's state and what to do about a fault",
          "[ui][staff][devices]") {
  for (auto [w, h] : {std::pair{1920, 1080}, std::pair{1280, 800}}) {
    Fixture f(w, h);
    f.kiosk.station().devices().printerSimulator()->setSwitches({.paperOut = true});
    f.kiosk.station().auth().setPin("246810", "test");
    f.kiosk.hold("工作人员", std::chrono::milliseconds(2100));
    f.enterPin("246810");
    REQUIRE(f.kiosk.screen() == screens::StaffMenu);
    const auto& devices = f.kiosk.snapshot().devices;
    REQUIRE(devices.size() == 4);
    CHECK(devices[0].name == "打印机");
    CHECK(devices[0].state == drivers::HealthState::Fault);
    CHECK_THAT(devices[0].message, Catch::Contains("缺纸"));
    CHECK(devices[1].name == "身份证读卡器");
    CHECK(devices[1].state == drivers::HealthState::Ok);
    // No button covers a device's name or what to do about it.
    f.kiosk.settle();
    int deviceTexts = 0;
    std::string drawnTexts;
    for (const auto& t : f.kiosk.app().widgets().texts()) drawnTexts += "[" + t.text + "]";
    INFO("drawn: " << drawnTexts);
    for (const auto& text : f.kiosk.app().widgets().texts()) {
      bool aboutDevice = false;
      // A message wraps: each of its lines is a piece of it.
      for (const auto& d : devices) {
        aboutDevice |= text.text == d.name ||
                       (!d.message.empty() && d.message.find(text.text) != std::string::npos);
      }
      if (!aboutDevice) continue;
      ++deviceTexts;
      for (const auto& widget : f.kiosk.app().widgets().widgets()) {
        INFO(text.text << " and " << widget.label);
        bool apart = widget.x >= text.x + text.w || widget.x + widget.w <= text.x ||
                     widget.y >= text.y + text.h || widget.y + widget.h <= text.y;
        CHECK(apart);
      }
    }
    // The fault and what to do first; the devices that did not fit are counted, not dropped.
    CHECK(deviceTexts >= 2);
    bool allAccounted = deviceTexts >= 4;
    for (const auto& text : f.kiosk.app().widgets().texts()) {
      allAccounted |= text.text.find("个设备正常") != std::string::npos;
    }
    CHECK(allAccounted);
    std::filesystem::create_directories(YIZHAN_ARTIFACT_DIR);
    f.kiosk.screenshot(
        std::filesystem::path(YIZHAN_ARTIFACT_DIR) /
        ("staff-menu-devices-" + std::to_string(w) + "x" + std::to_string(h) + ".png"));
  }
}

TEST_CASE("devices are checked every minute, so a fault shows before anyone asks",
          "[ui][devices]") {
  Fixture f;
  CHECK(f.kiosk.snapshot().devices.empty());  // not before the home screen is up
  f.kiosk.advance(seconds(2));
  REQUIRE(f.kiosk.snapshot().devices.size() == 4);
  CHECK(f.kiosk.snapshot().devices[0].state == drivers::HealthState::Ok);
  f.kiosk.station().devices().printerSimulator()->setSwitches({.paperOut = true});
  f.kiosk.advance(seconds(30));
  CHECK(f.kiosk.snapshot().devices[0].state == drivers::HealthState::Ok);  // not yet due
  f.kiosk.advance(seconds(31));
  CHECK(f.kiosk.snapshot().devices[0].state == drivers::HealthState::Fault);
  CHECK(f.kiosk.screen() == screens::Home);
}

TEST_CASE("a second tap within 400 ms of a screen change does nothing on the new screen",
          "[ui][taps]") {
  Fixture f;
  f.kiosk.tap("取号排队");
  REQUIRE(f.kiosk.screen() == screens::TakeNumber);
  auto widgetStarting = [&](const std::string& prefix) {
    for (const auto& w : f.kiosk.app().widgets().widgets()) {
      if (w.label.rfind(prefix, 0) == 0) return w;
    }
    FAIL("no widget starting with " << prefix);
    return ui::WidgetRecord{};
  };
  const auto choices = f.kiosk.app().widgets().widgets();
  f.kiosk.tap(widgetStarting("社保医保").label);
  REQUIRE(f.kiosk.screen() == screens::TicketTaken);
  const ui::WidgetRecord done = widgetStarting("好的");
  // A service button that shares a spot with the ticket screen's 好的: where a double tap's
  // second touch lands.
  float x0 = 0, x1 = 0, y0 = 0, y1 = 0;
  for (const auto& service : choices) {
    x0 = std::max(service.x, done.x), x1 = std::min(service.x + service.w, done.x + done.w);
    y0 = std::max(service.y, done.y), y1 = std::min(service.y + service.h, done.y + done.h);
    if (x0 < x1 && y0 < y1 && service.label != "返回" && service.label != "呼叫工作人员") break;
  }
  REQUIRE(x0 < x1);
  REQUIRE(y0 < y1);
  const float x = (x0 + x1) / 2, y = (y0 + y1) / 2;
  f.kiosk.tap("好的");
  f.kiosk.tap("取号排队");
  REQUIRE(f.kiosk.screen() == screens::TakeNumber);
  auto touch = [&] {
    f.kiosk.app().pointer().press(x, y);
    f.kiosk.app().pointer().release(x, y);
    f.kiosk.settle();
  };
  f.kiosk.clock().advance(std::chrono::milliseconds(450));
  touch();
  REQUIRE(f.kiosk.screen() == screens::TicketTaken);
  touch();  // the same instant: the number stays on screen
  CHECK(f.kiosk.screen() == screens::TicketTaken);
  f.kiosk.clock().advance(std::chrono::milliseconds(450));
  touch();  // a deliberate tap a moment later is 好的
  CHECK(f.kiosk.screen() == screens::Home);
}
