// Appeals (民意诉求) through the store (issue 17, requirements 1-3 and 6, and the bad input):
// raised with a category and a place, by a resident or anonymously; passed up to a department
// at a level and escalated, never beyond 区县; an unsatisfied callback sends it back to the
// same department in one step; an anonymous one closes when resolved; a forwarded appeal the
// resident cancels tells the department. Every step is an outbox event in its transaction.
#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include "data/request_repository.h"
#include "support/appeal_fixture.h"

using namespace yizhan;
using namespace yizhan::kiosk;
using A = RequestAction;
using S = RequestState;

TEST_CASE("an appeal is raised with a category and a place, and recorded once with its event",
          "[requests][appeals]") {
  test::AppealFixture f;
  RequestView a = f.zhangAppeals();
  CHECK(a.kind == RequestKind::Appeal);
  CHECK(a.number == "20261124-001");
  CHECK(a.errandName == "环境卫生");
  CHECK(placeWords(a) == "3号楼2单元");
  CHECK(a.grid == "grid-1");  // the place's grid
  CHECK(a.dueDay == "2026-11-27");
  CHECK(a.trackingCode.rfind("A", 0) == 0);
  CHECK_FALSE(a.anonymous);
  CHECK(a.residentMasked.rfind("张*兰", 0) == 0);

  // A second tap of the same appeal is the same one; another place is another appeal.
  AppealAsk again;
  again.residentId = f.zhang;
  again.categoryId = "sanitation";
  again.building = "3号楼";
  again.unit = "2单元";
  auto second = f.appeals.submit(again);
  CHECK(second.alreadyOpen);
  CHECK(second.appeal->id == a.id);
  again.building = "8号楼";
  again.unit = "";
  auto other = f.appeals.submit(again);
  CHECK_FALSE(other.alreadyOpen);
  CHECK(other.appeal->grid == "grid-2");

  // Staff correcting where the resident lives moves their errands, never an appeal: an appeal
  // belongs to the grid of the place it is about.
  ResidentDetails moved = test::zhangGuilan();
  moved.address = ResidentAddress{"1号楼", "1单元", "101"};
  moved.livesAlone = false;
  REQUIRE(f.desk.residents().enrollOrUpdate(moved, "staff", "staff").resident);
  f.desk.residentChanged(f.zhang);
  CHECK(f.desk.find(other.appeal->id)->grid == "grid-2");
  CHECK(f.desk.find(a.id)->grid == "grid-1");

  // Anonymous, at a public place: nobody named, nobody to call back.
  RequestView n = f.anonymousAppeal();
  CHECK(n.anonymous);
  CHECK(n.residentMasked == "匿名");
  CHECK_FALSE(n.residentId);
  CHECK(placeWords(n) == "停车场");

  auto accepted = f.eventsOfType("request.accepted");
  REQUIRE(accepted.size() == 3);
  auto p = nlohmann::json::parse(accepted[0].payload);
  CHECK(p["kind"] == "appeal");
  CHECK(p["errand"] == "sanitation");
  CHECK(p["place_building"] == "3号楼");
  CHECK(p["place_unit"] == "2单元");
  CHECK(p["anonymous"] == false);
  CHECK(accepted[0].payload.find("张桂兰") == std::string::npos);
  CHECK(nlohmann::json::parse(accepted[2].payload)["anonymous"] == true);
  // Errands' own lists do not offer appeals to volunteers.
  auto takeable = f.desk.list([&] {
    RequestListAsk ask = RequestListAsk::of(RequestList::Takeable);
    ask.volunteerId = f.wang;
    return ask;
  }());
  CHECK(takeable.empty());
}

