// 红色代办 for a volunteer on duty at the kiosk (issue 16, requirement 8), through the headless
// kiosk: the volunteer's QR card on the scanner simulator, taps by label on the drawn screens,
// the work slip through the printer simulator (rendered, read back), the rows in the store; the
// request someone took a moment earlier; a volunteer without the errand's skill; a printer out
// of paper.
#include <catch2/catch.hpp>

#include "data/audit_log.h"
#include "drivers/printer/sim/ticket_renderer.h"
#include "kiosk/requests/volunteer_errand_flow.h"
#include "kiosk/volunteers/volunteer_card.h"
#include "kiosk/volunteers/volunteer_flow.h"
#include "support/drawn_text.h"
#include "support/kiosk_fixture.h"
#include "support/request_fixture.h"
#include "support/text_lines.h"
#include "support/touch_targets.h"
#include "support/volunteer_fixture.h"

using namespace yizhan;
namespace screens = kiosk::screens;
using test::anyLineContains;

namespace {
// The volunteer's QR card scanned on the home screen, 红色代办 tapped: on duty.
void signIn(test::KioskFixture& f, std::int64_t volunteer) {
  kiosk::Station& station = f.kiosk.station();
  station.devices().scannerSimulator()->scan(
      kiosk::volunteerCardCode("demo-station", volunteer, *station.personalKey()));
  REQUIRE(f.settleUntil([&] { return f.kiosk.screen() == screens::VolunteerActivity; }));
  f.kiosk.tap("红色代办");
  REQUIRE(f.kiosk.screen() == screens::VolunteerOnDuty);
}

const kiosk::VolunteerErrandPart& part(test::KioskFixture& f) {
  return f.kiosk.snapshot().part<kiosk::VolunteerErrandPart>();
}

const char* const kCell = "代缴水电气费 · 11月27日 星期五前办好";
}  // namespace

TEST_CASE("a volunteer on duty takes a request, gets the work slip, starts and resolves it",
          "[requests][ui]") {
  for (auto [w, h] : {std::pair{1920, 1080}, std::pair{1280, 800}, std::pair{1080, 1920}}) {
    INFO(w << "x" << h);
    test::KioskFixture f(test::offeringRequests(), w, h);
    kiosk::Station& station = f.kiosk.station();
    std::int64_t id = test::zhangAsks(station);
    std::int64_t wang = test::enrolVolunteer(station);
    signIn(f, wang);
    // What they can take, on the screen that greets them.
    CHECK(test::drawn(f.kiosk, "可接的代办（1）"));
    f.kiosk.tap("可接的代办（1）");
    REQUIRE(f.kiosk.screen() == screens::VolunteerErrands);
    CHECK(f.kiosk.snapshot().prompt == "可以接的代办。共1张，点一张查看");
    CHECK(test::drawn(f.kiosk, kCell));
    CHECK(test::drawn(f.kiosk, "电费、上午 · 第一网格"));
    test::checkTouchTargets(f.kiosk, w, h, "volunteer-errands");
    f.artifact(test::sized("volunteer-errands", w, h));

    f.kiosk.tap(kCell);
    REQUIRE(f.kiosk.screen() == screens::VolunteerErrand);
    // The hall sees the screen: the resident masked, never in full.
    CHECK(test::drawn(f.kiosk, "居民：张*兰 · 第一网格"));
    CHECK(test::drawn(f.kiosk, "高龄或独居老人，请一对一服务"));  // 张桂兰 lives alone
    CHECK_FALSE(test::drawn(f.kiosk, "张桂兰"));
    CHECK_FALSE(test::drawn(f.kiosk, "13911112222"));
    test::checkTouchTargets(f.kiosk, w, h, "volunteer-errand");
    f.artifact(test::sized("volunteer-errand", w, h));

    data::AuditLog audit(station.store().db());
    f.kiosk.tap("接单");
    auto r = station.requests().find(id);
    REQUIRE(r);
    CHECK(r->state == kiosk::RequestState::Taken);
    CHECK(r->volunteerId == wang);
    // The work slip: what to do, by when, for whom in full, and the reminder.
    REQUIRE(f.printer().waitForTickets(1, std::chrono::seconds(5)));
    REQUIRE(f.settleUntil([&] { return part(f).slip == kiosk::PrintState::Printed; }));
    CHECK(test::drawn(f.kiosk, "请取走工作单"));
    auto lines = f.printer().tickets().at(0).texts();
    CHECK(anyLineContains(lines, "红色代办工作单"));
    CHECK(anyLineContains(lines, "代办单号 20261124-001"));
    CHECK(anyLineContains(lines, "电费、上午"));
    CHECK(anyLineContains(lines, "办理期限：11月27日 星期五前"));
    CHECK(anyLineContains(lines, "居民：张桂兰"));
    CHECK(anyLineContains(lines, "电话：13911112222"));
    CHECK(anyLineContains(lines, "地址：3号楼2单元301"));
    CHECK(anyLineContains(lines, "接单志愿者：王*明"));
    CHECK(anyLineContains(lines, "本单有居民个人信息，请妥善保管"));
    CHECK(anyLineContains(lines, "不拍照、不外传，办完交回驿站销毁"));
    CHECK_FALSE(anyLineContains(lines, "110105194003150022"));  // the ID number is not needed
    CHECK(audit.recent(1).at(0).action == "resident.details_shown");
    drivers::sim::renderTicket(f.printer().tickets().at(0),
                               *drivers::PrinterProfile::named("standard-80mm"),
                               *station.devices().textRaster())
        .writePng(std::string(YIZHAN_ARTIFACT_DIR) + "/" +
                  test::sized("volunteer-work-slip", w, h));
    test::checkTouchTargets(f.kiosk, w, h, "volunteer-errand-taken");
    f.artifact(test::sized("volunteer-errand-taken", w, h));

    f.kiosk.tap("开始办理");
    CHECK(station.requests().find(id)->state == kiosk::RequestState::InProgress);
    f.kiosk.tap("办好了");
    REQUIRE(f.kiosk.screen() == screens::VolunteerErrandResolve);
    test::checkTouchTargets(f.kiosk, w, h, "volunteer-errand-resolve");
    f.artifact(test::sized("volunteer-errand-resolve", w, h));
    f.kiosk.tap("已办好，票据已交居民");
    REQUIRE(f.kiosk.screen() == screens::VolunteerErrands);
    CHECK(part(f).holding);
    f.artifact(test::sized("volunteer-errand-resolved", w, h));
    CHECK(test::drawn(f.kiosk, "20261124-001已办结，谢谢您！"));
    CHECK(test::drawn(f.kiosk, "您手上没有代办"));
    CHECK(part(f).lines.empty());  // resolved: no longer theirs to do
    r = station.requests().find(id);
    CHECK(r->state == kiosk::RequestState::Resolved);
    auto history = station.requests().history(id);
    CHECK(history.back().note == "已办好，票据已交居民");
    CHECK(history.back().role == "volunteer");
    // 返回: their on-duty screen, with what is left to take.
    f.kiosk.tap("返回");
    REQUIRE(f.kiosk.screen() == screens::VolunteerOnDuty);
    CHECK(test::drawn(f.kiosk, "可接的代办（0）"));
  }
}

