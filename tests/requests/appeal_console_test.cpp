// Appeals in the counter console, over real HTTP and in real Chromium (issue 17, requirements
// 1 and 2): staff enter an appeal heard at the door or on the phone, for a resident on the
// roster or one who leaves no name; forward it to a department at a level, escalate it,
// record a reply heard on the phone; and deal with the replies the district sent down that fit
// no appeal. Bad input is refused with words and moves nothing.
#include <httplib.h>
#include <algorithm>

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include "data/audit_log.h"
#include "data/request_repository.h"
#include "support/request_console_fixture.h"
#include "support/web_test_run.h"

using namespace yizhan;
using namespace yizhan::kiosk;
using nlohmann::json;

namespace {
struct Fixture : test::RequestConsoleFixture {
  json enter(const json& body) { return post("/api/counter/1/appeals", body); }
  json act(std::int64_t id, const json& body) {
    return post("/api/counter/1/request/" + std::to_string(id) + "/act", body);
  }
  // A reply that fits nothing here: the district sent it down for an appeal we do not have.
  void strayReply() {
    DepartmentReply r;
    r.replyId = "rp-stray";
    r.appealUuid = "no-such-appeal";
    r.department = "供水";
    r.kind = "done";
    r.note = "已修好水管";
    r.at = "2026-11-24T10:00:00+08:00";
    REQUIRE(station.departmentReplies().receive(r) == ReplyOutcome::UnknownAppeal);
  }
};
}  // namespace

TEST_CASE("console: staff enter appeals heard at the door, named or not, and bad ones are refused",
          "[requests][appeals][console]") {
  Fixture f;
  json setup = f.get("/api/counter/1/appeal-setup?resident=" + std::to_string(f.zhang));
  CHECK(setup["categories"].size() == 7);
  CHECK(setup["places"][0] == "小区大门");
  CHECK(setup["units"] == 4);
  CHECK(setup["grids"][0]["buildings"][0] == "1号楼");
  // Who it is for, masked: the form never shows a full name.
  CHECK(setup["resident"]["masked"].get<std::string>().rfind("张*兰", 0) == 0);
  CHECK(setup.dump().find("张桂兰") == std::string::npos);
  CHECK_FALSE(f.get("/api/counter/1/appeal-setup?resident=abc").contains("resident"));

  json named = f.enter({{"resident_id", f.zhang},
                        {"category", "noise"},
                        {"building", "3号楼"},
                        {"unit", "2单元"},
                        {"urgent", true}});
  INFO(named.dump());
  REQUIRE(named["ok"] == true);
  CHECK(named["notice"].get<std::string>().rfind("已登记民意诉求 20261124-001 噪音 · 3号楼2单元",
                                                 0) == 0);
  CHECK(named["request"]["kind"] == "appeal");
  CHECK(named["request"]["urgent"] == true);
  std::int64_t id = named["request"]["id"];
  auto row = data::RequestRepository(f.station.store().db()).find(id);
  REQUIRE(row);
  CHECK(row->kind == "appeal");
  CHECK(row->source == "console");
  CHECK(row->residentId == f.zhang);
  CHECK(row->placeBuilding == "3号楼");
  CHECK(row->placeUnit == "2单元");
  CHECK(row->urgent);
  // The same again: the one on file, not a second.
  json again = f.enter(
      {{"resident_id", f.zhang}, {"category", "noise"}, {"building", "3号楼"}, {"unit", "2单元"}});
  CHECK(again["ok"] == false);
  CHECK(again["problem"] == "这位居民已反映过这里的同一件事，还没办结：20261124-001");

  json anonymous = f.enter({{"anonymous", true}, {"category", "parking"}, {"place", "停车场"}});
  REQUIRE(anonymous["ok"] == true);
  CHECK(anonymous["request"]["resident"] == "匿名");
  CHECK(anonymous["request"]["anonymous"] == true);

  // Bad input: each refused with the words staff see, nothing stored.
  CHECK(f.enter({{"anonymous", true}, {"category", "noise"}})["problem"] ==
        "请选择问题在哪里：哪栋楼，或小区里的哪个地方");
  CHECK(f.enter({{"anonymous", true}, {"category", "noise"}, {"building", "99号楼"}})["problem"] ==
        "没有这个地点，请从给出的楼栋或地点中选一个");
  CHECK(f.enter({{"anonymous", true}, {"category", "noise"}, {"place", "月球"}})["problem"] ==
        "没有这个地点，请从给出的楼栋或地点中选一个");
  CHECK(f.enter({{"anonymous", true}, {"category", "ufo"}, {"place", "停车场"}})["problem"] ==
        "没有这一类诉求");
  CHECK(f.enter({{"anonymous", true}, {"category", "other"}, {"place", "停车场"}})["problem"] ==
        "“其他”需要工作人员打电话联系您，请刷身份证留下联系方式");
  CHECK(f.enter({{"category", "noise"}, {"place", "停车场"}})["problem"] ==
        "没有找到这位居民，请刷身份证，或选择匿名反映");
  CHECK(f.enter({{"resident_id", 9999}, {"category", "noise"}, {"place", "停车场"}})["problem"] ==
        "没有找到这位居民，请刷身份证，或选择匿名反映");
  CHECK(f.post("/api/counter/1/appeals", json::array(), 400)["problem"] == "提交的内容不正确");
  data::RequestQuery all;
  all.kind = "appeal";
  all.limit = 100;
  CHECK(data::RequestRepository(f.station.store().db()).list(all).size() == 2);
  // Another site's form cannot enter one.
  auto forged = f.client.Post("/api/counter/1/appeals", {{"Cookie", f.cookie}},
                              R"({"anonymous":true,"category":"noise","place":"停车场"})",
                              "application/json");
  REQUIRE(forged);
  CHECK(forged->status == 403);
  // Nor can anyone without logging in.
  httplib::Client stranger(f.console->url().substr(0, f.console->url().size() - 1));
  auto res = stranger.Get("/api/counter/1/appeal-setup");
  REQUIRE(res);
  CHECK(res->status == 401);
}

