// On-behalf requests through the store (issue 16, requirements 5, 6 and 10): accepted with the
// resident's choices, moved by the lifecycle's table by whoever may, each move an event with
// who, when and why and an outbox event in the same transaction; deadlines over the calendar,
// paused on hold; the staff's lists; the refusals, each with its words.
#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <atomic>
#include <set>
#include <thread>

#include "data/request_repository.h"
#include "data/resident_repository.h"
#include "support/request_fixture.h"

using namespace yizhan;
using namespace yizhan::kiosk;
using A = RequestAction;
using S = RequestState;

namespace {
void setLocal(ManualClock& clock, const std::string& when) {
  clock.set(*parseLocalDateTime(when));
}
}  // namespace

TEST_CASE("a card tap and three choices make a request, recorded once with its event",
          "[requests][desk]") {
  test::RequestFixture f;
  SubmitAsk ask;
  ask.card = drivers::sim::elderlyResident();
  ask.errandId = "medicine";
  ask.answers = {"下午"};
  auto outcome = f.desk.submit(ask);
  REQUIRE(outcome.request);
  const RequestView& r = *outcome.request;
  CHECK(r.number == "20261124-001");
  CHECK(r.state == S::Accepted);
  CHECK(r.errandName == "代取药品");
  CHECK(r.answers == std::vector<std::string>{"下午"});
  CHECK(r.homeVisit);
  CHECK(r.priority);                // 78
  CHECK(r.dueDay == "2026-11-27");  // three working days after Tuesday
  CHECK(r.residentMasked.rfind("王*英 ", 0) == 0);
  CHECK(r.trackingCode.size() == 16);
  CHECK(r.grid.empty());  // known only from the card: no building yet

  // The resident is now on record from the card, not on the roster.
  auto resident = f.desk.residents().find(*r.residentId);
  REQUIRE(resident);
  CHECK(resident->id > 0);
  CHECK_FALSE(resident->onRoster);
  CHECK_FALSE(resident->hasPhone);

  // The same button again gives the same request, not a second one.
  auto again = f.desk.submit(ask);
  CHECK(again.alreadyOpen);
  CHECK(again.request->id == r.id);
  // A second errand is a second request, numbered on.
  ask.errandId = "shopping";
  CHECK(f.desk.submit(ask).request->number == "20261124-002");

  auto events = f.requestEvents();
  REQUIRE(events.size() == 2);
  auto payload = nlohmann::json::parse(events[0].payload);
  CHECK(events[0].type == "request.accepted");
  CHECK(payload["request_id"] == r.uuid);
  CHECK(payload["errand"] == "medicine");
  CHECK(payload["priority"] == true);
  CHECK(payload["due_day"] == "2026-11-27");
  CHECK(events[0].payload.find("王秀英") == std::string::npos);
  CHECK(f.desk.history(r.id).size() == 1);
}

TEST_CASE("a request the resident could not have asked for is refused", "[requests][desk]") {
  test::RequestFixture f;
  SubmitAsk ask;
  ask.residentId = f.zhang;
  ask.errandId = "utilities";
  ask.answers = {"电费"};  // one of two questions
  CHECK(f.desk.submit(ask).problem == SubmitProblem::AnswersInvalid);
  ask.answers = {"话费", "上午"};  // not a choice
  CHECK(f.desk.submit(ask).problem == SubmitProblem::AnswersInvalid);
  ask.errandId = "lawn-mowing";
  CHECK(f.desk.submit(ask).problem == SubmitProblem::ErrandUnknown);
  ask.errandId = "utilities";
  ask.answers = {"电费", "上午"};
  ask.residentId = 9999;
  CHECK(f.desk.submit(ask).problem == SubmitProblem::ResidentUnknown);
  CHECK_FALSE(submitProblemText(SubmitProblem::AnswersInvalid).empty());
  CHECK(data::RequestRepository(f.station.store().db()).count() == 0);
  CHECK(f.requestEvents().empty());
}

