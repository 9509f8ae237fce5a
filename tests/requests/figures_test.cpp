// The figures the district asks for (issue 17, requirement 5), counted from the lifecycle's
// events: a week of the echo wall's station (done, withdrawn, passed out, sent back, anonymous)
// by station, kind, grid and category; the periods; and the CSV `yizhan admin export` writes.
#include <catch2/catch.hpp>

#include <fstream>
#include <nlohmann/json.hpp>

#include "data/outbox.h"

#include "kiosk/app/admin.h"
#include "kiosk/base/local_time.h"
#include "kiosk/figures/figures_csv.h"
#include "kiosk/figures/figures_schedule.h"
#include "kiosk/figures/request_figures.h"
#include "support/echo_wall_seed.h"
#include "support/file_bytes.h"
#include "support/station_fixture.h"

using namespace yizhan;
using namespace yizhan::kiosk;

namespace {
struct Fixture : test::StationFixture {
  test::EchoWallSeed seed = test::seedEchoWall(station, clock);
  Fixture() {
    // 王小明 served an hour and a half this morning.
    station.volunteerShifts().signIn(seed.wang, "on_behalf");
    clock.advance(std::chrono::minutes(90));
    station.volunteerShifts().signOut(seed.wang);
  }
  FiguresReport week() {
    return computeFigures(station.store().db(), WorkCalendar::builtIn(),
                          periodOf(FigurePeriod::Week, "2026-11-24"), defaultGrids(), "红帆驿站");
  }
};
}  // namespace

TEST_CASE("a day, its week from Monday, its month", "[requests][figures]") {
  CHECK(periodOf(FigurePeriod::Day, "2026-11-24") == DayRange{"2026-11-24", "2026-11-24"});
  CHECK(periodOf(FigurePeriod::Week, "2026-11-24") == DayRange{"2026-11-23", "2026-11-29"});
  CHECK(periodOf(FigurePeriod::Week, "2026-11-29") == DayRange{"2026-11-23", "2026-11-29"});
  CHECK(periodOf(FigurePeriod::Week, "2026-11-30") == DayRange{"2026-11-30", "2026-12-06"});
  CHECK(periodOf(FigurePeriod::Month, "2026-11-24") == DayRange{"2026-11-01", "2026-11-30"});
  CHECK(periodOf(FigurePeriod::Month, "2026-12-31") == DayRange{"2026-12-01", "2026-12-31"});
  CHECK(periodOf(FigurePeriod::Month, "2028-02-10") == DayRange{"2028-02-01", "2028-02-29"});
  CHECK(periodFromId("week") == FigurePeriod::Week);
  CHECK_FALSE(periodFromId("year"));
}

