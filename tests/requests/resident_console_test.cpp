// The residents' roster in the counter console, over real HTTP and in Chromium: a unit's
// residents by building → unit → name, a card-only resident's record completed so their
// request can be dispatched, a new resident listed and a request filed for them by staff;
// bad input refused with words, nothing half-written.
#include <httplib.h>

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include "data/audit_log.h"
#include "drivers/idcard/sim/fixture_cards.h"
#include "kiosk/residents/personal_key.h"
#include "support/file_bytes.h"
#include "support/request_console_fixture.h"

using namespace yizhan;
using namespace yizhan::kiosk;
using nlohmann::json;

namespace {
struct Fixture : test::RequestConsoleFixture {
  // 王秀英's card at the kiosk: a request from someone the station has never seen.
  RequestView fromCard() {
    SubmitAsk ask;
    ask.card = drivers::sim::elderlyResident();
    ask.errandId = "utilities";
    ask.answers = {"水费", "下午"};
    return *station.requests().submit(ask).request;
  }
  std::vector<std::string> auditActions() {
    std::vector<std::string> out;
    for (const auto& e : data::AuditLog(station.store().db()).recent(100)) out.push_back(e.action);
    return out;
  }
};

// 王秀英's ID number as screens and lists show it.
const std::string kCardMasked = maskIdNumber(drivers::sim::elderlyResident().number);

bool has(const std::vector<std::string>& list, const std::string& item) {
  return std::find(list.begin(), list.end(), item) != list.end();
}
}  // namespace

TEST_CASE("console residents: a unit's names in full, audited, for staff to pick from",
          "[requests][console][residents]") {
  Fixture f;
  json picker = f.get("/api/counter/1/residents");
  REQUIRE(picker["buildings"].size() == 12);
  CHECK(picker["buildings"][2] == json({{"building", "3号楼"}, {"grid_name", "第一网格"}}));
  CHECK(picker["errands"][0]["id"] == "utilities");
  CHECK(picker["errands"][0]["questions"][0]["choices"].size() == 3);

  json unit = f.get("/api/counter/1/residents?building=" + std::string("3%E5%8F%B7%E6%A5%BC") +
                    "&unit=2%E5%8D%95%E5%85%83");
  REQUIRE(unit["residents"].size() == 1);
  json zhang = unit["residents"][0];
  CHECK(zhang["name"] == "张桂兰");
  CHECK(zhang["id_masked"] == "110***********0022");
  CHECK(zhang["lives_alone"] == true);
  CHECK(zhang["elderly"] == true);
  CHECK(zhang["has_phone"] == true);
  CHECK(has(f.auditActions(), "resident.unit_listed"));
  // Another unit of the same building: nobody.
  CHECK(f.get("/api/counter/1/residents?building=3%E5%8F%B7%E6%A5%BC&unit=1%E5%8D%95%E5%85%83")
            ["residents"]
                .empty());

  // One resident in full, with their open requests.
  json one = f.get("/api/counter/1/resident/" + std::to_string(f.zhang));
  CHECK(one["name"] == "张桂兰");
  CHECK(one["phone"] == "13911112222");
  CHECK(one["building"] == "3号楼");
  CHECK(one["room"] == "301");
  CHECK(one["open"].empty());

  // What is not a building or unit, or nobody, is refused with words.
  CHECK(f.get("/api/counter/1/residents?building=99%E5%8F%B7%E6%A5%BC&unit=1", 400)["problem"] ==
        "没有这栋楼");
  CHECK(f.get("/api/counter/1/residents?building=3%E5%8F%B7%E6%A5%BC&unit=", 400)["problem"] ==
        "请写单元，如“2单元”");
  CHECK(f.get("/api/counter/1/resident/999", 404)["problem"] == "没有这位居民");
  // Without a login, nothing.
  auto anonymous = f.client.Get("/api/counter/1/residents?building=3%E5%8F%B7%E6%A5%BC&unit=2");
  REQUIRE(anonymous);
  CHECK(anonymous->status == 401);
}