TEST_CASE("dispatched, done, not satisfied, done again, satisfied: every step an event once",
          "[requests][desk]") {
  test::RequestFixture f;
  RequestView r = f.utilitiesForZhang();
  CHECK(r.grid == "grid-1");
  CHECK(r.priority);  // she lives alone
  REQUIRE(f.act(r.id, A::Dispatch));
  REQUIRE(f.act(r.id, A::Start, RequestActor::volunteer(f.wang)));
  auto noNote = f.act(r.id, A::Resolve, RequestActor::volunteer(f.wang));
  CHECK(noNote.problem == ActProblem::Refused);
  CHECK(noNote.refusal == TransitionRefusal::NoteRequired);
  REQUIRE(f.act(r.id, A::Resolve, RequestActor::volunteer(f.wang), "", "已代缴"));
  auto reopened =
      f.act(r.id, A::CallbackUnsatisfied, RequestActor::staff("console"), "电费只缴了一半");
  REQUIRE(reopened);
  CHECK(reopened.request->state == S::Reopened);
  CHECK(reopened.request->rounds == 2);
  CHECK_FALSE(reopened.request->volunteerId);
  REQUIRE(f.act(r.id, A::Dispatch));
  REQUIRE(f.act(r.id, A::Start, RequestActor::volunteer(f.wang)));
  REQUIRE(f.act(r.id, A::Resolve, RequestActor::volunteer(f.wang), "", "已补缴"));
  auto closed = f.act(r.id, A::CallbackSatisfied);
  REQUIRE(closed);
  CHECK(closed.request->state == S::Closed);
  CHECK(closed.request->closedAt);
  // The volunteer who did it earns the request's points, once.
  auto ledger = f.station.volunteerPoints().ledger(f.wang, "2026-11");
  REQUIRE(ledger.size() == 1);
  CHECK(ledger[0].reason == "request");
  CHECK(ledger[0].source == r.uuid);
  CHECK(ledger[0].tenths == 20);

  std::vector<std::string> actions;
  for (const auto& e : f.requestEvents()) {
    auto p = nlohmann::json::parse(e.payload);
    CHECK(p["request_id"] == r.uuid);
    actions.push_back(e.type == "request.accepted" ? "accept" : p["action"].get<std::string>());
  }
  CHECK(actions == std::vector<std::string>{"accept", "dispatch", "start", "resolve",
                                            "callback_unsatisfied", "dispatch", "start", "resolve",
                                            "callback_satisfied"});
  auto history = f.desk.history(r.id);
  REQUIRE(history.size() == 9);
  CHECK(history[4].reason == "电费只缴了一半");
  CHECK(history[3].note == "已代缴");
  CHECK(history[3].role == "volunteer");
  CHECK(history[3].volunteerId == f.wang);

  // A callback for a closed request: refused, with words for staff.
  auto late = f.act(r.id, A::CallbackUnsatisfied, RequestActor::staff("console"), "又不满意");
  CHECK(late.problem == ActProblem::Refused);
  CHECK(late.refusal == TransitionRefusal::NotFromThisState);
  CHECK(actProblemText(late).find("已关闭") != std::string::npos);
  CHECK(f.requestEvents().size() == 9);
}

TEST_CASE("who may do what: holders, residents, skills, sign-in, contact", "[requests][desk]") {
  test::RequestFixture f;
  // A card-only resident cannot be called back: staff complete the record first.
  SubmitAsk ask;
  ask.card = drivers::sim::elderlyResident();
  ask.errandId = "utilities";
  ask.answers = {"水费", "下午"};
  RequestView unknown = *f.desk.submit(ask).request;
  auto noContact = f.act(unknown.id, A::Dispatch);
  CHECK(noContact.problem == ActProblem::ContactMissing);
  CHECK(actProblemText(noContact).find("电话") != std::string::npos);

  RequestView r = f.utilitiesForZhang();
  // Taking at the kiosk needs a signed-in volunteer.
  CHECK(f.act(r.id, A::Take, RequestActor::volunteer(f.wang)).problem ==
        ActProblem::VolunteerNotSignedIn);
  // Another volunteer without the skill.
  auto other = test::wangXiaoming();
  other.name = "赵一";
  other.skills = {"家电维修"};
  std::int64_t zhao = test::enrolVolunteer(f.station, "13700007777", other);
  f.station.volunteerShifts().signIn(zhao, "on_behalf");
  CHECK(f.act(r.id, A::Take, RequestActor::volunteer(zhao)).problem ==
        ActProblem::VolunteerLacksSkill);
  f.station.volunteerShifts().signIn(f.wang, "on_behalf");
  REQUIRE(f.act(r.id, A::Take, RequestActor::volunteer(f.wang)));
  // Only the holder moves it on; a volunteer cannot record the callback.
  CHECK(f.act(r.id, A::Start, RequestActor::volunteer(zhao)).problem == ActProblem::NotHolder);
  REQUIRE(f.act(r.id, A::Start, RequestActor::volunteer(f.wang)));
  REQUIRE(f.act(r.id, A::Resolve, RequestActor::volunteer(f.wang), "", "已代缴"));
  auto byVolunteer = f.act(r.id, A::CallbackSatisfied, RequestActor::volunteer(f.wang));
  CHECK(byVolunteer.refusal == TransitionRefusal::NotThisRole);

  // A resident cancels their own request only.
  RequestView mine = *f.desk.submit(ask).request;  // the same card: still open, so the same
  CHECK(mine.id == unknown.id);
  CHECK(f.act(unknown.id, A::Cancel, RequestActor::resident(f.zhang)).problem ==
        ActProblem::NotOwnRequest);
  auto cancelled = f.act(unknown.id, A::Cancel, RequestActor::resident(*unknown.residentId));
  REQUIRE(cancelled);
  CHECK(cancelled.request->state == S::Cancelled);
}