TEST_CASE("console: an appeal forwarded to a department at a level, escalated, answered",
          "[requests][appeals][console]") {
  Fixture f;
  std::int64_t id = f.enter({{"resident_id", f.zhang},
                             {"category", "sanitation"},
                             {"building", "3号楼"},
                             {"unit", "2单元"}})["request"]["id"];
  json one = f.get("/api/counter/1/request/" + std::to_string(id));
  CHECK(one["kind"] == "appeal");
  CHECK(one["place"] == "3号楼2单元");
  std::vector<std::string> steps;
  for (const auto& a : one["actions"]) {
    steps.push_back(a["id"]);
    if (a["id"] == "forward") CHECK(a["department"] == true);
  }
  CHECK(std::find(steps.begin(), steps.end(), "forward") != steps.end());
  CHECK(one["departments"].size() == 7);
  CHECK(one["levels"].size() == 4);
  CHECK(one["levels"][2]["words"] == "街道");

  // Refused: a department not on the list; a level that does not exist; none at all.
  CHECK(f.act(id, {{"action", "forward"}, {"department", "外星办"}, {"level", "street"}})["ok"] ==
        false);
  CHECK(f.post("/api/counter/1/request/" + std::to_string(id) + "/act",
               {{"action", "forward"}, {"department", "城管"}, {"level", "planet"}},
               400)["problem"] == "层级参数不正确");
  CHECK(f.station.requests().find(id)->state == RequestState::Accepted);

  json forwarded = f.act(
      id,
      {{"action", "forward"}, {"department", "城管"}, {"level", "street"}, {"seen", "accepted"}});
  INFO(forwarded.dump());
  REQUIRE(forwarded["ok"] == true);
  CHECK(forwarded["request"]["state_words"] == "已转派");
  CHECK(forwarded["request"]["department"] == "城管");
  CHECK(forwarded["request"]["level_words"] == "街道");
  // 吹哨: up a level, with the reason; then past 区县 is refused with words.
  json up = f.act(id, {{"action", "escalate"}, {"reason", "街道未按期签收"}});
  REQUIRE(up["ok"] == true);
  CHECK(up["request"]["level_words"] == "区县");
  json beyond = f.act(id, {{"action", "escalate"}, {"reason", "还是没人管"}});
  CHECK(beyond["ok"] == false);
  CHECK_FALSE(beyond["problem"].get<std::string>().empty());
  CHECK(f.station.requests().find(id)->level == EscalationLevel::County);

  // The department rang: staff record its 办结 with what was done.
  json done = f.act(id, {{"action", "department_done"}, {"note", "楼道已清扫"}});
  REQUIRE(done["ok"] == true);
  CHECK(done["request"]["state_words"] == "已办结");
  json history = f.get("/api/counter/1/request/" + std::to_string(id))["history"];
  REQUIRE(history.size() == 4);
  CHECK(history[1]["department"] == "城管");
  CHECK(history[1]["level_words"] == "街道");
  CHECK(history[2]["level_words"] == "区县");
  CHECK(history[3]["note"] == "楼道已清扫");
  // Appeals are in the same lists as errands, filtered by their category.
  CHECK(f.get("/api/counter/1/requests?list=errand&errand=sanitation")["requests"].size() == 1);
  bool offered = false;
  json lists = f.get("/api/counter/1/requests");
  for (const auto& e : lists["errands"]) offered = offered || e["id"] == "sanitation";
  CHECK(offered);
}

