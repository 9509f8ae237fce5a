// Volunteers in the counter console, over real HTTP: staff confirm or correct a flagged shift
// (the kiosk's staff menu and the store see it at once), enrol and edit volunteers with a
// typed name, set the PIN the volunteer chooses; full details only for one volunteer asked
// for by a logged-in counter. And the page itself in headless Chromium
// (tests/web/volunteer_console.mjs).
#include <httplib.h>
#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include "data/outbox.h"
#include "kiosk/staff/pin_hasher.h"
#include "support/console_login.h"
#include "support/run_binary.h"
#include "support/station_fixture.h"
#include "support/volunteer_fixture.h"

using namespace yizhan;
using namespace yizhan::kiosk;
using nlohmann::json;

namespace {
struct Fixture : test::StationFixture {
  CounterConsole* console = station.startConsole(0);
  httplib::Client client{console->url().substr(0, console->url().size() - 1)};
  std::string cookie;

  Fixture() {
    station.auth().setPin("246810", "test");
    cookie = test::consoleLogin(client, 1, "246810");
  }
  json post(const std::string& path, const json& body = json::object()) {
    auto res = client.Post(path.c_str(), {{"Cookie", cookie}, {"X-Yizhan", "1"}}, body.dump(),
                           "application/json");
    REQUIRE(res);
    REQUIRE(res->status == 200);
    return json::parse(res->body);
  }
  httplib::Result get(const std::string& path) {
    return client.Get(path.c_str(), {{"Cookie", cookie}});
  }
  // A shift nobody signed out of, closed at closing time and flagged for staff.
  std::int64_t flaggedShift(std::int64_t volunteer) {
    station.volunteerShifts().signIn(volunteer, "duty");
    clock.advance(std::chrono::hours(12));
    station.volunteerShifts().closeForgotten();
    auto waiting = station.volunteerShifts().awaitingReview();
    REQUIRE(waiting.size() == 1);
    return waiting[0].id;
  }
  std::string lastEventOf(const char* type) {
    std::string payload;
    auto stmt = station.store().db().prepare("SELECT payload FROM outbox WHERE type = ?1");
    stmt.bind(1, type);
    while (stmt.step()) payload = stmt.columnText(0);
    return payload;
  }
};

json zhang(const char* phone = "13900001111") {
  return {{"name", "张建国"},         {"phone", phone},
          {"team", "红色代办服务队"}, {"kind", "in_service_member"},
          {"employer", "区住建局"},   {"skills", "代缴水电气费，代取药品"},
          {"grids", "第一网格"},      {"status", "active"},
          {"id_number", ""},          {"pin", ""}};
}
}  // namespace

TEST_CASE("console: staff confirm a flagged shift, and it is gone for everyone",
          "[volunteers][console]") {
  Fixture f;
  std::int64_t wang = test::enrolVolunteer(f.station);
  std::int64_t shift = f.flaggedShift(wang);

  auto got = f.get("/api/counter/1");
  REQUIRE(got->status == 200);
  json state = json::parse(got->body);
  REQUIRE(state["volunteer_review"].size() == 1);
  json row = state["volunteer_review"][0];
  CHECK(row["who"] == "王*明");
  CHECK(row["flag"] == "未签退");
  CHECK(row["activity"] == "值班");
  CHECK(row["times"] == "09:30–17:30");  // closed at the station's closing time
  CHECK(row["proposed"] == 480);
  CHECK(row["proposed_text"] == "8小时");
  CHECK(state["correction_reasons"].size() == 4);
  CHECK(got->body.find("王小明") == std::string::npos);

  json answer = f.post("/api/counter/1/volunteer-shift/" + std::to_string(shift) + "/confirm");
  CHECK(answer["problem"] == "");
  CHECK(answer["notice"] == "已确认 王*明 11-24 值班：计8小时");
  CHECK(answer["volunteer_review"].empty());
  CHECK(f.station.volunteerShifts().creditedMinutesOn(wang, "2026-11-24") == 480);
  json event = json::parse(f.lastEventOf("volunteer.shift_reviewed"));
  CHECK(event["reviewed_by"] == "console-1");
  CHECK(event["status"] == "confirmed");
  // Answered already (here, or at the kiosk meanwhile): said so, nothing written again.
  json again = f.post("/api/counter/1/volunteer-shift/" + std::to_string(shift) + "/confirm");
  CHECK(again["problem"] == "这条已经处理过了");
  CHECK(f.station.volunteerShifts().creditedMinutesOn(wang, "2026-11-24") == 480);
}