TEST_CASE("a week's figures: collected, done, on time, days, satisfaction, sent back, not done",
          "[requests][figures]") {
  Fixture f;
  FiguresReport week = f.week();
  const FigureRow* all = week.find("station", "", "all");
  REQUIRE(all);
  // Six collected this week (the one done eight days ago is last week's); three done and not
  // sent back: the electricity bill, the stairwell, the car park.
  CHECK(all->figures.collected == 6);
  CHECK(all->figures.resolved == 3);
  CHECK(all->figures.resolutionRate() == Approx(0.5));
  CHECK(all->figures.onTimeRate() == Approx(1.0));
  CHECK(all->figures.averageWorkingDays() == Approx(1.0 / 3));
  CHECK(all->figures.satisfactionRate() == Approx(2.0 / 3));
  CHECK(all->figures.reopened == 1);
  CHECK(all->figures.closedNotDone == 2);  // withdrawn, passed out
  const FigureRow* errands = week.find("station", "", "errand");
  REQUIRE(errands);
  CHECK(errands->figures.collected == 2);
  CHECK(errands->figures.resolved == 1);
  CHECK(errands->figures.closedNotDone == 1);
  const FigureRow* appeals = week.find("station", "", "appeal");
  REQUIRE(appeals);
  CHECK(appeals->figures.collected == 4);
  CHECK(appeals->figures.resolved == 2);
  CHECK(appeals->figures.reopened == 1);
  // By grid: hers is 第一网格; the car park, raised by nobody, is in no grid.
  const FigureRow* grid = week.find("grid", "grid-1", "all");
  REQUIRE(grid);
  CHECK(grid->name == "第一网格");
  CHECK(grid->figures.collected == 5);
  CHECK(week.find("grid", "grid-2", "all")->figures.collected == 0);
  // By category.
  const FigureRow* sanitation = week.find("category", "sanitation", "appeal");
  REQUIRE(sanitation);
  CHECK(sanitation->name == "环境卫生");
  CHECK(sanitation->figures.resolved == 1);
  CHECK(week.find("category", "utilities", "errand")->figures.collected == 1);
  CHECK(week.volunteerMinutes == 90);
  CHECK(week.peopleServed == 1);
  CHECK(week.anonymousServed == 1);

  // The month holds last week's too; a day holds what happened on it.
  FiguresReport month =
      computeFigures(f.station.store().db(), WorkCalendar::builtIn(),
                     periodOf(FigurePeriod::Month, "2026-11-24"), defaultGrids(), "红帆驿站");
  CHECK(month.find("station", "", "all")->figures.collected == 7);
  CHECK(month.find("station", "", "all")->figures.resolved == 4);
  FiguresReport monday =
      computeFigures(f.station.store().db(), WorkCalendar::builtIn(),
                     periodOf(FigurePeriod::Day, "2026-11-23"), defaultGrids(), "红帆驿站");
  CHECK(monday.find("station", "", "all")->figures.collected == 1);
  CHECK(monday.find("station", "", "all")->figures.resolved == 0);
  CHECK(*monday.find("station", "", "all")->figures.resolutionRate() == Approx(0.0));
}

TEST_CASE("the figures as CSV, and yizhan admin export writing them", "[requests][figures]") {
  Fixture f;
  FiguresReport week = f.week();
  std::string csv = figuresCsv(week);
  CHECK(csv.rfind("\xEF\xBB\xBF统计期,2026-11-23至2026-11-29\r\n", 0) == 0);
  CHECK(csv.find("驿站,,红帆驿站,合计,6,3,50.0,100.0,0.3,66.7,1,2\r\n") != std::string::npos);
  CHECK(csv.find("网格,grid-2,第二网格,合计,0,0,,,,,0,0\r\n") != std::string::npos);
  CHECK(csv.find("志愿服务时长(小时),1.5\r\n") != std::string::npos);
  CHECK(csv.find("服务居民(人),1\r\n") != std::string::npos);
  // A name a spreadsheet would take for a formula, or one with a comma, stays text.
  std::vector<Grid> grids = defaultGrids();
  grids[0].name = "=HYPERLINK(\"x\")";
  grids[1].name = "第二,网格";
  std::string odd = figuresCsv(computeFigures(f.station.store().db(), WorkCalendar::builtIn(),
                                              week.days, grids, "红帆驿站"));
  CHECK(odd.find(",\"'=HYPERLINK(\"\"x\"\")\",") != std::string::npos);
  CHECK(odd.find(",\"第二,网格\",") != std::string::npos);

  AdminRun run;
  run.command = "export";
  run.period = "week";
  run.day = "2026-11-24";
  run.outFile = f.dir.path() / "figures.csv";
  Config config;
  config.station.name = "红帆驿站";
  CHECK(runAdmin(run, config, f.dir.path()) == 0);
  CHECK(test::fileBytes(*run.outFile) == csv);
  // Taken out, they went up: the counts of every row, nobody named.
  std::vector<data::OutboxEvent> reported;
  for (auto& e : data::Outbox(f.station.store().db()).pending(10000))
    if (e.type == "requests.figures") reported.push_back(e);
  REQUIRE(reported.size() == 1);
  auto payload = nlohmann::json::parse(reported[0].payload);
  CHECK(payload["period"] == "week");
  CHECK(payload["from"] == "2026-11-23");
  CHECK(payload["to"] == "2026-11-29");
  CHECK(payload["rows"].size() == week.rows.size());
  CHECK(payload["rows"][0] == nlohmann::json{{"scope", "station"},
                                             {"key", ""},
                                             {"kind", "all"},
                                             {"collected", 6},
                                             {"resolved", 3},
                                             {"resolved_on_time", 3},
                                             {"collected_resolved", 3},
                                             {"working_days_total", 1},
                                             {"satisfied", 2},
                                             {"unsatisfied", 1},
                                             {"reopened", 1},
                                             {"closed_not_done", 2}});
  CHECK(payload["volunteer_minutes"] == 90);
  CHECK(reported[0].payload.find("张") == std::string::npos);
  // Not a day: said so, nothing written.
  run.day = "2026-02-30";
  run.outFile = f.dir.path() / "bad.csv";
  CHECK(runAdmin(run, config, f.dir.path()) == 2);
  CHECK_FALSE(std::filesystem::exists(*run.outFile));
}