TEST_CASE("an appeal without a place, at an unknown place, or of no category is refused",
          "[requests][appeals]") {
  test::AppealFixture f;
  auto refused = [&](AppealAsk ask) {
    auto outcome = f.appeals.submit(ask);
    CHECK_FALSE(outcome.appeal);
    REQUIRE(outcome.problem);
    CHECK_FALSE(appealProblemText(*outcome.problem).empty());
    return *outcome.problem;
  };
  AppealAsk ask;
  ask.residentId = f.zhang;
  ask.categoryId = "noise";
  CHECK(refused(ask) == AppealProblem::PlaceMissing);
  ask.building = "99号楼";
  CHECK(refused(ask) == AppealProblem::PlaceUnknown);
  ask.building = "3号楼";
  ask.spot = "停车场";  // two places at once
  CHECK(refused(ask) == AppealProblem::PlaceUnknown);
  ask.building = "";
  ask.spot = "月球";
  CHECK(refused(ask) == AppealProblem::PlaceUnknown);
  ask.spot = "停车场";
  ask.categoryId = "weather";
  CHECK(refused(ask) == AppealProblem::CategoryUnknown);
  // 其他 means staff call back: it needs a name.
  ask.categoryId = "other";
  ask.residentId.reset();
  ask.anonymous = true;
  CHECK(refused(ask) == AppealProblem::AnonymousOther);
  CHECK(appealProblemText(AppealProblem::AnonymousOther).find("刷身份证") != std::string::npos);
  ask.anonymous = false;
  CHECK(refused(ask) == AppealProblem::ResidentUnknown);
  // Nothing was stored by any of them.
  CHECK(data::RequestRepository(f.station.store().db()).count() == 0);
  CHECK(f.eventsOfType("request.accepted").empty());
}

TEST_CASE("an appeal passed up to a department and escalated to the county, no further",
          "[requests][appeals]") {
  test::AppealFixture f;
  RequestView a = f.zhangAppeals();
  // A department not on the list, or none, is refused.
  auto unknown = f.forward(a.id, "外星办");
  CHECK(unknown.problem == ActProblem::DepartmentUnknown);
  CHECK(actProblemText(unknown) == "部门名单里没有这个部门");
  CHECK(f.forward(a.id, "").refusal == TransitionRefusal::DepartmentRequired);
  // Escalating what nobody was sent is refused.
  ActAsk up;
  up.action = A::Escalate;
  up.actor = RequestActor::staff("console-1");
  up.reason = "小区解决不了";
  auto early = f.desk.act(a.id, up);
  CHECK(early.refusal == TransitionRefusal::NotFromThisState);
  CHECK(actProblemText(early) == "这件诉求现在是“受理”，不能上报上一级");

  auto sent = f.forward(a.id);
  REQUIRE(sent);
  CHECK(sent.request->state == S::Dispatched);
  CHECK(sent.request->department == "城管");
  CHECK(sent.request->level == EscalationLevel::Community);
  CHECK(std::string(stateWords(sent.request->state, sent.request->kind)) == "已转派");

  CHECK(f.desk.act(a.id, up).request->level == EscalationLevel::Street);
  CHECK(f.desk.act(a.id, up).request->level == EscalationLevel::County);
  auto beyond = f.desk.act(a.id, up);
  CHECK(beyond.problem == ActProblem::AboveCounty);
  CHECK(actProblemText(beyond) == "已经上报到区县，不能再往上报了");
  up.reason = "";
  CHECK(f.desk.act(a.id, up).refusal == TransitionRefusal::ReasonRequired);

  auto history = f.desk.history(a.id);
  REQUIRE(history.size() == 4);  // accept, forward, escalate twice
  CHECK(history[1].action == "forward");
  CHECK(history[1].department == "城管");
  CHECK(history[1].level == EscalationLevel::Community);
  CHECK(history[3].action == "escalate");
  CHECK(history[3].level == EscalationLevel::County);
  CHECK(history[3].reason == "小区解决不了");
  auto steps = f.eventsOfType("request.transitioned");
  REQUIRE(steps.size() == 3);
  auto p = nlohmann::json::parse(steps[2].payload);
  CHECK(p["kind"] == "appeal");
  CHECK(p["action"] == "escalate");
  CHECK(p["department"] == "城管");
  CHECK(p["level"] == "county");
}

