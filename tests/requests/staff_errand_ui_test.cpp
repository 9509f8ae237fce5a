// 红色代办 from the kiosk's staff menu (issue 16, requirement 7), through the headless kiosk:
// the staff's lists with their counts, one request (masked, its contact on a tap, audited),
// extended by days and a reason tapped from lists, sent to a signed-in volunteer, the callback
// recorded; a request someone moved a moment earlier; the rows in the store; every screen at
// 1920×1080, 1280×800 and 1080×1920.
#include <catch2/catch.hpp>

#include "data/audit_log.h"
#include "kiosk/requests/staff_errand_flow.h"
#include "support/drawn_text.h"
#include "support/kiosk_fixture.h"
#include "support/request_fixture.h"
#include "support/touch_targets.h"
#include "support/volunteer_fixture.h"

using namespace yizhan;
namespace screens = kiosk::screens;
using kiosk::RequestAction;
using kiosk::RequestState;

namespace {
kiosk::ActOutcome move(kiosk::Station& station, std::int64_t id, RequestAction action,
                       std::optional<std::int64_t> volunteer = std::nullopt,
                       std::string note = "") {
  kiosk::ActAsk ask;
  ask.action = action;
  ask.actor = kiosk::RequestActor::staff("console-1");
  ask.volunteerId = volunteer;
  ask.note = std::move(note);
  return station.requests().act(id, ask);
}

// The staff menu's entry, on whichever of its pages it is.
void tapEntry(test::KioskFixture& f, const std::string& label) {
  for (int page = 0; page < 5 && !test::drawn(f.kiosk, label); ++page) f.kiosk.tap("下一页");
  f.kiosk.tap(label);
}

// From the staff menu to the one request of the list `list`.
void openRequest(test::KioskFixture& f, const std::string& list) {
  tapEntry(f, "红色代办（未办结1）");
  REQUIRE(f.kiosk.screen() == screens::StaffErrandLists);
  f.kiosk.tap(list);
  REQUIRE(f.kiosk.screen() == screens::StaffErrandList);
  f.kiosk.tap("代缴水电气费 · 11月27日 星期五前办好");
  REQUIRE(f.kiosk.screen() == screens::StaffErrand);
}

const kiosk::StaffErrandPart& part(test::KioskFixture& f) {
  return f.kiosk.snapshot().part<kiosk::StaffErrandPart>();
}
}  // namespace

TEST_CASE("staff at the kiosk: the lists, one request, extended and sent to a volunteer",
          "[requests][ui][staff]") {
  for (auto [w, h] : {std::pair{1920, 1080}, std::pair{1280, 800}, std::pair{1080, 1920}}) {
    INFO(w << "x" << h);
    test::KioskFixture f(test::offeringRequests(), w, h);
    kiosk::Station& station = f.kiosk.station();
    std::int64_t id = test::zhangAsks(station);
    std::int64_t wang = test::enrolVolunteer(station);
    station.volunteerShifts().signIn(wang, "on_behalf");
    f.staffLogin();
    tapEntry(f, "红色代办（未办结1）");
    REQUIRE(f.kiosk.screen() == screens::StaffErrandLists);
    CHECK(test::drawn(f.kiosk, "未办结（1）"));
    CHECK(test::drawn(f.kiosk, "今天到期（0）"));
    REQUIRE(part(f).lists.size() == 5 + 2 + 7);
    std::vector<std::string> names;
    for (const auto& l : part(f).lists) names.push_back(l.name);
    CHECK(names == std::vector<std::string>{"未办结", "今天到期", "已超期", "无人接单", "待回访",
                                            "第一网格", "第二网格", "代缴水电气费", "代取药品",
                                            "养老金资格认证", "高龄补贴申请", "家电维修",
                                            "代购生活用品", "其他"});
    CHECK(part(f).lists[0].count == 1);
    CHECK(part(f).lists[6].count == 0);  // 第二网格
    test::checkTouchTargets(f.kiosk, w, h, "staff-errand-lists");
    f.artifact(test::sized("staff-errand-lists", w, h));

    f.kiosk.tap("第一网格（1）");
    REQUIRE(f.kiosk.screen() == screens::StaffErrandList);
    CHECK(test::drawn(f.kiosk, "代缴水电气费 · 11月27日 星期五前办好"));
    CHECK(test::drawn(f.kiosk, "受理 · 张*兰 · 第一网格"));
    f.artifact(test::sized("staff-errand-list", w, h));
    f.kiosk.tap("代缴水电气费 · 11月27日 星期五前办好");
    REQUIRE(f.kiosk.screen() == screens::StaffErrand);
    CHECK(test::drawn(f.kiosk, "居民：张*兰 110***********0022"));
    REQUIRE(part(f).history.size() == 1);
    CHECK(part(f).history[0] == "11-24 09:30 受理 · 居民");
    // The history where there is room for it (not on 1280×800, under all else).
    if (h != 800) CHECK(test::drawn(f.kiosk, "11-24 09:30 受理 · 居民"));
    // The hall sees the screen: the contact only on a tap, and the reading audited.
    CHECK_FALSE(test::drawn(f.kiosk, "13911112222"));
    auto reads = [&] {
      int n = 0;
      for (const auto& e : data::AuditLog(station.store().db()).recent(100))
        n += e.action == "resident.details_shown" && e.actor == "kiosk";
      return n;
    };
    int before = reads();
    f.kiosk.tap("显示联系方式");
    CHECK(test::drawn(f.kiosk, "居民：张桂兰 · 13911112222"));
    CHECK(test::drawn(f.kiosk, "3号楼2单元301"));
    CHECK(test::drawn(f.kiosk, "大厅里的人也能看到屏幕，看完请返回"));
    CHECK(reads() == before + 1);
    test::checkTouchTargets(f.kiosk, w, h, "staff-errand");
    f.artifact(test::sized("staff-errand", w, h));

    // 延期: the days, then the reason; each tapped.
    f.kiosk.tap("延期");
    REQUIRE(f.kiosk.screen() == screens::StaffErrandStep);
    CHECK(test::drawn(f.kiosk, "延期：请选一项"));
    test::checkTouchTargets(f.kiosk, w, h, "staff-errand-extend");
    f.artifact(test::sized("staff-errand-extend", w, h));
    f.kiosk.tap("多2个工作日");
    CHECK(part(f).days == 2);
    REQUIRE(f.kiosk.screen() == screens::StaffErrandStep);
    test::checkTouchTargets(f.kiosk, w, h, "staff-errand-extend-reason");
    f.artifact(test::sized("staff-errand-extend-reason", w, h));
    f.kiosk.tap("等相关单位办理");
    REQUIRE(f.kiosk.screen() == screens::StaffErrand);
    CHECK(test::drawn(f.kiosk, "延期：20261124-001 受理"));
    auto r = station.requests().find(id);
    CHECK(r->extensionDays == 2);
    CHECK(r->dueDay == "2026-12-01");
    auto history = station.requests().history(id);
    CHECK(history.back().action == "extend");
    CHECK(history.back().reason == "等相关单位办理");
    CHECK(history.back().role == "staff");
    CHECK(history.back().actor == "kiosk");
    // Extended once: no second 延期 offered.
    for (const auto& step : part(f).steps) CHECK(step.action != RequestAction::Extend);

    // 派单: the volunteers with the errand's skill, signed in first.
    f.kiosk.tap("派单");
    REQUIRE(f.kiosk.screen() == screens::StaffErrandStep);
    CHECK(test::drawn(f.kiosk, "王*明"));
    CHECK(test::drawn(f.kiosk, "红色代办服务队 · 已签到"));
    CHECK_FALSE(test::drawn(f.kiosk, "王小明"));
    test::checkTouchTargets(f.kiosk, w, h, "staff-errand-dispatch");
    f.artifact(test::sized("staff-errand-dispatch", w, h));
    f.kiosk.tap("王*明");
    REQUIRE(f.kiosk.screen() == screens::StaffErrand);
    CHECK(test::drawn(f.kiosk, "派单：20261124-001 已派单"));
    CHECK(test::drawn(f.kiosk, "志愿者：王*明"));
    CHECK(station.requests().find(id)->state == RequestState::Dispatched);
    CHECK(station.requests().find(id)->volunteerId == wang);
  }
}