TEST_CASE("console: a correction needs sane minutes and a reason, and is credited as typed",
          "[volunteers][console]") {
  Fixture f;
  std::int64_t wang = test::enrolVolunteer(f.station);
  std::int64_t shift = f.flaggedShift(wang);
  std::string path = "/api/counter/1/volunteer-shift/" + std::to_string(shift) + "/correct";
  CHECK(f.post(path, {{"minutes", 1441}, {"reason", 0}})["problem"] == "请填写0到1440之间的分钟数");
  CHECK(f.post(path, {{"minutes", -1}, {"reason", 0}})["problem"] == "请填写0到1440之间的分钟数");
  CHECK(f.post(path, {{"minutes", "90"}, {"reason", 0}})["problem"] == "请填写0到1440之间的分钟数");
  CHECK(f.post(path, {{"minutes", 90}, {"reason", 4}})["problem"] == "请选择更正的原因");
  CHECK(f.post(path, {{"minutes", 90}})["problem"] == "请选择更正的原因");
  CHECK(f.station.volunteerShifts().awaitingReview().size() == 1);
  CHECK(f.lastEventOf("volunteer.shift_reviewed").empty());

  json answer = f.post(path, {{"minutes", 90}, {"reason", 1}});
  CHECK(answer["notice"] == "已更正 王*明 11-24 值班：计1小时30分钟");
  CHECK(f.station.volunteerShifts().creditedMinutesOn(wang, "2026-11-24") == 90);
  json event = json::parse(f.lastEventOf("volunteer.shift_reviewed"));
  CHECK(event["reason"] == "早退");
  CHECK(event["credited_minutes"] == 90);
}

TEST_CASE("console: staff enrol and edit volunteers, and set the PIN the volunteer chooses",
          "[volunteers][console]") {
  Fixture f;
  VolunteerRoster& roster = f.station.volunteerRoster();

  // Refused before anything is written: each says what to put right.
  json noEmployer = zhang();
  noEmployer["employer"] = "";
  CHECK(f.post("/api/counter/1/volunteers/save", noEmployer)["problem"] ==
        "在职党员需填写工作单位");
  json badPin = zhang();
  badPin["pin"] = "12a4";
  CHECK(f.post("/api/counter/1/volunteers/save", badPin)["problem"] == "签到密码应为4位数字");
  json badKind = zhang();
  badKind["kind"] = "cadre";
  CHECK(f.post("/api/counter/1/volunteers/save", badKind)["problem"] == "请选择类别");
  json badPhone = zhang("1390000");
  CHECK(f.post("/api/counter/1/volunteers/save", badPhone)["problem"] == "手机号不是11位手机号码");
  CHECK(roster.listed().empty());

  json withPin = zhang();
  withPin["pin"] = "2580";
  json saved = f.post("/api/counter/1/volunteers/save", withPin);
  CHECK(saved["problem"] == "");
  CHECK(saved["notice"] == "已登记 张*国，签到密码已设好");
  REQUIRE(saved["volunteer_id"].is_number_integer());
  std::int64_t id = saved["volunteer_id"];
  auto view = roster.find(id);
  REQUIRE(view);
  CHECK(view->skills == std::vector<std::string>{"代缴水电气费", "代取药品"});
  CHECK(view->grids == std::vector<std::string>{"grid-1"});
  CHECK(view->hasPin);
  // The PIN works at the kiosk's keypad.
  VolunteerPinAttempt attempt = f.station.volunteerPins().begin("13900001111");
  REQUIRE(attempt.hash);
  CHECK(pinMatches(*attempt.hash, "2580"));
  CHECK(f.station.volunteerPins().finish(attempt.volunteerId, true).outcome ==
        PinOutcome::Accepted);

  // The list is masked; the full details come only for the one volunteer asked for.
  auto list = f.get("/api/counter/1/volunteers");
  REQUIRE(list->status == 200);
  CHECK(list->body.find("张建国") == std::string::npos);
  CHECK(list->body.find("13900001111") == std::string::npos);
  json listed = json::parse(list->body);
  REQUIRE(listed["volunteers"].size() == 1);
  CHECK(listed["volunteers"][0]["name"] == "张*国");
  CHECK(listed["volunteers"][0]["phone"] == "139****1111");
  CHECK(listed["volunteers"][0]["has_pin"] == true);
  CHECK(listed["teams"] == json::array({"红色代办服务队"}));
  auto one = f.get("/api/counter/1/volunteers/" + std::to_string(id));
  REQUIRE(one->status == 200);
  CHECK(json::parse(one->body)["name"] == "张建国");
  CHECK(json::parse(one->body)["skills"] == "代缴水电气费，代取药品");
  CHECK(json::parse(one->body)["grids"] == "第一网格");
  CHECK(f.get("/api/counter/1/volunteers/999")->status == 404);
  CHECK(f.get("/api/counter/1")->body.find("张建国") == std::string::npos);

  // "New" with a phone already listed does not overwrite that volunteer.
  json other = zhang();
  other["name"] = "赵六";
  other["kind"] = "public";
  CHECK(f.post("/api/counter/1/volunteers/save", other)["problem"] ==
        "这个手机号已登记给另一位志愿者");
  CHECK(roster.fullDetails(id)->name == "张建国");

  // An edit: the same details change nothing; a new team is saved with its event.
  json edit = zhang();
  edit["id"] = id;
  CHECK(f.post("/api/counter/1/volunteers/save", edit)["notice"] == "没有改动");
  edit["team"] = "志愿服务队";
  edit["status"] = "inactive";
  CHECK(f.post("/api/counter/1/volunteers/save", edit)["notice"] == "已保存 张*国");
  CHECK(roster.find(id)->team == "志愿服务队");
  CHECK(roster.find(id)->status == VolunteerStatus::Inactive);
  json event = json::parse(f.lastEventOf("volunteer.updated"));
  CHECK(event["source"] == "console");
  CHECK(event["status"] == "inactive");
  edit["id"] = 999;
  CHECK(f.post("/api/counter/1/volunteers/save", edit)["problem"] == "没有这位志愿者");
}