TEST_CASE("the kiosk and the console take one request at once: one holder, one clear answer",
          "[requests][desk][race]") {
  test::RequestFixture f;
  RequestView r = f.utilitiesForZhang();
  f.station.volunteerShifts().signIn(f.wang, "on_behalf");
  // The volunteer takes it at the kiosk a moment before staff, who saw it waiting, dispatch it.
  REQUIRE(f.act(r.id, A::Take, RequestActor::volunteer(f.wang)));
  ActAsk dispatch;
  dispatch.action = A::Dispatch;
  dispatch.actor = RequestActor::staff("console");
  dispatch.volunteerId = f.wang;
  dispatch.seen = S::Accepted;
  auto late = f.desk.act(r.id, dispatch);
  CHECK(late.problem == ActProblem::TakenByOther);
  CHECK(actProblemText(late) == "这张代办单刚刚已被别人接走了");
  CHECK(late.request->state == S::Taken);

  // Eight volunteers, each on their own connection as the kiosk and the console are, take
  // the next request at the same instant.
  RequestView next = [&] {
    SubmitAsk ask;
    ask.residentId = f.zhang;
    ask.errandId = "medicine";
    ask.answers = {"上午"};
    return *f.desk.submit(ask).request;
  }();
  std::vector<std::int64_t> volunteers;
  for (int i = 0; i < 8; ++i) {
    auto d = test::wangXiaoming();
    d.name = "志愿者" + std::to_string(i);
    std::string phone = "1370000100" + std::to_string(i);
    volunteers.push_back(test::enrolVolunteer(f.station, phone.c_str(), d));
    f.station.volunteerShifts().signIn(volunteers.back(), "on_behalf");
  }
  std::atomic<int> won{0}, toldTaken{0};
  std::vector<std::thread> threads;
  const PersonalKey& key = *f.station.personalKey();
  for (std::int64_t v : volunteers) {
    threads.emplace_back([&, v] {
      data::Database db = data::Database::open(f.station.store().db().path());
      Live<WorkCalendar> calendar(WorkCalendar::builtIn());
      RequestDesk desk(db, key, f.station.personalSeal(), f.clock, calendar, defaultErrandTypes(),
                       defaultGrids(), RequestRules{});
      ActAsk take;
      take.action = A::Take;
      take.actor = RequestActor::volunteer(v);
      take.seen = S::Accepted;
      auto outcome = desk.act(next.id, take);
      if (outcome) ++won;
      if (outcome.problem == ActProblem::TakenByOther) ++toldTaken;
    });
  }
  for (auto& t : threads) t.join();
  CHECK(won == 1);
  CHECK(toldTaken == 7);
  auto after = f.desk.find(next.id);
  CHECK(after->state == S::Taken);
  CHECK(std::count(volunteers.begin(), volunteers.end(), *after->volunteerId) == 1);
  CHECK(f.desk.history(next.id).size() == 2);  // accepted, taken: once
}