TEST_CASE("console: replies that fit no appeal wait for staff until dealt with",
          "[requests][appeals][console]") {
  Fixture f;
  f.strayReply();
  auto state = f.get("/api/counter/1");
  CHECK(state["appeals"]["kept_replies"] == 1);
  json kept = f.get("/api/counter/1/appeal-replies")["replies"];
  REQUIRE(kept.size() == 1);
  CHECK(kept[0]["department"] == "供水");
  CHECK(kept[0]["kind_words"] == "办结");
  CHECK(kept[0]["note"] == "已修好水管");
  CHECK(kept[0]["request_id"].is_null());
  CHECK_FALSE(kept[0]["problem"].get<std::string>().empty());
  std::string path =
      "/api/counter/1/appeal-reply/" + std::to_string(kept[0]["id"].get<int>()) + "/handled";
  CHECK(f.post(path, json::object())["ok"] == true);
  CHECK(f.get("/api/counter/1/appeal-replies")["replies"].empty());
  CHECK(f.get("/api/counter/1")["appeals"]["kept_replies"] == 0);
  // Twice: nothing waiting, said so.
  CHECK(f.post(path, json::object(), 404)["problem"] == "这条部门回复已处理过，或不存在");
  // Who dealt with it is in the audit log.
  bool audited = false;
  auto entries = data::AuditLog(f.station.store().db()).recent(100);
  for (const auto& e : entries)
    audited = audited || (e.action == "appeal_reply.handled" && e.actor == "console-1");
  CHECK(audited);
}

TEST_CASE("appeals page in Chromium: entered for a resident, a reply dealt with, forwarded",
          "[requests][appeals][console][browser]") {
  Fixture f;
  f.strayReply();
  json seen = test::runWebTest(
      "appeals_console.mjs",
      f.console->url() + " 246810 " + std::to_string(f.zhang) + " " + YIZHAN_ARTIFACT_DIR,
      f.dir.path());
  INFO(seen.dump());
  CHECK(seen["who"] == "张*兰 110***********0022");
  CHECK(seen["anonymousOffered"] == true);
  CHECK(seen["reply"][1] == "供水");
  CHECK(seen["reply"][2] == "办结：已修好水管");
  CHECK(seen["waiting"] == "(1)");
  CHECK(seen["noCategory"] == "请选择诉求类别");
  CHECK(seen["entered"].get<std::string>().rfind(
            "已登记民意诉求 20261124-001 噪音 · 3号楼2单元，应办结日 ", 0) == 0);
  CHECK(seen["title"] == "20261124-001 噪音");
  CHECK(seen["flags"].get<std::string>().find("很急") != std::string::npos);
  CHECK(seen["row"][1].get<std::string>().rfind("噪音 · 3号楼2单元", 0) == 0);
  CHECK(seen["departments"].size() == 8);  // the prompt and the seven departments
  CHECK(seen["noDepartment"] == "请选择转派的部门");
  // Another appeal came in meanwhile: the department and level chosen stayed chosen.
  CHECK(seen["keptChoice"] == json::array({"城管", "street"}));
  CHECK(seen["forwarded"] == "转派部门：20261124-001 已转派");
  CHECK(seen["to"] == "城管 · 街道");
  CHECK(seen["lastStep"] == "转派部门 → 已转派（城管 街道）");
  // What the page did is in the store.
  data::RequestQuery all;
  all.kind = "appeal";
  all.limit = 10;
  auto appeals = data::RequestRepository(f.station.store().db()).list(all);
  REQUIRE(appeals.size() == 2);  // the page's, and the one that came in meanwhile
  auto first = std::find_if(appeals.begin(), appeals.end(),
                            [](const auto& a) { return a.number == "20261124-001"; });
  REQUIRE(first != appeals.end());
  auto r = f.station.requests().find(first->id);
  CHECK(r->source == "console");
  CHECK(r->residentId == f.zhang);
  CHECK(r->urgent);
  CHECK(r->department == "城管");
  CHECK(r->level == EscalationLevel::Street);
  CHECK(f.station.departmentReplies().keptCount() == 0);
}
