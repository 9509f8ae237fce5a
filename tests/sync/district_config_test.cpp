// Configuration down (docs/district-api.md §6): a district configuration is applied whole or
// not at all. Services, counters, the calendar and announcements replace the station's own;
// appointments booked elsewhere are booked once under their id, and the holder's number is
// never stored. A bad configuration, whatever is wrong with it, changes nothing.
#include <httplib.h>
#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <fstream>
#include <iterator>

#include "data/appointment_repository.h"
#include "data/outbox.h"
#include "data/store.h"
#include "data/sync_state_repository.h"
#include "kiosk/display/display_feed.h"
#include "kiosk/district/district_config_applier.h"
#include "kiosk/district/station_settings.h"
#include "kiosk/queue/take_number_flow.h"
#include "kiosk/sync/sync_panel_flow.h"
#include "support/sync_ui_fixture.h"
#include "support/temp_dir.h"
#include "support/times.h"

using namespace yizhan;
using namespace yizhan::kiosk;
using nlohmann::json;
using std::chrono::milliseconds;

namespace {

const char* kPhone = "13812345678";
const char* kIdNumber = "11010519491231002X";

json serviceJson(const std::string& id, const std::string& name, const std::string& prefix,
                 std::vector<int> counters, int slotMinutes) {
  return {{"id", id},
          {"name", name},
          {"prefix", prefix},
          {"counters", counters},
          {"hours", {"08:30-12:00", "13:30-17:30"}},
          {"appointment_slot_minutes", slotMinutes},
          {"appointment_capacity", 1}};
}

// The district's configuration v1: a fifth counter and a housing desk, its own calendar for
// 2026, one notice current and one past, and two bookings made on its own channels.
json goodConfig(const std::string& version = "2026-11-20.3") {
  return {
      {"version", version},
      {"sections",
       {{"services",
         {serviceJson("social-security", "社保医保", "A", {1, 2}, 30),
          serviceJson("housing", "住房保障", "H", {4}, 30)}},
        {"counters",
         {{{"number", 1}, {"name", "1号窗口"}},
          {{"number", 2}, {"name", "2号窗口"}},
          {{"number", 4}, {"name", "4号窗口"}}}},
        {"calendar",
         {{"2026", {{{"date", "2026-12-01"}, {"name", "设备检修"}, {"is_off_day", true}}}}}},
        {"announcements",
         {{{"id", "n-88"},
           {"text", "本周五下午停电检修"},
           {"from", "2026-11-24"},
           {"until", "2026-11-28"}},
          {{"id", "n-1"}, {"text", "上月通知"}, {"from", "2026-10-01"}, {"until", "2026-10-02"}}}},
        {"appointments",
         {{{"appointment_id", "d-appt-1"},
           {"service", "housing"},
           {"day", "2026-11-25"},
           {"slot", "09:00-09:30"},
           {"holder_kind", "phone"},
           {"holder", kPhone}},
          {{"appointment_id", "d-appt-2"},
           {"service", "social-security"},
           {"day", "2026-12-15"},
           {"slot", "14:00-14:30"},
           {"holder_kind", "id_card"},
           {"holder", kIdNumber}}}},
        {"a_later_section", {{"later", "a section this station does not know yet"}}}}}};
}

struct ApplyFixture {
  test::TempDir dir;
  ManualClock clock{test::tuesdayMorning()};
  data::Store store = data::Store::open(dir.path(), "20261124-093000");
  PersonalKey key = PersonalKey::loadOrCreate(dir / "keys" / "personal.key");
  DistrictConfigApplier applier{defaultCatalog(), key, clock};

