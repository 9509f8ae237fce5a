// On-behalf requests in the counter console, over real HTTP: the staff's lists, one request
// with its history, the resident's contact and the volunteers who could do it; staff
// dispatching, recording the callback, reopening; the kiosk and the console at once; bad
// input refused with words.
#include <httplib.h>

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include "data/audit_log.h"
#include "support/file_bytes.h"
#include "support/request_console_fixture.h"

using namespace yizhan;
using namespace yizhan::kiosk;
using nlohmann::json;

namespace {
struct Fixture : test::RequestConsoleFixture {
  json act(std::int64_t id, const json& body) {
    return post("/api/counter/1/request/" + std::to_string(id) + "/act", body);
  }
  std::int64_t utilities() {
    SubmitAsk ask;
    ask.residentId = zhang;
    ask.errandId = "utilities";
    ask.answers = {"电费", "上午"};
    return station.requests().submit(ask).request->id;
  }
};
}  // namespace

TEST_CASE("console: the lists, one request, its contact and who could do it",
          "[requests][console]") {
  Fixture f;
  std::int64_t id = f.utilities();
  json open = f.get("/api/counter/1/requests");
  REQUIRE(open["requests"].size() == 1);
  json r = open["requests"][0];
  CHECK(r["number"] == "20261124-001");
  CHECK(r["state_words"] == "受理");
  CHECK(r["grid_name"] == "第一网格");
  CHECK(r["resident"].get<std::string>().rfind("张*兰", 0) == 0);
  CHECK(open.dump().find("张桂兰") == std::string::npos);  // lists are masked
  CHECK(open["grids"].size() == 2);
  CHECK(open["errands"].size() == 14);  // seven errands, and the seven appeal categories
  CHECK(f.get("/api/counter/1/requests?list=grid&grid=grid-2")["requests"].empty());
  CHECK(f.get("/api/counter/1/requests?list=errand&errand=utilities")["requests"].size() == 1);
  CHECK(f.get("/api/counter/1/requests?list=state&state=accepted")["requests"].size() == 1);
  CHECK(f.get("/api/counter/1/requests?list=due_today")["requests"].empty());
  // Bad list parameters are refused with words, not guessed.
  CHECK(f.get("/api/counter/1/requests?list=everything", 400)["problem"] == "列表参数不正确");
  CHECK(f.get("/api/counter/1/requests?list=state&state=done", 400)["problem"] == "列表参数不正确");
  CHECK(f.get("/api/counter/1/requests?after=abc", 400)["problem"] == "列表参数不正确");
  CHECK(f.get("/api/counter/1/requests?after=-1", 400)["problem"] == "列表参数不正确");
  CHECK(f.get("/api/counter/1/requests?after=99999999999999999999", 400)["problem"] ==
        "列表参数不正确");

  // One request: its history, the contact in full (audited), the volunteers with the skill.
  auto other = test::wangXiaoming();
  other.name = "赵一";
  other.skills = {"家电维修"};
  test::enrolVolunteer(f.station, "13700007777", other);
  auto third = test::wangXiaoming();
  third.name = "钱二";
  std::int64_t qian = test::enrolVolunteer(f.station, "13700008888", third);
  f.station.volunteerShifts().signIn(qian, "on_behalf");
  data::AuditLog audit(f.station.store().db());
  std::size_t auditedBefore = audit.recent(1000).size();
  json one = f.get("/api/counter/1/request/" + std::to_string(id));
  CHECK(one["history"].size() == 1);
  CHECK(one["history"][0]["words"] == "受理");
  CHECK(one["has_contact"] == true);
  // The request alone does not read the resident's details: a page refreshing reads nothing.
  CHECK_FALSE(one.contains("contact"));
  CHECK(audit.recent(1000).size() == auditedBefore);
  // The steps staff may take from 受理, in the table's order; a volunteer's claim is not one.
  std::vector<std::string> steps;
  for (const auto& a : one["actions"]) steps.push_back(a["id"]);
  CHECK(steps == std::vector<std::string>{"dispatch", "hold", "extend", "refer", "cancel"});
  CHECK(one["actions"][0]["volunteer"] == true);
  CHECK(one["actions"][1]["reason"] == true);
  CHECK(one["actions"][2]["days"] == true);
  // Asked for: the contact in full, and that reading audited.
  json contact = f.get("/api/counter/1/request/" + std::to_string(id) + "/contact");
  CHECK(contact["name"] == "张桂兰");
  CHECK(contact["phone"] == "13911112222");
  CHECK(contact["address"] == "3号楼2单元301");
  CHECK(audit.recent(1).at(0).action == "resident.details_shown");
  CHECK(audit.recent(1000).size() == auditedBefore + 1);
  f.get("/api/counter/1/request/999/contact", 404);
  REQUIRE(one["volunteers"].size() == 2);     // not 赵一: no 代缴水电气费
  CHECK(one["volunteers"][0]["id"] == qian);  // signed in, first
  CHECK(one["volunteers"][0]["signed_in"] == true);
  CHECK(one["volunteers"][1]["id"] == f.wang);
  f.get("/api/counter/1/request/999", 404);

  // Not logged in: nothing, and no one's contact.
  auto anonymous = f.client.Get("/api/counter/1/requests");
  REQUIRE(anonymous);
  CHECK(anonymous->status == 401);
  auto peek = f.client.Get(("/api/counter/1/request/" + std::to_string(id) + "/contact").c_str());
  REQUIRE(peek);
  CHECK(peek->status == 401);
}

