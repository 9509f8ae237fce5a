// The district's volunteer roster (docs/district-api.md §6, `volunteer_roster`): sent down with
// a configuration, applied by the station's own sync worker in the configuration's
// transaction. Each volunteer is enrolled once under the district's id, sent again changes
// nothing, a change is an update with its event, "removed" takes one off; a bad entry refuses
// the whole configuration and names the entry and key, never the volunteer's name or number.
#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <fstream>
#include <sstream>

#include "data/outbox.h"
#include "support/sync_ui_fixture.h"
#include "support/volunteer_fixture.h"

using namespace yizhan;
using nlohmann::json;
using namespace std::chrono_literals;

namespace {

json zhangEntry() {
  return {{"external_id", "D-17"},       {"name", "张建国"},
          {"phone", "13900001111"},      {"team", "红色代办服务队"},
          {"kind", "in_service_member"}, {"employer", "区住建局"},
          {"skills", {"代缴水电气费"}},  {"grids", {"grid-1"}}};
}
json liEntry() {
  return {{"external_id", "D-18"},  {"name", "李秀英"},
          {"phone", "13900002222"}, {"id_number", "11010519491231002X"},
          {"team", "志愿服务队"},   {"kind", "retired_member"}};
}
json configWith(const std::string& version, json roster) {
  return {{"version", version}, {"sections", {{"volunteer_roster", std::move(roster)}}}};
}

struct Fixture : test::SyncUiFixture {
  kiosk::SyncWorker* worker = nullptr;

  // Serves `config` and waits until the station has taken it in (or refused it).
  kiosk::SyncStatus send(const json& config) {
    server.setConfig(config.dump());
    if (!worker) {
      kiosk::SyncSettings settings = test::fastSyncSettings();
      settings.configEvery = 1s;
      worker = &kiosk.station().startSync(settings);
    }
    std::string version = config["version"];
    for (int i = 0; i < 400; ++i) {
      kiosk::SyncStatus s = worker->status();
      if (s.configVersion == version || s.configProblem.find(version) != std::string::npos)
        return s;
      std::this_thread::sleep_for(25ms);
    }
    FAIL("the station neither applied nor refused " << version);
    return {};
  }
  std::vector<std::string> eventTypes() {
    std::vector<std::string> out;
    auto stmt = kiosk.station().store().db().prepare(
        "SELECT type FROM outbox WHERE type LIKE 'volunteer.%' ORDER BY seq");
    while (stmt.step()) out.push_back(stmt.columnText(0));
    return out;
  }
  json lastPayload(const char* type) {
    // Stepped to its end: a statement left mid-way would hold its snapshot of the store.
    auto stmt = kiosk.station().store().db().prepare(
        "SELECT payload FROM outbox WHERE type = ?1 ORDER BY seq DESC LIMIT 1");
    stmt.bind(1, type);
    json payload;
    while (stmt.step()) payload = json::parse(stmt.columnText(0));
    return payload;
  }
  std::string storedBytes() {
    std::string all;
    for (const char* suffix : {"", "-wal"}) {
      std::ifstream in(kiosk.station().store().db().path().string() + suffix, std::ios::binary);
      std::stringstream s;
      s << in.rdbuf();
      all += s.str();
    }
    return all;
  }
};

}  // namespace