TEST_CASE("staff at the kiosk record the callback: not satisfied goes round again",
          "[requests][ui][staff]") {
  test::KioskFixture f(test::offeringRequests());
  kiosk::Station& station = f.kiosk.station();
  std::int64_t id = test::zhangAsks(station);
  std::int64_t wang = test::enrolVolunteer(station);
  REQUIRE(move(station, id, RequestAction::Dispatch, wang));
  REQUIRE(move(station, id, RequestAction::Start));
  REQUIRE(move(station, id, RequestAction::Resolve, std::nullopt, "已代缴"));
  f.staffLogin();
  openRequest(f, "待回访（1）");
  CHECK(test::drawn(f.kiosk, "记录回访满意"));
  f.kiosk.tap("记录回访不满意");
  REQUIRE(f.kiosk.screen() == screens::StaffErrandStep);
  f.kiosk.tap("居民说没有办完");
  REQUIRE(f.kiosk.screen() == screens::StaffErrand);
  CHECK(station.requests().find(id)->state == RequestState::Reopened);
  CHECK(station.requests().find(id)->rounds == 2);
  CHECK(station.requests().history(id).back().reason == "居民说没有办完");
  // Back up the screens to the staff menu.
  for (auto want : {screens::StaffErrandList, screens::StaffErrandLists, screens::StaffMenu}) {
    f.kiosk.tap("返回");
    CHECK(f.kiosk.screen() == want);
  }
}

TEST_CASE("staff at the kiosk send a request someone sent a moment earlier: told, shown as it is",
          "[requests][ui][staff]") {
  test::KioskFixture f(test::offeringRequests());
  kiosk::Station& station = f.kiosk.station();
  std::int64_t id = test::zhangAsks(station);
  std::int64_t wang = test::enrolVolunteer(station);
  f.staffLogin();
  openRequest(f, "未办结（1）");
  f.kiosk.tap("派单");
  REQUIRE(f.kiosk.screen() == screens::StaffErrandStep);
  // Meanwhile a counter's console sends it to 王小明.
  REQUIRE(move(station, id, RequestAction::Dispatch, wang));
  f.kiosk.tap("王*明");
  REQUIRE(f.kiosk.screen() == screens::StaffErrand);
  CHECK(test::drawn(f.kiosk, "这张代办单刚刚已被别人接走了"));
  CHECK(test::drawn(f.kiosk, "20261124-001 · 已派单"));
  CHECK(station.requests().history(id).size() == 2);  // accepted, dispatched once
}
