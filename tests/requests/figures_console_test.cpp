// The figures in the counter console (issue 17, requirement 5): the week's rows with their
// rates as JSON, the CSV to download, 报送区平台 sending the requests.figures event; bad periods
// and days refused with words; and the page in Chromium.
#include <httplib.h>

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include "data/outbox.h"
#include "kiosk/figures/figures_csv.h"
#include "support/request_console_fixture.h"
#include "support/web_test_run.h"

using namespace yizhan;
using namespace yizhan::kiosk;
using nlohmann::json;

namespace {
struct Fixture : test::RequestConsoleFixture {
  Fixture() {
    // 张桂兰's electricity bill, still open; an anonymous car park, settled and closed.
    SubmitAsk ask;
    ask.residentId = zhang;
    ask.errandId = "utilities";
    ask.answers = {"电费", "上午"};
    REQUIRE(station.requests().submit(ask).request);
    AppealAsk appeal;
    appeal.anonymous = true;
    appeal.categoryId = "parking";
    appeal.spot = "停车场";
    std::int64_t id = station.appeals().submit(appeal).appeal->id;
    ActAsk step;
    step.actor = RequestActor::staff("console-1");
    step.action = RequestAction::Start;
    REQUIRE(station.requests().act(id, step));
    step.action = RequestAction::Resolve;
    step.note = "已挪车";
    REQUIRE(station.requests().act(id, step));
  }
  int reported() {
    int n = 0;
    for (auto& e : data::Outbox(station.store().db()).pending(10000))
      n += e.type == "requests.figures";
    return n;
  }
};
}  // namespace

TEST_CASE("console: the week's figures, as JSON and CSV, sent to the district on a click",
          "[requests][figures][console]") {
  Fixture f;
  json week = f.get("/api/counter/1/figures?period=week&day=2026-11-24");
  CHECK(week["from"] == "2026-11-23");
  CHECK(week["to"] == "2026-11-29");
  CHECK(week["period"] == "week");
  json station = week["rows"][0];
  CHECK(station["scope"] == "station");
  CHECK(station["kind"] == "all");
  CHECK(station["collected"] == 2);
  CHECK(station["resolved"] == 1);
  CHECK(station["resolution_rate"] == 0.5);
  CHECK(station["satisfaction_rate"].is_null());  // nobody called back yet
  CHECK(week["anonymous_served"] == 1);
  CHECK(week["people_served"] == 1);
  // Without a period: this week.
  CHECK(f.get("/api/counter/1/figures")["from"] == "2026-11-23");
  // Bad periods and days: refused with words.
  for (const char* bad : {"?period=year", "?day=2026-13-01", "?day=abc", "?day=2026-11-2"}) {
    INFO(bad);
    CHECK(f.get(std::string("/api/counter/1/figures") + bad, 400)["problem"] ==
          "统计期不正确：请选日、周或月，日期如 2026-11-24");
  }

  auto csv =
      f.client.Get("/api/counter/1/figures.csv?period=week&day=2026-11-24", {{"Cookie", f.cookie}});
  REQUIRE(csv);
  CHECK(csv->status == 200);
  CHECK(csv->get_header_value("Content-Type") == "text/csv; charset=utf-8");
  CHECK(csv->get_header_value("Content-Disposition") ==
        "attachment; filename=\"figures-2026-11-23-2026-11-29.csv\"");
  CHECK(csv->body == figuresCsv(computeFigures(f.station.store().db(), WorkCalendar::builtIn(),
                                               {"2026-11-23", "2026-11-29"}, defaultGrids(),
                                               f.station.config().station.name)));

  json sent = f.post("/api/counter/1/figures/report", {{"period", "month"}, {"day", "2026-11-24"}});
  CHECK(sent["notice"] == "已报送区平台：2026-11-01 至 2026-11-30 的统计");
  CHECK(f.reported() == 1);
  // Another site's form cannot send them; a bad period sends nothing.
  auto forged = f.client.Post("/api/counter/1/figures/report", {{"Cookie", f.cookie}},
                              R"({"period":"week"})", "application/json");
  REQUIRE(forged);
  CHECK(forged->status == 403);
  f.post("/api/counter/1/figures/report", {{"period", "decade"}}, 400);
  CHECK(f.reported() == 1);
}

TEST_CASE("figures page in Chromium: the week's table, the CSV link, sent to the district",
          "[requests][figures][console][browser]") {
  Fixture f;
  json seen = test::runWebTest("figures_console.mjs",
                               f.console->url() + " 246810 " + YIZHAN_ARTIFACT_DIR, f.dir.path());
  INFO(seen.dump());
  CHECK(seen["range"] == "2026-11-23 至 2026-11-29");
  CHECK(seen["station"][1] == "合计");
  CHECK(seen["station"][2] == "2");
  CHECK(seen["station"][3] == "1");
  CHECK(seen["station"][4] == "50.0%");
  CHECK(seen["station"][7] == "—");
  CHECK(seen["totals"] == "志愿服务 0.0 小时 · 服务居民 1 人 · 不留姓名的反映 1 件");
  CHECK(seen["csv"] == "/api/counter/1/figures.csv?period=week");
  CHECK(seen["reported"].get<std::string>().rfind("已报送区平台：2026-11-23 至 2026-11-29", 0) ==
        0);
  CHECK(f.reported() == 1);
}