TEST_CASE("console: the roster needs the counter's login and the page's own header",
          "[volunteers][console]") {
  Fixture f;
  std::int64_t id = test::enrolVolunteer(f.station);
  std::string one = "/api/counter/1/volunteers/" + std::to_string(id);
  CHECK(f.client.Get(one.c_str())->status == 401);
  CHECK(f.client.Get("/api/counter/1/volunteers")->status == 401);
  // Logged in at counter 1 is not logged in at counter 2.
  std::string other = "/api/counter/2/volunteers/" + std::to_string(id);
  CHECK(f.client.Get(other.c_str(), {{"Cookie", f.cookie}})->status == 401);
  // A form on another site cannot send the header: nothing is enrolled.
  auto forged = f.client.Post("/api/counter/1/volunteers/save", {{"Cookie", f.cookie}},
                              zhang().dump(), "application/json");
  CHECK(forged->status == 403);
  auto garbage =
      f.client.Post("/api/counter/1/volunteers/save", {{"Cookie", f.cookie}, {"X-Yizhan", "1"}},
                    "{not json", "application/json");
  CHECK(garbage->status == 200);
  CHECK(json::parse(garbage->body)["problem"] == "请选择类别");
  CHECK(f.station.volunteerRoster().listed().size() == 1);
}

TEST_CASE("console page in Chromium: confirm a flagged shift, enrol a volunteer and edit them",
          "[volunteers][console][browser]") {
  Fixture f;
  std::int64_t wang = test::enrolVolunteer(f.station);
  f.flaggedShift(wang);
  std::filesystem::create_directories(YIZHAN_ARTIFACT_DIR);
  std::string cmd = std::string("timeout 120 node ") + YIZHAN_WEB_TESTS +
                    "/volunteer_console.mjs " + f.console->url() + " 246810 " +
                    YIZHAN_ARTIFACT_DIR + " >" + (f.dir / "out").string() + " 2>" +
                    (f.dir / "err").string();
  int status = std::system(cmd.c_str());
  INFO(test::slurp(f.dir / "err"));
  REQUIRE(WEXITSTATUS(status) == 0);
  auto seen = json::parse(test::slurp(f.dir / "out"));
  CHECK(seen["row"] == "王*明");
  CHECK(seen["confirmed"] == "已确认 王*明 11-24 值班：计8小时");
  CHECK(seen["refused"] == "在职党员需填写工作单位");
  CHECK(seen["enrolled"] == "已登记 张*国");
  CHECK(seen["listed"] == "张*国");
  CHECK(seen["editName"] == "张建国");
  CHECK(seen["saved"] == "已保存 张*国");
  CHECK(f.station.volunteerShifts().creditedMinutesOn(wang, "2026-11-24") == 480);
  auto zhangNow = f.station.volunteerRoster().byPhone("13900001111");
  REQUIRE(zhangNow);
  CHECK(zhangNow->team == "志愿服务队");
  CHECK(zhangNow->employer == "区住建局");
}
