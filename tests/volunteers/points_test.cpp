// 双积分 (issue 15, requirement 6): points from credited hours by the rule of the day, a rule
// change that applies from its date and never rewrites history, the monthly cap, an
// append-only ledger naming its rule, flagged shifts earning only once confirmed, and the
// month's hours, points and rank (and the top ten by team, masked).
#include <catch2/catch.hpp>

#include <nlohmann/json.hpp>

#include "data/outbox.h"
#include "kiosk/app/config.h"
#include "kiosk/base/local_time.h"
#include "support/station_fixture.h"
#include "support/volunteer_fixture.h"

using namespace yizhan;
using namespace yizhan::kiosk;
using namespace std::chrono_literals;

namespace {
// A station whose points follow `toml` ([[volunteer_points]] entries).
struct PointsFixture {
  test::TempDir dir;
  ManualClock clock{test::tuesdayMorning()};
  drivers::CapturingSoundOutput sound;
  Station station;
  explicit PointsFixture(const std::string& toml = "")
      : station(parseConfig(toml, "test.toml"), dir.path(), clock, sound) {}

  // A shift of `minutes` on `day` from 09:00, signed out.
  void serve(std::int64_t volunteer, const std::string& day, int minutes) {
    clock.set(*parseLocalDateTime(day + "T09:00:00"));
    station.volunteerShifts().signIn(volunteer, "duty");
    clock.advance(std::chrono::minutes(minutes));
    station.volunteerShifts().signOut(volunteer);
  }
};
}  // namespace

TEST_CASE("credited hours earn points by the rule, into a ledger that names it",
          "[volunteers][points]") {
  PointsFixture f;  // the default: 1 point an hour, no cap
  auto wang = test::enrolVolunteer(f.station);
  f.serve(wang, "2026-11-24", 157);
  auto ledger = f.station.volunteerPoints().ledger(wang, "2026-11");
  REQUIRE(ledger.size() == 1);
  CHECK(ledger[0].tenths == 26);  // 2 h 37 min = 2.6 points, rounded down
  CHECK(ledger[0].reason == "shift");
  CHECK(ledger[0].ruleFrom == "2000-01-01");
  CHECK(pointsText(26) == "2.6");
  auto standing = f.station.volunteerPoints().standing(wang, "2026-11");
  CHECK(standing.minutes == 157);
  CHECK(standing.tenths == 26);
  CHECK(standing.rank == 1);
  CHECK(standing.ranked == 1);

  int events = 0;
  for (auto& e : data::Outbox(f.station.store().db()).pending(1000)) {
    if (e.type != "volunteer.points_awarded") continue;
    ++events;
    auto p = nlohmann::json::parse(e.payload);
    CHECK(p["tenths"] == 26);
    CHECK(p["rule_from"] == "2000-01-01");
  }
  CHECK(events == 1);
}

TEST_CASE("a new rule applies from its date and never rewrites points already awarded",
          "[volunteers][points]") {
  PointsFixture f(R"(
[[volunteer_points]]
from = "2026-01-01"
per_hour = 1
[[volunteer_points]]
from = "2026-11-25"
per_hour = 2.5
)");
  auto wang = test::enrolVolunteer(f.station);
  f.serve(wang, "2026-11-24", 120);
  f.serve(wang, "2026-11-25", 120);
  auto ledger = f.station.volunteerPoints().ledger(wang, "2026-11");
  REQUIRE(ledger.size() == 2);
  CHECK(ledger[0].tenths == 20);
  CHECK(ledger[0].ruleFrom == "2026-01-01");
  CHECK(ledger[1].tenths == 50);
  CHECK(ledger[1].ruleFrom == "2026-11-25");
  // The ledger cannot be edited or emptied, not even by SQL.
  CHECK_THROWS_AS(f.station.store().db().exec("UPDATE volunteer_points SET tenths = 99"),
                  data::StoreError);
  CHECK_THROWS_AS(f.station.store().db().exec("DELETE FROM volunteer_points"), data::StoreError);
  CHECK(f.station.volunteerPoints().ledger(wang, "2026-11")[0].tenths == 20);
}

TEST_CASE("the monthly cap stops points, not hours", "[volunteers][points]") {
  PointsFixture f(R"(
[[volunteer_points]]
from = "2026-01-01"
per_hour = 1
monthly_cap = 3
)");
  auto wang = test::enrolVolunteer(f.station);
  f.serve(wang, "2026-11-23", 120);
  f.serve(wang, "2026-11-24", 120);
  f.serve(wang, "2026-11-25", 120);
  auto ledger = f.station.volunteerPoints().ledger(wang, "2026-11");
  REQUIRE(ledger.size() == 3);
  CHECK(ledger[0].tenths == 20);
  CHECK(ledger[1].tenths == 10);
  CHECK(ledger[1].wantedTenths == 20);
  CHECK(ledger[2].tenths == 0);
  auto standing = f.station.volunteerPoints().standing(wang, "2026-11");
  CHECK(standing.minutes == 360);
  CHECK(standing.tenths == 30);
  // A new month starts afresh.
  f.serve(wang, "2026-12-01", 60);
  CHECK(f.station.volunteerPoints().standing(wang, "2026-12").tenths == 10);
}