  // As the sync worker does: one transaction, committed only when applied.
  std::optional<std::string> apply(const json& config) {
    data::Database& db = store.db();
    data::Transaction tx(db);
    auto refused = applier.apply(db, config.dump());
    if (!refused) {
      data::SyncStateRepository(db).set(data::kConfigVersionKey,
                                        config["version"].get<std::string>());
      tx.commit();
    }
    return refused;
  }
  void applyOk(const json& config) {
    auto refused = apply(config);
    INFO(refused.value_or(""));
    REQUIRE_FALSE(refused);
  }
  StationSettings settings() { return loadStationSettings(store.db(), defaultCatalog()); }
  std::int64_t count(const char* table) {
    auto stmt = store.db().prepare(std::string("SELECT count(*) FROM ") + table);
    stmt.step();
    return stmt.columnInt(0);
  }
  std::map<std::string, std::string> storedSections() {
    return data::SyncStateRepository(store.db()).withPrefix(data::kSectionKeyPrefix);
  }
  // Every byte the store holds on disk, its write-ahead log included.
  std::string storeBytes() {
    std::string all;
    for (const char* suffix : {"", "-wal"}) {
      std::ifstream in(store.db().path().string() + suffix, std::ios::binary);
      all.append(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
    }
    return all;
  }
};

std::vector<std::string> serviceIds(const ServiceCatalog& c) {
  std::vector<std::string> ids;
  for (const auto& s : c.services) ids.push_back(s.id);
  return ids;
}

}  // namespace

TEST_CASE("a district configuration replaces services, counters, calendar and announcements",
          "[sync][config]") {
  ApplyFixture f;
  f.applyOk(goodConfig());
  StationSettings s = f.settings();
  CHECK(s.version == "2026-11-20.3");
  CHECK(serviceIds(s.catalog) == std::vector<std::string>{"social-security", "housing"});
  REQUIRE(s.catalog.service("housing"));
  CHECK(s.catalog.service("housing")->prefix == 'H');
  CHECK(s.catalog.counters.size() == 3);
  REQUIRE(s.catalog.counter(4));
  CHECK(s.catalog.counter(4)->name == "4号窗口");
  // The station's [queue] settings stay its own.
  CHECK(s.catalog.settings == defaultCatalog().settings);
  // 2026 is the district's now: its day off counts, the built-in National Day is gone;
  // 2025 is still the built-in schedule.
  CHECK_FALSE(s.calendar.isWorkingDay("2026-12-01"));
  CHECK(s.calendar.isWorkingDay("2026-10-01"));
  CHECK_FALSE(WorkCalendar::builtIn().isWorkingDay("2026-10-01"));
  CHECK_FALSE(s.calendar.isWorkingDay("2025-10-01"));
  REQUIRE(s.announcements.size() == 2);
  CHECK(s.announcements[0].text == "本周五下午停电检修");
  // The unknown section is ignored, not kept.
  CHECK_FALSE(f.storedSections().count("a_later_section"));
}

TEST_CASE("appointments booked elsewhere are booked once, with only a hash of the holder",
          "[sync][config]") {
  ApplyFixture f;
  f.applyOk(goodConfig());
  data::AppointmentRepository appointments(f.store.db());
  auto one = appointments.findByUuid("d-appt-1");
  REQUIRE(one);
  CHECK(one->service == "housing");
  CHECK(one->day == "2026-11-25");
  CHECK(one->slotStart == 9 * 60);
  CHECK(one->source == "district");
  CHECK(one->holderKind == "phone");
  CHECK(one->holderMasked == "138****5678");
  CHECK(one->holderHash == f.key.hashPhone(kPhone));
  auto two = appointments.findByUuid("d-appt-2");
  REQUIRE(two);
  CHECK(two->holderMasked == "110***********002X");
  CHECK(f.count("appointment") == 2);

  // Sent again in the next version: the same two bookings, no more.
  f.applyOk(goodConfig("2026-11-21.1"));
  CHECK(f.count("appointment") == 2);
  CHECK(f.settings().version == "2026-11-21.1");

  // Neither number is anywhere in the store's files: not in a table, the outbox or the log.
  std::string bytes = f.storeBytes();
  REQUIRE_FALSE(bytes.empty());
  CHECK(bytes.find(kPhone) == std::string::npos);
  CHECK(bytes.find(kIdNumber) == std::string::npos);
}

TEST_CASE("a section left out keeps what the station has", "[sync][config]") {
  ApplyFixture f;
  f.applyOk(goodConfig());
  json notice = {
      {"id", "n-90"}, {"text", "新通知"}, {"from", "2026-11-24"}, {"until", "2026-11-30"}};
  json next = {{"version", "v2"}, {"sections", {{"announcements", json::array({notice})}}}};
  f.applyOk(next);
  StationSettings s = f.settings();
  CHECK(serviceIds(s.catalog) == std::vector<std::string>{"social-security", "housing"});
  REQUIRE(s.announcements.size() == 1);
  CHECK(s.announcements[0].text == "新通知");
}

TEST_CASE("a bad configuration is refused whole and the old one stays", "[sync][config]") {
  struct Bad {
    const char* what;
    std::function<void(json&)> spoil;
    const char* reason;  // part of the logged reason
  };
  const std::vector<Bad> cases = {
      {"two services share a prefix", [](json& c) { c["sections"]["services"][1]["prefix"] = "A"; },
       "prefix \"A\""},
      {"a service at a counter that does not exist",
       [](json& c) { c["sections"]["services"][1]["counters"] = {9}; }, "counter 9"},
      {"opening hours that are not a span",
       [](json& c) { c["sections"]["services"][1]["hours"] = {"17:00-08:00"}; }, "hours"},
      {"a key the station does not know",
       [](json& c) { c["sections"]["services"][1]["colour"] = "red"; }, "unknown key"},
      {"a count given as text",
       [](json& c) { c["sections"]["services"][1]["appointment_capacity"] = "2"; },
       "appointment_capacity"},
      {"a calendar day that is not a date",
       [](json& c) { c["sections"]["calendar"]["2026"][0]["date"] = "2026-02-30"; }, "not a date"},
      {"a notice that ends before it begins",
       [](json& c) { c["sections"]["announcements"][0]["until"] = "2026-11-01"; },
       "from not after"},
      {"a booking for a service the station does not offer",
       [](json& c) { c["sections"]["appointments"][1]["service"] = "nope"; }, "no such service"},
      {"a booking whose phone number is not one",
       [](json& c) { c["sections"]["appointments"][1]["holder"] = "12345"; }, "holder"},
      {"a booking on the district's own day off",
       [](json& c) { c["sections"]["appointments"][1]["day"] = "2026-12-01"; }, "closed"},
      {"two bookings for one place: the first is undone too",
       [](json& c) {
         json extra = c["sections"]["appointments"][0];
         extra["appointment_id"] = "d-appt-6";
         extra["holder"] = "13900001111";
         c["sections"]["appointments"].push_back(extra);
       },
       "slot is full"},
      {"no sections at all", [](json& c) { c.erase("sections"); }, "sections"},
  };
  for (const Bad& bad : cases) {
    DYNAMIC_SECTION(bad.what) {
      ApplyFixture f;
      f.applyOk(goodConfig());
      auto sectionsBefore = f.storedSections();
      std::int64_t appointmentsBefore = f.count("appointment");
      std::int64_t eventsBefore = f.count("outbox");

      json config = goodConfig("v-bad");
      // New bookings in the bad one, so that a partial apply would show.
      config["sections"]["appointments"][0]["appointment_id"] = "d-appt-4";
      config["sections"]["appointments"][0]["slot"] = "10:00-10:30";
      config["sections"]["appointments"][0]["holder"] = "13700001111";
      config["sections"]["appointments"][1]["holder"] = "110101195001010033";
      config["sections"]["appointments"][1]["appointment_id"] = "d-appt-5";
      config["sections"]["appointments"][1]["slot"] = "15:00-15:30";
      config["sections"]["announcements"][0]["text"] = "不该出现的通知";
      bad.spoil(config);
      auto refused = f.apply(config);
      REQUIRE(refused);
      CHECK_THAT(*refused, Catch::Contains(bad.reason));

      CHECK(f.storedSections() == sectionsBefore);
      CHECK(f.count("appointment") == appointmentsBefore);
      CHECK(f.count("outbox") == eventsBefore);
      StationSettings s = f.settings();
      CHECK(s.version == "2026-11-20.3");
      CHECK(s.announcements[0].text == "本周五下午停电检修");
    }
  }
  SECTION("not JSON") {
    ApplyFixture f;
    data::Transaction tx(f.store.db());
    CHECK(f.applier.apply(f.store.db(), "{not json") ==
          std::optional<std::string>("not a JSON object"));
  }
}

TEST_CASE("a transaction inside another is a savepoint", "[sync][config]") {
  ApplyFixture f;
  data::Database& db = f.store.db();
  {
    data::Transaction outer(db);
    data::SyncStateRepository(db).set("a", "1");
    {
      data::Transaction inner(db);
      data::SyncStateRepository(db).set("b", "2");
      inner.commit();  // kept for the outer one
    }
    {
      data::Transaction inner(db);
      data::SyncStateRepository(db).set("c", "3");
    }  // not committed: only this one is undone
    outer.commit();
  }
  data::SyncStateRepository state(db);
  CHECK(state.get("a") == std::optional<std::string>("1"));
  CHECK(state.get("b") == std::optional<std::string>("2"));
  CHECK_FALSE(state.get("c"));
  {
    data::Transaction outer(db);
    data::SyncStateRepository(db).set("d", "4");
    data::Transaction inner(db);
    inner.commit();
  }  // the outer one not committed: everything in it goes
  CHECK_FALSE(state.get("d"));
}

namespace {
const std::pair<int, int> kSizes[] = {{1920, 1080}, {1280, 800}};

// Polls the worker's published status until `done` (the worker asks on its own thread).
template <typename Done>
bool waitFor(SyncWorker& worker, Done done) {
  for (int i = 0; i < 400; ++i) {
    if (done(worker.status())) return true;
    std::this_thread::sleep_for(milliseconds(25));
  }
  return false;
}

bool offered(const Snapshot& snap, const std::string& name) {
  for (const auto& s : snap.part<yizhan::kiosk::TakeNumberPart>().services) {
    if (s.name == name) return true;
  }
  return false;
}
}  // namespace

TEST_CASE("the kiosk takes a district configuration into use, and keeps it after a bad one",
          "[sync][config][ui]") {
  for (auto [width, height] : kSizes) {
    DYNAMIC_SECTION(width << "x" << height) {
      test::SyncUiFixture f(width, height);
      f.server.setConfig(goodConfig().dump());
      SyncSettings settings = test::fastSyncSettings();
      settings.configEvery = std::chrono::seconds(1);
      SyncWorker& worker = f.kiosk.station().startSync(settings);
      REQUIRE(
          waitFor(worker, [](const SyncStatus& s) { return s.configVersion == "2026-11-20.3"; }));

      // The home screen shows today's notice, not last month's (it looks every 10 s).
      f.kiosk.advance(std::chrono::seconds(11));
      CHECK(f.kiosk.snapshot().announcements == std::vector<std::string>{"本周五下午停电检修"});
      f.artifact("home-announcement-" + std::to_string(width) + "x" + std::to_string(height) +
                 ".png");
      // The new desk is offered and gives numbers with its own letter.
      f.kiosk.tap("取号排队");
      REQUIRE(f.kiosk.screen() == screens::TakeNumber);
      CHECK(offered(f.kiosk.snapshot(), "住房保障"));
      CHECK_FALSE(offered(f.kiosk.snapshot(), "水电燃气"));  // gone from the district's list
      auto issued = f.kiosk.station().queue().issue("housing", false);
      REQUIRE(issued.issued);
      CHECK(issued.issued->ticket.code == "H001");
      f.kiosk.tap("返回");
      // The counter console, on its own thread and connection, offers the new window too.
      if (width == 1920) {
        CounterConsole* console = f.kiosk.station().startConsole(0);
        httplib::Client client(console->url().substr(0, console->url().size() - 1));
        auto page = client.Get("/");
        REQUIRE(page);
        CHECK_THAT(page->body, Catch::Contains("4号窗口"));
      }

      // The same configuration is not fetched again: the station sends its ETag, gets 304.
      REQUIRE(
          waitFor(worker, [&](const SyncStatus&) { return f.server.notModifiedAnswers() >= 2; }));

      // A bad one (two services with the letter A) is refused whole; staff see why.
      json bad = goodConfig("2026-11-22.1");
      bad["sections"]["services"][1]["prefix"] = "A";
      bad["sections"]["announcements"][0]["text"] = "不该出现的通知";
      f.server.setConfig(bad.dump());
      REQUIRE(waitFor(worker, [](const SyncStatus& s) { return !s.configProblem.empty(); }));
      CHECK_THAT(worker.status().configProblem, Catch::Contains("2026-11-22.1"));
      CHECK_THAT(worker.status().configProblem, Catch::Contains("prefix"));
      CHECK(worker.status().configVersion == "2026-11-20.3");
      f.staffLogin();
      f.refresh();
      CHECK(f.kiosk.snapshot().announcements == std::vector<std::string>{"本周五下午停电检修"});
      CHECK(f.kiosk.station().queue().catalog().service("housing")->prefix == 'H');
      f.tapStaffEntry("数据上报");
      REQUIRE(f.kiosk.screen() == screens::Sync);
      CHECK(f.kiosk.snapshot().sync.configVersion == "2026-11-20.3");
      CHECK_FALSE(f.kiosk.snapshot().sync.configProblem.empty());
      f.artifact("sync-config-refused-" + std::to_string(width) + "x" + std::to_string(height) +
                 ".png");
      // And the refused one is not asked for again and again: 304 on its own ETag.
      int before = f.server.notModifiedAnswers();
      REQUIRE(waitFor(worker,
                      [&](const SyncStatus&) { return f.server.notModifiedAnswers() > before; }));
      CHECK(worker.status().configVersion == "2026-11-20.3");
    }
  }
}

TEST_CASE("after a restart the station comes up with the district's settings, before the network",
          "[sync][config]") {
  test::TempDir dir;
  {
    ManualClock clock{test::tuesdayMorning()};
    data::Store store = data::Store::open(dir.path(), "20261124-093000");
    PersonalKey key = PersonalKey::loadOrCreate(dir / "keys" / "personal.key");
    DistrictConfigApplier applier(defaultCatalog(), key, clock);
    data::Transaction tx(store.db());
    REQUIRE(applier.apply(store.db(), goodConfig().dump()) == std::nullopt);
    data::SyncStateRepository(store.db()).set(data::kConfigVersionKey, "2026-11-20.3");
    tx.commit();
  }
  ui::HeadlessKiosk kiosk(
      ui::HeadlessOptions{Config{}, dir.path(), test::tuesdayMorning(), 1280, 800});
  CHECK(kiosk.station().queue().catalog().service("housing"));
  CHECK(kiosk.snapshot().announcements == std::vector<std::string>{"本周五下午停电检修"});
  // The appointment booked by the district can be checked in for on its day at the kiosk.
  CHECK(kiosk.station().appointments().ofDay("2026-11-25").size() == 1);
}

TEST_CASE("the display follows the district's services and counters", "[sync][config]") {
  ApplyFixture f;
  DisplayFeed feed(f.store.db().path(), defaultCatalog(), f.clock);
  DisplayState before;
  feed.fill(before);
  CHECK(before.counters.size() == 3);

  f.applyOk(goodConfig());
  DisplayState after;
  feed.fill(after);
  REQUIRE(after.counters.size() == 3);
  CHECK(after.counters.at(2).name == "4号窗口");
  REQUIRE(after.waiting.size() == 2);
  CHECK(after.waiting.at(1).serviceName == "住房保障");
}