TEST_CASE("the department answers — unsatisfied goes back to it in one step — satisfied closes",
          "[requests][appeals]") {
  test::AppealFixture f;
  RequestView a = f.zhangAppeals();
  REQUIRE(f.forward(a.id));
  CHECK(f.reply(a, "received") == ReplyOutcome::Applied);
  CHECK(f.desk.find(a.id)->state == S::Taken);
  CHECK(f.reply(a, "in_progress", "已安排保洁") == ReplyOutcome::Applied);
  CHECK(f.reply(a, "done", "楼道已清扫干净") == ReplyOutcome::Applied);
  CHECK(f.desk.find(a.id)->state == S::Resolved);

  ActAsk callback;
  callback.action = A::CallbackUnsatisfied;
  callback.actor = RequestActor::staff("console-1");
  callback.reason = "第二天又脏了";
  auto back = f.desk.act(a.id, callback);
  REQUIRE(back);
  CHECK(back.forwardedAgain);
  CHECK(back.request->state == S::Dispatched);  // with 城管 again, not waiting for staff
  CHECK(back.request->department == "城管");
  CHECK(back.request->rounds == 2);
  auto history = f.desk.history(a.id);
  REQUIRE(history.size() >= 2);
  CHECK(history[history.size() - 2].action == "callback_unsatisfied");
  CHECK(history.back().action == "forward");
  CHECK(history.back().role == "station");

  CHECK(f.reply(a, "done", "已增加清扫次数") == ReplyOutcome::Applied);
  callback.action = A::CallbackSatisfied;
  auto closed = f.desk.act(a.id, callback);
  CHECK(closed.request->state == S::Closed);
  // Each step a contract event, the department's marked as the department's.
  auto steps = f.eventsOfType("request.transitioned");
  REQUIRE(steps.size() == 8);
  auto received = nlohmann::json::parse(steps[1].payload);
  CHECK(received["action"] == "department_received");
  CHECK(received["role"] == "department");
  CHECK(received["actor"] == "城管");
}

TEST_CASE(
    "an anonymous appeal closes when resolved — one the community settles needs no "
    "department",
    "[requests][appeals]") {
  test::AppealFixture f;
  RequestView n = f.anonymousAppeal();
  REQUIRE(f.forward(n.id, "物业公司"));
  CHECK(f.reply(n, "done", "已挪走占道车辆", "物业公司") == ReplyOutcome::Applied);
  auto closed = f.desk.find(n.id);
  CHECK(closed->state == S::Closed);
  CHECK(f.desk.history(n.id).back().action == "close_unreviewed");

  RequestView a = f.zhangAppeals("noise");
  ActAsk start;
  start.action = A::Start;
  start.actor = RequestActor::staff("console-1");
  REQUIRE(f.desk.act(a.id, start));
  start.action = A::Resolve;
  start.note = "网格员上门调解";
  auto resolved = f.desk.act(a.id, start);
  CHECK(resolved.request->state == S::Resolved);  // 张桂兰 is called back
  CHECK(resolved.request->department.empty());
}

TEST_CASE("a forwarded appeal the resident cancels is cancelled, and the department told",
          "[requests][appeals]") {
  test::AppealFixture f;
  RequestView a = f.zhangAppeals();
  REQUIRE(f.forward(a.id));
  ActAsk cancel;
  cancel.action = A::Cancel;
  cancel.actor = RequestActor::resident(f.zhang);
  auto cancelled = f.desk.act(a.id, cancel);
  REQUIRE(cancelled);
  CHECK(cancelled.request->state == S::Cancelled);
  auto steps = f.eventsOfType("request.transitioned");
  auto p = nlohmann::json::parse(steps.back().payload);
  CHECK(p["action"] == "cancel");
  CHECK(p["department"] == "城管");  // so the district tells 城管 it is withdrawn
  // The department's late reply is kept for staff, not lost and not applied.
  CHECK(f.reply(a, "done", "已清扫") == ReplyOutcome::ClosedAppeal);
  CHECK(f.desk.find(a.id)->state == S::Cancelled);
  auto kept = f.replies.kept();
  REQUIRE(kept.size() == 1);
  CHECK(kept[0].appealNumber == a.number);
  CHECK(kept[0].outcome == ReplyOutcome::ClosedAppeal);
  CHECK(kept[0].note == "已清扫");
}