TEST_CASE("callbacks nobody answers close the request as no contact after the tries",
          "[requests][desk]") {
  test::RequestFixture f;
  RequestView r = f.utilitiesForZhang();
  f.act(r.id, A::Dispatch);
  f.act(r.id, A::Start, RequestActor::volunteer(f.wang));
  f.act(r.id, A::Resolve, RequestActor::volunteer(f.wang), "", "已代缴");
  auto first = f.act(r.id, A::CallbackUnreachable);
  REQUIRE(first);
  CHECK(first.request->state == S::Resolved);
  CHECK(first.request->callbackTries == 1);
  f.act(r.id, A::CallbackUnreachable);
  auto third = f.act(r.id, A::CallbackUnreachable);
  REQUIRE(third);
  CHECK(third.gaveUpCallback);
  CHECK(third.request->state == S::NoContact);
  auto history = f.desk.history(r.id);
  REQUIRE(history.size() == 8);
  CHECK(history.back().action == "give_up_callback");
  CHECK(history.back().role == "station");
}

TEST_CASE("a deadline over National Day lands on the 调休 Saturday, and a hold moves it",
          "[requests][desk][deadline]") {
  test::RequestFixture f;
  setLocal(f.clock, "2026-09-30T10:00:00");
  RequestView holiday = f.utilitiesForZhang();
  CHECK(holiday.number == "20260930-001");
  CHECK(holiday.dueDay == "2026-10-10");

  // Accepted Monday 23 November (due Thursday 26th); on hold Tuesday to Thursday.
  setLocal(f.clock, "2026-11-23T10:00:00");
  SubmitAsk ask;
  ask.residentId = f.zhang;
  ask.errandId = "pension-check";
  ask.answers = {"上午"};
  RequestView r = *f.desk.submit(ask).request;
  CHECK(r.dueDay == "2026-11-26");
  setLocal(f.clock, "2026-11-24T10:00:00");
  CHECK(f.act(r.id, A::Hold).refusal == TransitionRefusal::ReasonRequired);
  auto held = f.act(r.id, A::Hold, RequestActor::staff("console"), "等居民补交材料");
  REQUIRE(held);
  CHECK(held.request->due == DueState::Paused);
  setLocal(f.clock, "2026-11-27T10:00:00");  // Friday: it would be overdue, but it is paused
  auto overdue = f.desk.list(RequestListAsk::of(RequestList::Overdue));
  REQUIRE(overdue.size() == 1);  // the National Day one only
  CHECK(overdue[0].id == holiday.id);
  setLocal(f.clock, "2026-11-26T15:00:00");
  auto resumed = f.act(r.id, A::Resume);
  REQUIRE(resumed);
  CHECK(resumed.request->state == S::Accepted);
  // Two working days waited (Tuesday to Thursday): due Monday 30th, as the deadline rules say.
  CHECK(resumed.request->dueDay == "2026-11-30");
  CHECK(resumed.request->dueDay ==
        dueDay(WorkCalendar::builtIn(),
               {"2026-11-23", 3, 0, {{"2026-11-24", std::string("2026-11-26")}}}, "2026-11-26"));

  // One extension, before the deadline, with a reason.
  ActAsk extend;
  extend.action = A::Extend;
  extend.actor = RequestActor::staff("console");
  extend.reason = "社保中心系统维护";
  extend.extensionDays = 0;
  CHECK(f.desk.act(r.id, extend).problem == ActProblem::ExtensionDays);
  extend.extensionDays = 2;
  auto extended = f.desk.act(r.id, extend);
  REQUIRE(extended);
  CHECK(extended.request->dueDay == "2026-12-02");
  CHECK(f.desk.act(r.id, extend).problem == ActProblem::AlreadyExtended);
  setLocal(f.clock, "2026-12-03T09:00:00");
  CHECK(f.desk.list(RequestListAsk::of(RequestList::Overdue)).size() == 2);  // both, by due day
  // The first is past its day: it cannot be extended now.
  CHECK(f.desk.act(holiday.id, extend).problem == ActProblem::PastDeadline);
}