TEST_CASE("a request staff dispatched a moment earlier: the volunteer is told, the list is fresh",
          "[requests][ui]") {
  test::KioskFixture f(test::offeringRequests());
  kiosk::Station& station = f.kiosk.station();
  std::int64_t id = test::zhangAsks(station);
  std::int64_t wang = test::enrolVolunteer(station);
  auto other = test::wangXiaoming();
  other.name = "钱二";
  std::int64_t qian = test::enrolVolunteer(station, "13700008888", other);
  signIn(f, wang);
  f.kiosk.tap("可接的代办（1）");
  f.kiosk.tap(kCell);
  REQUIRE(f.kiosk.screen() == screens::VolunteerErrand);
  // Meanwhile, at the counter console: dispatched to 钱二.
  kiosk::ActAsk dispatch;
  dispatch.action = kiosk::RequestAction::Dispatch;
  dispatch.actor = kiosk::RequestActor::staff("console-1");
  dispatch.volunteerId = qian;
  REQUIRE(station.requests().act(id, dispatch));
  f.kiosk.tap("接单");
  REQUIRE(f.kiosk.screen() == screens::VolunteerErrands);
  CHECK(f.kiosk.snapshot().error == "这张代办单刚刚已被别人接走了");
  CHECK(test::drawn(f.kiosk, "这张代办单刚刚已被别人接走了"));
  CHECK(test::drawn(f.kiosk, "现在没有您能接的代办"));
  CHECK(station.requests().find(id)->volunteerId == qian);
  CHECK(f.printer().tickets().empty());  // no work slip for a request they do not hold
  f.artifact("volunteer-errand-taken-by-other.png");
}

TEST_CASE("a volunteer without the errand's skill is not offered it", "[requests][ui]") {
  test::KioskFixture f(test::offeringRequests());
  kiosk::Station& station = f.kiosk.station();
  test::zhangAsks(station);
  auto fixer = test::wangXiaoming();
  fixer.skills = {"家电维修"};
  std::int64_t zhao = test::enrolVolunteer(station, "13700007777", fixer);
  signIn(f, zhao);
  CHECK(test::drawn(f.kiosk, "可接的代办（0）"));
  f.kiosk.tap("可接的代办（0）");
  REQUIRE(f.kiosk.screen() == screens::VolunteerErrands);
  CHECK(test::drawn(f.kiosk, "现在没有您能接的代办，谢谢您"));
  CHECK(part(f).lines.empty());
}

TEST_CASE("the work slip with the printer out of paper: taken all the same, printed again later",
          "[requests][ui]") {
  test::KioskFixture f(test::offeringRequests());
  kiosk::Station& station = f.kiosk.station();
  std::int64_t id = test::zhangAsks(station);
  std::int64_t wang = test::enrolVolunteer(station);
  signIn(f, wang);
  f.kiosk.tap("可接的代办（1）");
  f.kiosk.tap(kCell);
  f.printer().setSwitches({.paperOut = true});
  f.kiosk.tap("接单");
  CHECK(station.requests().find(id)->state == kiosk::RequestState::Taken);
  REQUIRE(f.settleUntil([&] { return part(f).slip == kiosk::PrintState::Failed; }));
  CHECK(test::drawn(f.kiosk, "工作单没有打出来，请找工作人员"));
  f.artifact("volunteer-errand-slip-failed.png");
  f.printer().setSwitches({});
  f.kiosk.tap("再打一张工作单");
  REQUIRE(f.settleUntil([&] { return part(f).slip == kiosk::PrintState::Printed; }));
  CHECK(anyLineContains(f.printer().tickets().back().texts(), "居民：张桂兰"));
  // What they hold is on their on-duty screen; it opens where they left it.
  f.kiosk.tap("返回");
  REQUIRE(f.kiosk.screen() == screens::VolunteerErrands);
  CHECK(part(f).holding);
  f.kiosk.tap("返回");
  REQUIRE(f.kiosk.screen() == screens::VolunteerOnDuty);
  CHECK(test::drawn(f.kiosk, "我的代办（1）"));
}