TEST_CASE("console: the counter's state counts the open requests and moves with each step",
          "[requests][console]") {
  Fixture f;
  json before = f.get("/api/counter/1")["requests"];
  CHECK(before["open"] == 0);
  std::int64_t id = f.utilities();
  json after = f.get("/api/counter/1")["requests"];
  CHECK(after["open"] == 1);
  CHECK(after["due_today"] == 0);
  CHECK(after["overdue"] == 0);
  CHECK(after["version"].get<std::int64_t>() > before["version"].get<std::int64_t>());
  f.act(id, {{"action", "hold"}, {"reason", "等居民找材料"}});
  json held = f.get("/api/counter/1")["requests"];
  CHECK(held["version"].get<std::int64_t>() > after["version"].get<std::int64_t>());
  // Past its due day (3 working days): overdue — but not while on hold, its clock stopped.
  f.clock.advance(std::chrono::hours(24 * 7));
  f.cookie = test::consoleLogin(f.client, 1, "246810");  // a week on: logged in afresh
  CHECK(f.get("/api/counter/1")["requests"]["overdue"] == 0);
  f.act(id, {{"action", "resume"}});
  f.clock.advance(std::chrono::hours(24 * 7));
  f.cookie = test::consoleLogin(f.client, 1, "246810");
  json late = f.get("/api/counter/1")["requests"];
  CHECK(late["overdue"] == 1);
  CHECK(late["open"] == 1);
  f.act(id, {{"action", "cancel"}});
  CHECK(f.get("/api/counter/1")["requests"]["open"] == 0);
}

TEST_CASE("console: dispatched, done, not satisfied, reopened, done again, satisfied",
          "[requests][console]") {
  Fixture f;
  std::int64_t id = f.utilities();
  json sent = f.act(id, {{"action", "dispatch"}, {"volunteer_id", f.wang}, {"seen", "accepted"}});
  CHECK(sent["ok"] == true);
  CHECK(sent["request"]["state"] == "dispatched");
  CHECK(sent["notice"] == "派单：20261124-001 已派单");
  RequestDesk& desk = f.station.requests();
  auto volunteer = RequestActor::volunteer(f.wang);
  auto step = [&](RequestAction a, const char* note = "") {
    ActAsk ask;
    ask.action = a;
    ask.actor = volunteer;
    ask.note = note;
    REQUIRE(desk.act(id, ask));
  };
  step(RequestAction::Start);
  step(RequestAction::Resolve, "已代缴");
  // The callback without a reason for 不满意: refused with words, nothing changes.
  json noReason = f.act(id, {{"action", "callback_unsatisfied"}});
  CHECK(noReason["ok"] == false);
  CHECK(noReason["problem"] == "请写明原因");
  json reopened = f.act(id, {{"action", "callback_unsatisfied"}, {"reason", "只缴了一半"}});
  CHECK(reopened["request"]["state"] == "reopened");
  CHECK(reopened["request"]["rounds"] == 2);
  f.act(id, {{"action", "dispatch"}, {"volunteer_id", f.wang}});
  step(RequestAction::Start);
  step(RequestAction::Resolve, "已补缴");
  json closed = f.act(id, {{"action", "callback_satisfied"}});
  CHECK(closed["request"]["state"] == "closed");
  // A callback for a closed request: refused, with where it stands.
  json late = f.act(id, {{"action", "callback_unreachable"}});
  CHECK(late["ok"] == false);
  CHECK(late["problem"] == "这张代办单现在是“已关闭”，不能记录回访未接通");
  json history = f.get("/api/counter/1/request/" + std::to_string(id))["history"];
  CHECK(history.size() == 9);
  CHECK(history[4]["reason"] == "只缴了一半");
  CHECK(history[4]["actor"] == "console-1");
}

TEST_CASE("console: the kiosk took it a moment before staff dispatched it", "[requests][console]") {
  Fixture f;
  std::int64_t id = f.utilities();
  f.station.volunteerShifts().signIn(f.wang, "on_behalf");
  ActAsk take;
  take.action = RequestAction::Take;
  take.actor = RequestActor::volunteer(f.wang);
  take.seen = RequestState::Accepted;
  REQUIRE(f.station.requests().act(id, take));
  auto other = test::wangXiaoming();
  other.name = "钱二";
  std::int64_t qian = test::enrolVolunteer(f.station, "13700008888", other);
  json late = f.act(id, {{"action", "dispatch"}, {"volunteer_id", qian}, {"seen", "accepted"}});
  CHECK(late["ok"] == false);
  CHECK(late["problem"] == "这张代办单刚刚已被别人接走了");
  CHECK(late["request"]["volunteer_id"] == f.wang);
}