TEST_CASE("the district's roster enrols its volunteers once, and its changes update them",
          "[volunteers][district]") {
  Fixture f;
  kiosk::VolunteerRoster& roster = f.kiosk.station().volunteerRoster();
  // One the station enrolled itself, whom the district does not list.
  std::int64_t own = test::enrolVolunteer(f.kiosk.station(), "13700003333");

  kiosk::SyncStatus s = f.send(configWith("r-1", {zhangEntry(), liEntry()}));
  INFO(s.configProblem);
  REQUIRE(s.configVersion == "r-1");
  auto zhang = roster.byPhone("13900001111");
  REQUIRE(zhang);
  CHECK(zhang->externalId == std::optional<std::string>("D-17"));
  CHECK(zhang->nameMasked == "张*国");
  CHECK(zhang->employer == "区住建局");
  CHECK(zhang->kind == kiosk::VolunteerKind::InServiceMember);
  CHECK(zhang->skills == std::vector<std::string>{"代缴水电气费"});
  CHECK(zhang->grids == std::vector<std::string>{"grid-1"});
  REQUIRE(roster.fullDetails(zhang->id));
  CHECK(roster.fullDetails(zhang->id)->name == "张建国");
  drivers::Identity card;
  card.number = "11010519491231002X";
  REQUIRE(roster.byCard(card));
  CHECK(roster.byCard(card)->team == "志愿服务队");
  CHECK(f.eventTypes() ==
        std::vector<std::string>{"volunteer.enrolled", "volunteer.enrolled", "volunteer.enrolled"});

  // The same roster again under a new version: nothing changes, nothing is sent.
  REQUIRE(f.send(configWith("r-2", {zhangEntry(), liEntry()})).configVersion == "r-2");
  CHECK(f.eventTypes().size() == 3);

  // 张 moves team and 李 is taken off; the station's own volunteer is not touched.
  json moved = zhangEntry();
  moved["team"] = "志愿服务队";
  json gone = liEntry();
  gone["status"] = "removed";
  REQUIRE(f.send(configWith("r-3", {moved, gone})).configVersion == "r-3");
  CHECK(roster.byPhone("13900001111")->team == "志愿服务队");
  CHECK(roster.byPhone("13900002222")->status == kiosk::VolunteerStatus::Removed);
  REQUIRE(roster.find(own));
  CHECK(roster.find(own)->status == kiosk::VolunteerStatus::Active);
  CHECK(roster.listed().size() == 2);  // the removed one is no longer listed
  auto types = f.eventTypes();
  REQUIRE(types.size() == 5);
  CHECK(types[3] == "volunteer.updated");
  CHECK(types[4] == "volunteer.updated");
  json payload = f.lastPayload("volunteer.updated");
  CHECK(payload["external_id"] == "D-18");
  CHECK(payload["status"] == "removed");
  CHECK(payload["source"] == "district");
  CHECK(payload["name_masked"] == "李*英");

  // The station's own volunteer, registered at the district too: found by phone, they take
  // the district's id rather than being enrolled a second time.
  json same = liEntry();
  same["external_id"] = "D-19";
  same["phone"] = "13700003333";
  same.erase("id_number");
  same["name"] = "王小明";
  REQUIRE(f.send(configWith("r-4", {moved, gone, same})).configVersion == "r-4");
  CHECK(roster.find(own)->externalId == std::optional<std::string>("D-19"));
  CHECK(roster.listed().size() == 2);

  // Sealed at rest like every other volunteer.
  std::string bytes = f.storedBytes();
  CHECK(bytes.find("张建国") == std::string::npos);
  CHECK(bytes.find("13900001111") == std::string::npos);
  CHECK(bytes.find("11010519491231002X") == std::string::npos);
}

TEST_CASE("a bad roster entry refuses the whole configuration, naming the entry, not the person",
          "[volunteers][district]") {
  Fixture f;
  test::enrolVolunteer(f.kiosk.station(), "13700003333");
  REQUIRE(f.send(configWith("ok-1", {zhangEntry()})).configVersion == "ok-1");
  kiosk::VolunteerRoster& roster = f.kiosk.station().volunteerRoster();
  size_t events = f.eventTypes().size();

  // Each bad case is 李's entry with one key set to a bad value (null: the key left out).
  struct Bad {
    const char* what;
    const char* key;
    json value;
    const char* named;
  };
  int n = 0;
  for (const Bad& bad :
       {Bad{"no employer", "kind", "in_service_member", "employer"},
        Bad{"another's phone", "phone", "13900001111", "another volunteer"},
        Bad{"unknown key", "address", "3号楼", "\"address\""},
        Bad{"bad kind", "kind", "在职", "\"kind\""},
        Bad{"bad phone", "phone", "1390000", "\"phone\""},
        Bad{"no external id", "external_id", nullptr, "\"external_id\""},
        Bad{"bad status", "status", "gone", "\"status\""},
        Bad{"skills not a list", "skills", "代取药品", "\"skills\""},
        Bad{"grids not a list", "grids", "grid-1", "\"grids\""},
        Bad{"a grid id holding a comma", "grids", json::array({"grid-1,grid-2"}), "\"grids\""},
        Bad{"bad ID number", "id_number", "110105194912310021", "\"id_number\""}}) {
    SECTION(bad.what) {
      // The good entry first: it too must not stay when the second is refused.
      json moved = zhangEntry();
      moved["team"] = "环境整治队";
      std::string version = "bad-" + std::to_string(++n);
      json entry = liEntry();
      if (bad.value.is_null()) {
        entry.erase(bad.key);
      } else {
        entry[bad.key] = bad.value;
      }
      kiosk::SyncStatus s = f.send(configWith(version, {moved, entry}));
      CHECK(s.configVersion == "ok-1");
      CHECK_THAT(s.configProblem, Catch::Contains("volunteer_roster #2"));
      CHECK_THAT(s.configProblem, Catch::Contains(bad.named));
      for (const char* secret : {"李秀英", "13900001111", "13900002222", "1390000"})
        CHECK_THAT(s.configProblem, !Catch::Contains(secret));
      CHECK(roster.byPhone("13900001111")->team == "红色代办服务队");
      CHECK_FALSE(roster.byPhone("13900002222"));
      CHECK(f.eventTypes().size() == events);
    }
  }
  SECTION("one volunteer listed twice") {
    kiosk::SyncStatus s = f.send(configWith("bad-twice", {zhangEntry(), zhangEntry()}));
    CHECK_THAT(s.configProblem, Catch::Contains("volunteer_roster #2 (D-17): listed twice"));
  }
  SECTION("not a list") {
    kiosk::SyncStatus s = f.send(configWith("bad-list", {{"D-17", zhangEntry()}}));
    CHECK_THAT(s.configProblem, Catch::Contains("volunteer_roster: expected a list"));
  }
}