TEST_CASE("the ended days, weeks and months go up by themselves, each once",
          "[requests][figures]") {
  Fixture f;
  data::Database& db = f.station.store().db();
  auto reported = [&] {
    std::vector<nlohmann::json> out;
    for (auto& e : data::Outbox(db).pending(10000))
      if (e.type == "requests.figures") out.push_back(nlohmann::json::parse(e.payload));
    return out;
  };
  auto at = [](const char* when) { return *parseLocalDateTime(when); };
  auto report = [&](const char* when) {
    return reportEndedPeriods(db, WorkCalendar::builtIn(), defaultGrids(), "红帆驿站", at(when));
  };
  // First started on Tuesday the 24th: nothing before it is sent, nor today's (not over yet).
  CHECK(report("2026-11-24T10:00:00") == 0);
  CHECK(reported().empty());
  // Wednesday: Tuesday's day.
  CHECK(report("2026-11-25T00:05:00") == 1);
  CHECK(report("2026-11-25T18:00:00") == 0);  // once
  auto sent = reported();
  REQUIRE(sent.size() == 1);
  CHECK(sent[0]["period"] == "day");
  CHECK(sent[0]["from"] == "2026-11-24");
  FiguresReport tuesday =
      computeFigures(db, WorkCalendar::builtIn(), periodOf(FigurePeriod::Day, "2026-11-24"),
                     defaultGrids(), "红帆驿站");
  CHECK(sent[0]["rows"][0]["collected"] == tuesday.rows[0].figures.collected);
  CHECK(sent[0]["rows"][0]["resolved"] == tuesday.rows[0].figures.resolved);
  // Switched off until Tuesday the 1st: the days from the 25th to the 30th, the week that
  // ended on Sunday the 29th, and November.
  CHECK(report("2026-12-01T08:00:00") == 6 + 1 + 1);
  sent = reported();
  REQUIRE(sent.size() == 9);
  int weeks = 0, months = 0;
  for (const auto& s : sent) {
    if (s["period"] == "week") {
      ++weeks;
      CHECK(s["from"] == "2026-11-23");
      CHECK(s["to"] == "2026-11-29");
      CHECK(s["rows"][0]["collected"] == 6);
    }
    if (s["period"] == "month") {
      ++months;
      CHECK(s["from"] == "2026-11-01");
      CHECK(s["to"] == "2026-11-30");
      CHECK(s["rows"][0]["collected"] == 7);
    }
  }
  CHECK(weeks == 1);
  CHECK(months == 1);
  // A clock set back sends nothing again.
  CHECK(report("2026-11-28T08:00:00") == 0);
  // After months off, only the last 31 days are caught up (7 February to 9 March 2027), with
  // the five weeks and the month (February) that ended in them.
  CHECK(report("2027-03-10T08:00:00") == 31 + 5 + 1);
}