TEST_CASE("console residents: a card-only resident completed, and their request can be sent",
          "[requests][console][residents]") {
  Fixture f;
  RequestView r = f.fromCard();
  CHECK(r.grid.empty());
  json detail = f.get("/api/counter/1/request/" + std::to_string(r.id));
  REQUIRE(detail["resident_id"].is_number_integer());
  std::int64_t resident = detail["resident_id"];
  json sent = f.post("/api/counter/1/request/" + std::to_string(r.id) + "/act",
                     {{"action", "dispatch"}, {"volunteer_id", f.wang}});
  CHECK(sent["problem"] == "还没有居民的联系电话（上门服务还要住址），请先在居民名册中补登记");

  json before = f.get("/api/counter/1/resident/" + std::to_string(resident));
  CHECK(before["name"] == "王秀英");
  CHECK(before["phone"] == "");
  CHECK(before["open"].size() == 1);

  // Half an address is refused and nothing is kept.
  json half = f.post("/api/counter/1/residents/save", {{"id", resident},
                                                       {"name", "王秀英"},
                                                       {"phone", "13900005555"},
                                                       {"building", "5号楼"},
                                                       {"unit", "1单元"}});
  CHECK(half["ok"] == false);
  CHECK(half["problem"] == "住址要有楼栋、单元和门牌号");
  CHECK_FALSE(f.station.requests().residents().find(resident)->hasPhone);

  json saved = f.post("/api/counter/1/residents/save", {{"id", resident},
                                                        {"name", "王秀英"},
                                                        {"phone", "13900005555"},
                                                        {"building", "5号楼"},
                                                        {"unit", "1单元"},
                                                        {"room", "202"},
                                                        {"lives_alone", true}});
  INFO(saved.dump());
  CHECK(saved["ok"] == true);
  CHECK(saved["notice"] == "已保存 王*英 " + kCardMasked);
  // The open request follows: its grid (for the lists and the grid's volunteers) and priority.
  CHECK(f.station.requests().find(r.id)->grid == "grid-1");
  CHECK(f.station.requests().find(r.id)->priority);
  CHECK(has(f.auditActions(), "resident.updated"));
  json again = f.post("/api/counter/1/request/" + std::to_string(r.id) + "/act",
                      {{"action", "dispatch"}, {"volunteer_id", f.wang}});
  CHECK(again["ok"] == true);
  // The ID number on record stays: the card's, not retyped.
  CHECK(f.station.requests().residents().find(resident)->idMasked == kCardMasked);
}

TEST_CASE("console residents: a new resident listed, a request filed for them, bad input refused",
          "[requests][console][residents]") {
  Fixture f;
  json li{{"name", "李桂芳"}, {"phone", "13900006666"}, {"building", "2号楼"},
          {"unit", "1单元"},  {"room", "101"},          {"lives_alone", false}};
  json listed = f.post("/api/counter/1/residents/save", li);
  CHECK(listed["ok"] == true);
  CHECK(listed["notice"] == "已登记 李*芳 139****6666");
  std::int64_t id = listed["resident"]["id"];
  // The same again as new is someone already listed: staff open them instead.
  CHECK(f.post("/api/counter/1/residents/save", li)["problem"] == "这个手机号已登记给另一位居民");
  json same = li;
  same["id"] = id;
  CHECK(f.post("/api/counter/1/residents/save", same)["notice"] == "没有改动 李*芳 139****6666");

  std::string file = "/api/counter/1/resident/" + std::to_string(id) + "/request";
  json filed = f.post(file, {{"errand", "utilities"}, {"answers", {"电费", "上午"}}});
  INFO(filed.dump());
  CHECK(filed["ok"] == true);
  CHECK(filed["notice"] == "已登记代办单 20261124-001 代缴水电气费，应办结日 2026-11-27");
  auto made = f.station.requests().find(filed["request"]["id"]);
  REQUIRE(made);
  CHECK(made->source == "console");
  CHECK(made->grid == "grid-1");
  // Twice is the one request, said so.
  json twice = f.post(file, {{"errand", "utilities"}, {"answers", {"电费", "上午"}}});
  CHECK(twice["ok"] == false);
  CHECK(twice["problem"] == "这位居民已有一张同样的代办单还没办结：20261124-001");

  // Bad input: each refused with words, nothing written.
  CHECK(f.post(file, {{"errand", "utilities"}, {"answers", {"煤气", "上午"}}})["problem"] ==
        submitProblemText(SubmitProblem::AnswersInvalid));
  CHECK(f.post(file, {{"errand", "utilities"}, {"answers", {1, 2}}}, 400)["problem"] ==
        submitProblemText(SubmitProblem::AnswersInvalid));
  CHECK(f.post(file, {{"errand", "moon-trip"}})["problem"] ==
        submitProblemText(SubmitProblem::ErrandUnknown));
  CHECK(f.post("/api/counter/1/resident/999/request",
               {{"errand", "utilities"}, {"answers", {"电费", "上午"}}})["problem"] ==
        submitProblemText(SubmitProblem::ResidentUnknown));
  auto with = [&](const char* key, json value) {
    json d = li;
    d["phone"] = "13900007777";
    d[key] = value;
    return f.post("/api/counter/1/residents/save", d)["problem"];
  };
  CHECK(with("building", "99号楼") == "这栋楼不在任何网格里，请先在网格设置中加上");
  CHECK(with("phone", "1390000") == "手机号不是11位手机号码");
  CHECK(with("phone", "13911112222") == "这个手机号已登记给另一位居民");
  CHECK(with("name", "") == "没有姓名");
  CHECK(with("id_number", "110105194003150021") == "身份证号不正确");
  CHECK(with("id_number", "110105194003150022") == "这个身份证号已登记给另一位居民");
  auto notJson = f.client.Post("/api/counter/1/residents/save",
                               {{"Cookie", f.cookie}, {"X-Yizhan", "1"}}, "[", "application/json");
  REQUIRE(notJson);
  CHECK(notJson->status == 400);
  // Not from the console's own page: refused before anything is read.
  auto forged = f.client.Post("/api/counter/1/residents/save", {{"Cookie", f.cookie}}, li.dump(),
                              "application/json");
  REQUIRE(forged);
  CHECK(forged->status == 403);
  CHECK(f.station.requests().residents().identifyByPhone("13900007777").problem ==
        ResidentProblem::PhoneUnknown);
}