TEST_CASE("a flagged shift earns nothing until staff confirm it", "[volunteers][points]") {
  PointsFixture f;
  auto wang = test::enrolVolunteer(f.station);
  f.clock.set(*parseLocalDateTime("2026-11-24T14:00:00"));
  f.station.volunteerShifts().signIn(wang, "duty");
  f.clock.set(*parseLocalDateTime("2026-11-24T18:00:00"));
  f.station.volunteerShifts().closeForgotten();
  CHECK(f.station.volunteerPoints().ledger(wang, "2026-11").empty());
  CHECK(f.station.volunteerPoints().standing(wang, "2026-11").minutes == 0);
  f.station.volunteerShifts().confirm(f.station.volunteerShifts().awaitingReview().at(0).id,
                                      "staff");
  CHECK(f.station.volunteerPoints().standing(wang, "2026-11").minutes == 210);
  CHECK(f.station.volunteerPoints().ledger(wang, "2026-11").at(0).tenths == 35);
}

TEST_CASE("a closed request earns its bonus once", "[volunteers][points]") {
  PointsFixture f;
  auto wang = test::enrolVolunteer(f.station);
  CHECK(f.station.volunteerPoints().creditRequest(wang, "req-1", "2026-11-24"));
  CHECK_FALSE(f.station.volunteerPoints().creditRequest(wang, "req-1", "2026-11-24"));
  auto ledger = f.station.volunteerPoints().ledger(wang, "2026-11");
  REQUIRE(ledger.size() == 1);
  CHECK(ledger[0].reason == "request");
  CHECK(ledger[0].tenths == 20);
}

TEST_CASE("ranks by the month's hours, and the top ten of a team with masked names",
          "[volunteers][points]") {
  PointsFixture f;
  auto wang = test::enrolVolunteer(f.station);
  auto li = test::enrolVolunteer(f.station, "13900001111");
  auto details = test::wangXiaoming();
  details.name = "赵小六";
  details.team = "志愿服务队";
  auto zhao = test::enrolVolunteer(f.station, "13700002222", details);
  f.serve(wang, "2026-11-23", 60);
  f.serve(li, "2026-11-23", 180);
  f.serve(zhao, "2026-11-24", 120);
  auto& points = f.station.volunteerPoints();
  CHECK(points.standing(li, "2026-11").rank == 1);
  CHECK(points.standing(zhao, "2026-11").rank == 2);
  CHECK(points.standing(wang, "2026-11").rank == 3);
  CHECK(points.standing(wang, "2026-11").ranked == 3);
  auto top = points.topTen("2026-11");
  REQUIRE(top.size() == 3);
  CHECK(top[0].volunteerId == li);
  CHECK(top[1].nameMasked == "赵*六");
  auto team = points.topTen("2026-11", std::string("红色代办服务队"));
  REQUIRE(team.size() == 2);
  CHECK(team[0].volunteerId == li);
  CHECK(team[1].nameMasked == "王*明");
  // Nobody with hours next month yet: no ranks.
  CHECK(points.standing(wang, "2026-12").rank == 0);
}

TEST_CASE("the points rules in the config are checked and named in mistakes",
          "[volunteers][points][config]") {
  auto rules = parseConfig(R"(
[[volunteer_points]]
from = "2026-11-25"
per_hour = 2
[[volunteer_points]]
from = "2026-01-01"
per_hour = 1.5
per_request = 3
monthly_cap = 40
)",
                           "t.toml")
                   .volunteerPoints;
  REQUIRE(rules.rules.size() == 2);
  CHECK(rules.rules[0].from == "2026-01-01");  // in date order
  CHECK(rules.rules[0].perHourTenths == 15);
  CHECK(rules.rules[0].monthlyCapTenths == 400);
  CHECK(rules.inForce("2026-11-24")->perHourTenths == 15);
  CHECK(rules.inForce("2026-11-25")->perHourTenths == 20);
  CHECK_FALSE(rules.inForce("2025-12-31"));
  CHECK_THROWS_WITH(parseConfig("[[volunteer_points]]\nfrom = \"2026-13-01\"\n", "t.toml"),
                    Catch::Contains("YYYY-MM-DD"));
  CHECK_THROWS_WITH(parseConfig("[[volunteer_points]]\nper_hour = 1\n", "t.toml"),
                    Catch::Contains("from is required"));
  CHECK_THROWS_WITH(
      parseConfig("[[volunteer_points]]\nfrom = \"2026-01-01\"\nper_hour = 1.25\n", "t.toml"),
      Catch::Contains("at most one decimal"));
  CHECK_THROWS_WITH(
      parseConfig("[[volunteer_points]]\nfrom = \"2026-01-01\"\nbonus = 1\n", "t.toml"),
      Catch::Contains("unknown key"));
  CHECK_THROWS_WITH(parseConfig("[[volunteer_points]]\nfrom = \"2026-01-01\"\n"
                                "[[volunteer_points]]\nfrom = \"2026-01-01\"\n",
                                "t.toml"),
                    Catch::Contains("two rules from 2026-01-01"));
  // What show-config prints reads back the same.
  Config config;
  config.volunteerPoints = rules;
  CHECK(parseConfig(renderConfig(config), "render").volunteerPoints == rules);
}