TEST_CASE("console: steps staff cannot take, and input that is not one, are refused",
          "[requests][console]") {
  Fixture f;
  std::int64_t id = f.utilities();
  auto bad = [&](const json& body) {
    auto res =
        f.client.Post(("/api/counter/1/request/" + std::to_string(id) + "/act").c_str(),
                      {{"Cookie", f.cookie}, {"X-Yizhan", "1"}}, body.dump(), "application/json");
    REQUIRE(res);
    return res;
  };
  // A volunteer's claim is not the console's to make; nor is an action that does not exist.
  CHECK(bad({{"action", "take"}})->status == 400);
  CHECK(bad({{"action", "delete"}})->status == 400);
  CHECK(bad(json::array())->status == 400);
  CHECK(bad({{"action", "hold"}, {"seen", "whatever"}})->status == 400);
  CHECK(bad({{"action", "hold"}, {"reason", std::string(700, 'x')}})->status == 400);
  // Without the console's own header (another site's form): refused before anything.
  auto forged = f.client.Post(("/api/counter/1/request/" + std::to_string(id) + "/act").c_str(),
                              {{"Cookie", f.cookie}}, R"({"action":"cancel"})", "application/json");
  REQUIRE(forged);
  CHECK(forged->status == 403);
  CHECK(f.station.requests().find(id)->state == RequestState::Accepted);
  // Extension days outside 1-10.
  json days = f.act(id, {{"action", "extend"}, {"reason", "等材料"}, {"days", 30}});
  CHECK(days["problem"] == "延期天数要在1到10个工作日之间");
}

TEST_CASE("requests page in Chromium: listed, contact on a click, dispatched, reopened, closed",
          "[requests][console][browser]") {
  Fixture f;
  std::int64_t id = f.utilities();
  std::filesystem::create_directories(YIZHAN_ARTIFACT_DIR);
  std::string cmd = std::string("timeout 120 node ") + YIZHAN_WEB_TESTS + "/requests_console.mjs " +
                    f.console->url() + " 246810 " + YIZHAN_ARTIFACT_DIR + " >" +
                    (f.dir.path() / "out").string() + " 2>" + (f.dir.path() / "err").string();
  int status = std::system(cmd.c_str());
  INFO(test::fileBytes(f.dir.path() / "err"));
  REQUIRE(WEXITSTATUS(status) == 0);
  auto seen = json::parse(test::fileBytes(f.dir.path() / "out"));
  CHECK(seen["link"] == "红色代办：未办结1 · 超期0");
  // The list shows the resident masked, the grid and the due day (3 working days on).
  CHECK(seen["row"][0] == "20261124-001");
  CHECK(seen["row"][1].get<std::string>().rfind("代缴水电气费", 0) == 0);
  CHECK(seen["row"][2] == "张*兰 110***********0022");
  CHECK(seen["row"][3] == "第一网格");
  CHECK(seen["row"][4] == "受理");
  CHECK(seen["row"][5] == "2026-11-27");
  CHECK(seen["detailResident"] == "张*兰 110***********0022 · 第一网格");
  CHECK(seen["contactHidden"] == true);
  CHECK(seen["contact"] == json::array({"张桂兰", "13911112222", "3号楼2单元301"}));
  CHECK(seen["steps"] == json::array({"dispatch", "hold", "extend", "refer", "cancel"}));
  CHECK(seen["holdRefused"] == "请写明原因");
  CHECK(seen["volunteers"].size() == 2);
  CHECK(seen["volunteers"][1].get<std::string>().rfind("王*明", 0) == 0);
  CHECK(seen["dispatched"] == "派单：20261124-001 已派单");
  CHECK(seen["holder"] == "王*明");
  // The late answer the page was handed after resolving was the older state, and was not drawn.
  CHECK(seen["lateAnswer"] == "in_progress");
  CHECK(seen["reopenedState"] == "重办（第2轮）");
  CHECK(seen["history"] ==
        json::array({"受理", "派单 → 已派单", "开始办理 → 办理中", "办结 → 已办结",
                     "记录回访不满意 → 重办", "派单 → 已派单", "开始办理 → 办理中", "办结 → 已办结",
                     "记录回访满意 → 已关闭"}));
  CHECK(seen["lastWho"] == "工作人员（2号窗口）");
  CHECK(seen["moved"] == "这张代办单刚有新进展：已关闭");
  CHECK(seen["byStateCleared"] == "");
  // What the page did is in the store: closed, satisfied, and who did each step.
  auto r = f.station.requests().find(id);
  REQUIRE(r);
  CHECK(r->state == RequestState::Closed);
  CHECK(r->rounds == 2);
  auto history = f.station.requests().history(id);
  REQUIRE(history.size() == 9);
  CHECK(history[3].note == "已在营业厅代缴电费200元");
  CHECK(history[4].reason == "只缴了一半");
  CHECK(history[8].actor == "console-2");
}