TEST_CASE("the staff's lists: due today, overdue, by grid and errand, untaken, held, takeable",
          "[requests][desk][lists]") {
  test::RequestFixture f;
  RequestView utilities = f.utilitiesForZhang();  // grid-1, due 27th
  auto westerner = test::zhangGuilan();
  westerner.name = "孙立";
  westerner.idNumber.reset();
  westerner.phone = "13955556666";
  westerner.address = ResidentAddress{"9号楼", "1单元", "101"};
  westerner.livesAlone = false;
  std::int64_t sun = f.desk.residents().enrollOrUpdate(westerner, "staff", "staff").resident->id;
  SubmitAsk ask;
  ask.residentId = sun;
  ask.errandId = "appliance-repair";
  ask.answers = {"冰箱", "明天"};
  RequestView repair = *f.desk.submit(ask).request;  // grid-2
  CHECK_FALSE(repair.priority);

  auto ids = [](const std::vector<RequestView>& list) {
    std::vector<std::int64_t> out;
    for (const auto& r : list) out.push_back(r.id);
    return out;
  };
  auto grid1 = RequestListAsk::of(RequestList::OpenInGrid);
  grid1.grid = "grid-1";
  CHECK(ids(f.desk.list(grid1)) == std::vector<std::int64_t>{utilities.id});
  auto repairs = RequestListAsk::of(RequestList::OpenOfErrand);
  repairs.errand = "appliance-repair";
  CHECK(ids(f.desk.list(repairs)) == std::vector<std::int64_t>{repair.id});
  CHECK(f.desk.list(RequestListAsk::of(RequestList::Untaken)).empty());
  f.clock.advance(std::chrono::hours(4));
  CHECK(ids(f.desk.list(RequestListAsk::of(RequestList::Untaken))).size() == 2);
  CHECK(f.desk.find(utilities.id)->untaken);

  // 王小明 can pay utilities, not repair a fridge.
  auto takeable = RequestListAsk::of(RequestList::Takeable);
  takeable.volunteerId = f.wang;
  CHECK(ids(f.desk.list(takeable)) == std::vector<std::int64_t>{utilities.id});
  f.act(utilities.id, A::Dispatch);
  CHECK(f.desk.list(takeable).empty());
  auto holding = RequestListAsk::of(RequestList::Holding);
  holding.volunteerId = f.wang;
  CHECK(ids(f.desk.list(holding)) == std::vector<std::int64_t>{utilities.id});
  CHECK_FALSE(f.desk.find(utilities.id)->untaken);

  setLocal(f.clock, "2026-11-27T09:00:00");
  CHECK(ids(f.desk.list(RequestListAsk::of(RequestList::DueToday))) ==
        std::vector<std::int64_t>{utilities.id, repair.id});
  CHECK(f.desk.find(utilities.id)->due == DueState::DueToday);
  setLocal(f.clock, "2026-11-30T09:00:00");
  CHECK(ids(f.desk.list(RequestListAsk::of(RequestList::Overdue))) ==
        std::vector<std::int64_t>{utilities.id, repair.id});
  auto byState = RequestListAsk::of(RequestList::ByState);
  byState.state = S::Dispatched;
  CHECK(ids(f.desk.list(byState)) == std::vector<std::int64_t>{utilities.id});
  // Pages continue after the last row seen.
  auto page = RequestListAsk::of(RequestList::Open);
  page.limit = 1;
  auto first = f.desk.list(page);
  REQUIRE(first.size() == 1);
  page.afterId = first.back().id;
  auto second = f.desk.list(page);
  REQUIRE(second.size() == 1);
  CHECK(second[0].id != first[0].id);
}

