// Appeals up and the departments' replies down, through the district-sim (issue 17,
// requirements 2 and 6): the station uploads the forwarding; the sim, acting as the department,
// queues its replies; the station fetches them (docs/district-api.md §9), moves the appeal as
// the department, keeps what it cannot apply, and sends every resulting step back up. A reply
// sent again changes nothing; the cursor survives in the store.
#include <sodium.h>
#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <thread>

#include "data/sync_state_repository.h"
#include "kiosk/sync/station_credentials.h"
#include "support/appeal_fixture.h"
#include "support/district_fixture.h"
#include "tools/district_sim/district_server.h"

using namespace yizhan;
using namespace yizhan::kiosk;
using S = RequestState;

namespace {
struct AppealSyncFixture : test::AppealFixture {
  district::DistrictStore districtStore{dir / "district.sqlite"};
  district::DistrictServer server{districtStore, R"({"version":"d-1","sections":{}})",
                                  [this] { return epochSeconds(clock.now()); }};
  int port = server.start("127.0.0.1", 0);
  AppealSyncFixture() {
    REQUIRE(sodium_init() >= 0);
    districtStore.addEnrollmentToken("T-1");
    enrollStation("http://127.0.0.1:" + std::to_string(port) + "/", "T-1", "红帆驿站")
        .save(StationCredentials::fileIn(dir.path()));
  }
  SyncWorker& startSync() {
    SyncSettings s = test::fastSyncSettings();
    s.configEvery = std::chrono::seconds(1);  // the replies are asked for as often
    return station.startSync(s);
  }
  // Waits (real time: the worker's pace) until `done` holds, or 10 s.
  template <class Done>
  bool eventually(Done done) {
    for (int i = 0; i < 500; ++i) {
      if (done()) return true;
      std::this_thread::sleep_for(std::chrono::milliseconds(20));
    }
    return done();
  }
  // The district's copy of what the station sent, as (type, action) pairs.
  bool districtHas(const std::string& type, const std::string& action = "") {
    for (const auto& e : districtStore.events("st-1", 100000)) {
      if (e.type != type) continue;
      if (action.empty() || nlohmann::json::parse(e.payload).value("action", "") == action)
        return true;
    }
    return false;
  }
};
}  // namespace

TEST_CASE("a department's replies come down, move the appeal, and its steps go back up",
          "[requests][appeals][sync]") {
  AppealSyncFixture f;
  RequestView a = f.zhangAppeals();
  REQUIRE(f.forward(a.id));
  f.startSync();
  REQUIRE(f.eventually([&] { return f.districtHas("request.transitioned", "forward"); }));

  f.server.departmentReply("st-1", a.uuid, "城管", "received", "");
  std::string done = f.server.departmentReply("st-1", a.uuid, "城管", "done", "楼道杂物已清理");
  REQUIRE(f.eventually([&] { return f.desk.find(a.id)->state == S::Resolved; }));
  auto history = f.desk.history(a.id);
  CHECK(history.back().action == "department_done");
  CHECK(history.back().note == "楼道杂物已清理");
  CHECK(history.back().role == "department");
  // What the department did is at the district as the station's own record, at once.
  REQUIRE(f.eventually([&] { return f.districtHas("request.transitioned", "department_done"); }));
  CHECK(f.districtHas("request.transitioned", "department_received"));

  // The same reply again, and one for an appeal this station never had.
  f.server.departmentReply("st-1", a.uuid, "城管", "done", "楼道杂物已清理", done);
  f.server.departmentReply("st-1", "no-such-appeal", "城管", "done", "已处理");
  REQUIRE(f.eventually([&] { return f.replies.keptCount() == 1; }));
  CHECK(f.replies.kept()[0].outcome == ReplyOutcome::UnknownAppeal);
  CHECK(f.desk.history(a.id).size() == history.size());
  REQUIRE(f.eventually([&] { return f.districtHas("appeal.reply_kept"); }));
  // The cursor is kept with the replies: the last the district queued.
  auto queued = f.districtStore.repliesAfter("st-1", 0, 100);
  REQUIRE(queued.size() == 3);  // the one sent again is the same reply
  CHECK(data::SyncStateRepository(f.station.store().db()).get(data::kRepliesCursorKey) ==
        std::optional<std::string>(std::to_string(queued.back().seq)));
}

TEST_CASE("replies lost on the way are asked for again, none twice", "[requests][appeals][sync]") {
  AppealSyncFixture f;
  RequestView a = f.zhangAppeals();
  REQUIRE(f.forward(a.id));
  f.server.departmentReply("st-1", a.uuid, "城管", "received", "");
  f.server.departmentReply("st-1", a.uuid, "城管", "in_progress", "已派人");
  // The first answers are cut mid-body: nothing is taken, nothing half-taken.
  f.server.faults().next(district::Fault::Reset, 3);
  f.startSync();
  REQUIRE(f.eventually([&] { return f.desk.find(a.id)->state == S::InProgress; }));
  auto history = f.desk.history(a.id);
  REQUIRE(history.size() == 4);  // accept, forward, received, progress: each once
  CHECK(history[2].action == "department_received");
  CHECK(history[3].action == "department_progress");
}