TEST_CASE(
    "residents page in Chromium: a card-only resident completed from the request, "
    "a new one listed and a request filed",
    "[requests][console][residents][browser]") {
  Fixture f;
  RequestView r = f.fromCard();
  std::filesystem::create_directories(YIZHAN_ARTIFACT_DIR);
  std::string cmd = std::string("timeout 120 node ") + YIZHAN_WEB_TESTS +
                    "/residents_console.mjs " + f.console->url() + " 246810 " +
                    YIZHAN_ARTIFACT_DIR + " >" + (f.dir.path() / "out").string() + " 2>" +
                    (f.dir.path() / "err").string();
  int status = std::system(cmd.c_str());
  INFO(test::fileBytes(f.dir.path() / "err"));
  REQUIRE(WEXITSTATUS(status) == 0);
  auto seen = json::parse(test::fileBytes(f.dir.path() / "out"));
  CHECK(seen["refused"] == "还没有居民的联系电话（上门服务还要住址），请先在居民名册中补登记");
  CHECK(seen["opened"] == "居民：王*英 " + kCardMasked);
  CHECK(seen["idPlaceholder"] == kCardMasked);
  CHECK(seen["halfAddress"] == "住址要有楼栋、单元和门牌号");
  CHECK(seen["saved"] == "已保存 王*英 " + kCardMasked);
  CHECK(seen["dispatched"] == "派单：" + r.number + " 已派单");
  CHECK(seen["unitRow"] == json::array({"王秀英", kCardMasked, "78", "70岁以上独居", "齐全"}));
  CHECK(seen["listed"] == "已登记 李*芳 139****6666");
  CHECK(seen["filed"] == "已登记代办单 20261124-002 代取药品，应办结日 2026-11-27");
  CHECK(seen["openList"].size() == 1);
  CHECK(seen["linkedTitle"] == "20261124-002 代取药品");
  // What the pages did is in the store.
  CHECK(f.station.requests().find(r.id)->state == RequestState::Dispatched);
  auto li = f.station.requests().residents().identifyByPhone("13900006666");
  REQUIRE(li.resident);
  auto open = f.station.requests().openOf(li.resident->id);
  REQUIRE(open.size() == 1);
  CHECK(open[0].errandId == "medicine");
  CHECK(open[0].source == "console");
}