TEST_CASE("a volunteer who serves some grids sees and takes only their requests",
          "[requests][desk][lists]") {
  test::RequestFixture f;
  RequestView near = f.utilitiesForZhang();  // 3号楼: 第一网格
  auto sun = test::zhangGuilan();
  sun.name = "孙立";
  sun.idNumber.reset();
  sun.phone = "13955556666";
  sun.address = ResidentAddress{"9号楼", "1单元", "101"};
  SubmitAsk ask;
  ask.residentId = f.desk.residents().enrollOrUpdate(sun, "staff", "staff").resident->id;
  ask.errandId = "utilities";
  ask.answers = {"水费", "下午"};
  RequestView far = *f.desk.submit(ask).request;  // 第二网格
  REQUIRE(far.grid == "grid-2");
  auto ids = [](const std::vector<RequestView>& list) {
    std::set<std::int64_t> out;
    for (const auto& r : list) out.insert(r.id);
    return out;
  };

  // 王小明 serves the whole community; 赵一 only 第二网格, as staff write it.
  auto takeable = RequestListAsk::of(RequestList::Takeable);
  takeable.volunteerId = f.wang;
  CHECK(ids(f.desk.list(takeable)) == std::set<std::int64_t>{near.id, far.id});
  auto details = test::wangXiaoming();
  details.name = "赵一";
  details.grids = {"第二网格"};
  std::int64_t zhao = test::enrolVolunteer(f.station, "13700007777", details);
  CHECK(f.station.volunteerRoster().find(zhao)->grids == std::vector<std::string>{"grid-2"});
  takeable.volunteerId = zhao;
  CHECK(ids(f.desk.list(takeable)) == std::set<std::int64_t>{far.id});

  // Taking one of another grid (an old screen, a QR from elsewhere) is refused with words.
  f.station.volunteerShifts().signIn(zhao, "on_behalf");
  auto outside = f.act(near.id, A::Take, RequestActor::volunteer(zhao));
  CHECK(outside.problem == ActProblem::OutsideVolunteerGrids);
  CHECK(actProblemText(outside).find("网格") != std::string::npos);
  REQUIRE(f.act(far.id, A::Take, RequestActor::volunteer(zhao)));
  // Staff may still send them beyond their grids.
  ActAsk send;
  send.action = A::Dispatch;
  send.actor = RequestActor::staff("console");
  send.volunteerId = zhao;
  CHECK(f.desk.act(near.id, send));

  // A grid the station does not have is refused, and the roster keeps what it had.
  details.phone = "13700007777";
  details.externalId.reset();
  details.idNumber.reset();
  details.grids = {"第九网格"};
  CHECK(f.station.volunteerRoster().update(zhao, details, "staff").problem ==
        RosterProblem::GridUnknown);
  CHECK(f.station.volunteerRoster().find(zhao)->grids == std::vector<std::string>{"grid-2"});
}

TEST_CASE("the resident's details: staff, and the volunteer while it is theirs, then purged",
          "[requests][desk][privacy]") {
  test::RequestFixture f;
  RequestView r = f.utilitiesForZhang();
  CHECK(f.desk.contactFor(r.id, RequestActor::staff("console"))->phone == "13911112222");
  CHECK_FALSE(f.desk.contactFor(r.id, RequestActor::volunteer(f.wang)));
  f.act(r.id, A::Dispatch);
  auto forHolder = f.desk.contactFor(r.id, RequestActor::volunteer(f.wang));
  REQUIRE(forHolder);
  CHECK(forHolder->address->building == "3号楼");
  f.act(r.id, A::Start, RequestActor::volunteer(f.wang));
  f.act(r.id, A::Resolve, RequestActor::volunteer(f.wang), "", "已代缴");
  CHECK_FALSE(f.desk.contactFor(r.id, RequestActor::volunteer(f.wang)));
  f.act(r.id, A::CallbackSatisfied);

  // A card-only resident's cancelled request.
  SubmitAsk ask;
  ask.card = drivers::sim::elderlyResident();
  ask.errandId = "other";
  RequestView card = *f.desk.submit(ask).request;
  f.act(card.id, A::Cancel, RequestActor::resident(*card.residentId));
  data::ResidentRepository residents(f.station.store().db());
  CHECK(residents.count() == 2);

  f.clock.advance(std::chrono::hours(24 * 179));
  CHECK(f.desk.purgeDue() == 0);
  f.clock.advance(std::chrono::hours(24 * 2));
  CHECK(f.desk.purgeDue() == 2);
  CHECK_FALSE(f.desk.find(r.id)->residentId);
  CHECK(f.desk.find(r.id)->residentMasked.rfind("张*兰", 0) == 0);  // the masked form stays
  CHECK_FALSE(f.desk.contactFor(r.id, RequestActor::staff("console")));
  CHECK(residents.count() == 1);  // 张桂兰 stays on the roster; 王秀英 is gone
  CHECK(residents.find(f.zhang));
  CHECK(f.desk.purgeDue() == 0);
}
