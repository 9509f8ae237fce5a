// The uploader against the district-sim over real loopback HTTP(S): drains in order and
// exactly once while the domain writes; survives each fault switch alone and all of them
// mixed at random; quarantines a rejected event without blocking the rest; learns the
// server's clock; stops after a second 401 until staff act; verifies TLS and the key pin;
// shrinks a batch the server finds too large; uses a proxy only when configured.
#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <cstdlib>
#include <thread>

#include "data/migrations.h"
#include "data/outbox.h"
#include "kiosk/app/version.h"
#include "kiosk/base/local_time.h"
#include "kiosk/sync/district_client.h"
#include "kiosk/sync/http_client.h"
#include "kiosk/sync/uploader.h"
#include "support/district_fixture.h"

using namespace yizhan;
using namespace yizhan::kiosk;
using std::chrono::milliseconds;
using std::chrono::seconds;

namespace {
constexpr milliseconds kDrainPatience{60'000};

kiosk::DistrictClient clientOf(test::DistrictFixture& f, kiosk::HttpClientOptions options = {}) {
  return kiosk::DistrictClient(f.credentials, options,
                               [&f] { return epochSeconds(f.clock.now()); });
}
}  // namespace

TEST_CASE("the worker drains what the domain writes, in order, exactly once", "[sync][uploader]") {
  test::DistrictFixture f;
  f.enroll();
  f.produce(30);  // a backlog from before the worker starts (offline days)
  SyncWorker worker(f.store.db().path(), f.credentials, f.settings(), f.clock);
  worker.start();
  for (int round = 0; round < 5; ++round) {
    f.produce(10);  // and more written while it uploads
    worker.nudge();
  }
  REQUIRE(worker.waitUntilDrained(kDrainPatience));
  worker.stop();
  f.requireDeliveredExactlyOnceInOrder();
  auto status = worker.status();
  CHECK(status.online);
  CHECK(status.backlog == 0);
  CHECK(status.problem == SyncProblem::None);
  CHECK(status.lastSuccessAt);
  CHECK(status.sentThisRun == f.eventCount());
  CHECK(f.eventCount() > 240);  // 80 numbers issued, called and served
  // The first idle moment sent a heartbeat (§4) with the station's state.
  auto beat = f.districtStore.lastHeartbeat(f.stationId());
  REQUIRE(beat);
  auto heartbeat = nlohmann::json::parse(*beat);
  CHECK(heartbeat["app_version"] == YIZHAN_VERSION);
  CHECK(heartbeat["schema_version"] == data::latestSchemaVersion());
  CHECK(heartbeat["backlog"].is_number_integer());
  CHECK(heartbeat["quarantined"] == 0);
  CHECK(heartbeat["devices"].is_array());
}

TEST_CASE("each fault switch alone: everything arrives once and in order", "[sync][faults]") {
  for (auto fault : district::allFaults()) {
    DYNAMIC_SECTION("fault " << district::faultName(fault)) {
      test::DistrictFixture f;
      f.enroll();
      f.server->faults().next(fault, 3);
      f.produce(15);
      SyncWorker worker(f.store.db().path(), f.credentials, f.settings(), f.clock);
      worker.start();
      f.produce(15);
      worker.nudge();
      REQUIRE(worker.waitUntilDrained(kDrainPatience));
      worker.stop();
      f.requireDeliveredExactlyOnceInOrder();
      auto counts = f.server->faults().counts();
      REQUIRE(counts.size() == 1);
      CHECK(counts[0].second == 3);  // the fault was really hit three times
      if (fault == district::Fault::CommitDrop) {
        // The district stored those batches; sent again, they came back as duplicates.
        CHECK(worker.status().duplicatesThisRun > 0);
      }
    }
  }
}

TEST_CASE("refused connections: the station keeps its events and sends them when let in",
          "[sync][faults]") {
  test::DistrictFixture f;
  f.enroll();
  f.server->refuseConnections(true);
  SyncWorker worker(f.store.db().path(), f.credentials, f.settings(), f.clock);
  worker.start();
  f.produce(10);
  worker.nudge();
  std::this_thread::sleep_for(milliseconds(400));
  auto offline = worker.status();
  CHECK_FALSE(offline.online);
  CHECK(offline.problem == SyncProblem::Offline);
  CHECK(offline.backlog == f.eventCount());
  CHECK(offline.oldestUnsentAt == std::optional<std::string>("2026-11-24T09:30:00+08:00"));
  CHECK(f.districtStore.eventCount() == 0);
  f.server->refuseConnections(false);
  REQUIRE(worker.waitUntilDrained(kDrainPatience));
  worker.stop();
  f.requireDeliveredExactlyOnceInOrder();
}

TEST_CASE("all faults mixed at random, with outages, while the domain writes", "[sync][faults]") {
  test::DistrictFixture f;
  f.enroll();
  auto timing = f.server->faults().timing();
  timing.hold = milliseconds(1200);
  f.server->faults().setTiming(timing);
  std::vector<std::pair<district::Fault, double>> mix;
  for (auto fault : district::allFaults()) {
    // Timeouts cost a second each; the others are cheap.
    mix.emplace_back(fault, fault == district::Fault::Timeout ? 0.03 : 0.07);
  }
  f.server->faults().random(mix, 20261129);
  SyncWorker worker(f.store.db().path(), f.credentials, f.settings(), f.clock);
  worker.start();
  std::mt19937 random(5);
  for (int round = 0; round < 12; ++round) {
    f.produce(8);
    worker.nudge();
    if (round % 4 == 1) {
      f.server->refuseConnections(true);
      std::this_thread::sleep_for(milliseconds(100 + random() % 200));
      f.server->refuseConnections(false);
    }
    std::this_thread::sleep_for(milliseconds(random() % 100));
  }
  REQUIRE(worker.waitUntilDrained(kDrainPatience));
  worker.stop();
  f.requireDeliveredExactlyOnceInOrder();
  int injected = 0;
  for (const auto& [fault, count] : f.server->faults().counts()) injected += count;
  CHECK(injected >= 5);
  INFO("faults injected: " << injected);
}

TEST_CASE("a rejected event is quarantined with its reason and does not block the rest",
          "[sync][quarantine]") {
  test::DistrictFixture f;
  f.enroll();
  f.server->faults().rejectSeq(4);
  f.produce(10);
  SyncWorker worker(f.store.db().path(), f.credentials, f.settings(), f.clock);
  worker.start();
  REQUIRE(worker.waitUntilDrained(kDrainPatience));
  CHECK(worker.status().quarantined == 1);
  auto q = data::Outbox(f.store.db()).quarantined(10);
  REQUIRE(q.size() == 1);
  CHECK(q[0].event.seq == 4);
  CHECK(q[0].code == "schema");
  CHECK(q[0].reason == "rejected by the district-sim's switch");
  CHECK(static_cast<std::int64_t>(f.seqsIn("sent").size()) == f.eventCount() - 1);
  CHECK(f.seqsIn("sent").back() == f.eventCount());  // the events after it went on

  // The district fixed its side; staff retry: it arrives, late but once.
  f.server->faults().clearRejects();
  {
    data::Transaction tx(f.store.db());
    REQUIRE(data::Outbox(f.store.db()).requeue(4));
    tx.commit();
  }
  worker.nudge();
  REQUIRE(worker.waitUntilDrained(kDrainPatience));
  worker.stop();
  f.requireDeliveredExactlyOnceInOrder({4});
  CHECK(worker.status().quarantined == 0);
}

TEST_CASE("a station clock far off (power cut reset it) learns the district's from Date",
          "[sync][clock]") {
  test::DistrictFixture f;
  f.enroll();
  f.server->faults().setClockSkew(4 * 3600);  // the district is four hours ahead
  f.produce(5);
  auto client = clientOf(f);
  Uploader uploader(f.store.db(), client, {}, [] { return "2026-11-24T09:31:00+08:00"; });
  auto step = uploader.sendNextBatch();
  CHECK(step.kind == UploadStep::Kind::Delivered);
  CHECK(step.sent == f.eventCount());
  CHECK(client.clockOffset() == 4 * 3600);
  // Two requests reached the events handler's signature check; one was answered.
  CHECK(f.server->requestsTo("/api/v1/events") == 1);
}

TEST_CASE(
    "401 twice: re-authentication fails, the worker stops and tells staff, resumes "
    "after staff fix it",
    "[sync][auth]") {
  test::DistrictFixture f;
  f.enroll();
  auto good = *StationCredentials::load(f.credentials);
  StationCredentials wrong = good;
  wrong.secret = "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=";  // 32 zero bytes
  wrong.save(f.credentials);
  f.produce(5);
  SyncWorker worker(f.store.db().path(), f.credentials, f.settings(), f.clock);
  worker.start();
  for (int i = 0; i < 200 && !worker.status().paused; ++i) {
    std::this_thread::sleep_for(milliseconds(10));
  }
  auto status = worker.status();
  REQUIRE(status.paused);
  CHECK(status.problem == SyncProblem::Unauthorized);
  CHECK(status.backlog == f.eventCount());
  CHECK(f.districtStore.eventCount() == 0);
  // Paused means paused: no more requests while staff have not acted.
  std::this_thread::sleep_for(milliseconds(300));
  CHECK(worker.status().paused);

  good.save(f.credentials);  // staff enrolled again / restored the key file
  worker.resume();
  REQUIRE(worker.waitUntilDrained(kDrainPatience));
  worker.stop();
  CHECK_FALSE(worker.status().paused);
  f.requireDeliveredExactlyOnceInOrder();
}

TEST_CASE("TLS: the district's certificate is verified against the CA file and the pin",
          "[sync][tls]") {
  test::DistrictFixture f(true);
  f.enroll();
  f.produce(3);
  auto deliver = [&](HttpClientOptions options) {
    auto client = clientOf(f, options);
    Uploader uploader(f.store.db(), client, {}, [] { return "2026-11-24T09:31:00+08:00"; });
    return uploader.sendNextBatch();
  };
  HttpClientOptions system;  // the system's CAs do not know a self-signed test certificate
  auto refused = deliver(system);
  CHECK(refused.kind == UploadStep::Kind::Setup);
  CHECK(f.districtStore.eventCount() == 0);

  auto other = test::TestCertificate::makeIn(f.dir.path(), "other");
  HttpClientOptions wrongPin;
  wrongPin.caFile = f.certificate->certificate;
  wrongPin.pinnedPublicKey = other.pin;
  CHECK(deliver(wrongPin).kind == UploadStep::Kind::Setup);
  CHECK(f.districtStore.eventCount() == 0);

  HttpClientOptions pinned = wrongPin;
  pinned.pinnedPublicKey = f.certificate->pin;
  auto ok = deliver(pinned);
  CHECK(ok.kind == UploadStep::Kind::Delivered);
  CHECK(f.districtStore.eventCount() == f.eventCount());
}

TEST_CASE("one connection is reused between requests", "[sync][client]") {
  test::DistrictFixture f(true);
  f.enroll();
  HttpClientOptions options;
  options.caFile = f.certificate->certificate;
  auto client = clientOf(f, options);
  auto first = client.call("POST", "/api/v1/heartbeat", R"({"backlog":0})");
  auto second = client.call("POST", "/api/v1/heartbeat", R"({"backlog":0})");
  CHECK(first.response.status == 204);
  CHECK(second.response.status == 204);
  CHECK(first.response.newConnections == 1);
  CHECK(second.response.newConnections == 0);
}

TEST_CASE("a batch the district finds too large is halved until it fits", "[sync][uploader]") {
  test::DistrictFixture f;
  f.enroll();
  f.produce(400);  // over a thousand events
  auto client = clientOf(f);
  UploadSettings settings;
  settings.batchEvents = 800;  // above the contract's 500
  settings.batchBytes = 4 << 20;
  Uploader uploader(f.store.db(), client, settings, [] { return "2026-11-24T09:31:00+08:00"; });
  CHECK(uploader.sendNextBatch().kind == UploadStep::Kind::Resized);
  CHECK(uploader.batchEvents() == 400);
  auto step = uploader.sendNextBatch();
  CHECK(step.kind == UploadStep::Kind::Delivered);
  CHECK(step.sent == 400);
}

TEST_CASE("a proxy only when configured: the environment's is ignored", "[sync][client]") {
  test::DistrictFixture f;
  f.enroll();
  f.produce(2);
  ::setenv("http_proxy", "http://127.0.0.1:9", 1);  // nothing listens there
  ::setenv("HTTP_PROXY", "http://127.0.0.1:9", 1);
  {
    auto client = clientOf(f);
    Uploader uploader(f.store.db(), client, {}, [] { return "2026-11-24T09:31:00+08:00"; });
    CHECK(uploader.sendNextBatch().kind == UploadStep::Kind::Delivered);
  }
  ::unsetenv("http_proxy");
  ::unsetenv("HTTP_PROXY");
  std::int64_t before = f.eventCount();
  f.produce(1);
  HttpClientOptions viaProxy;
  viaProxy.proxy = "http://127.0.0.1:9";
  viaProxy.connectTimeout = milliseconds(500);
  auto client = clientOf(f, viaProxy);
  Uploader uploader(f.store.db(), client, {}, [] { return "2026-11-24T09:31:00+08:00"; });
  auto step = uploader.sendNextBatch();
  CHECK(step.kind == UploadStep::Kind::Retry);  // it tried the proxy, which is not there
  CHECK(static_cast<std::int64_t>(f.seqsIn("pending").size()) == f.eventCount() - before);
}

TEST_CASE("disk full while marking a batch sent: nothing marked, sent again, held once",
          "[sync][uploader][disk]") {
  test::DistrictFixture f;
  f.enroll();
  f.produce(150);
  std::int64_t events = f.eventCount();
  REQUIRE(events <= 500);
  // The uploader's own connection may not grow the file: the store is as full as the disk.
  data::Database limited = data::Database::open(f.store.db().path());
  {
    auto pages = limited.prepare("PRAGMA page_count");
    pages.step();
    limited.setMaxPageCount(pages.columnInt(0));
  }
  auto client = clientOf(f);
  UploadSettings settings;
  settings.batchEvents = 500;  // all in one batch
  Uploader uploader(limited, client, settings, [] { return "2026-11-24T09:31:00+08:00"; });
  bool full = false;
  try {
    uploader.sendNextBatch();
  } catch (const data::StoreError& e) {
    full = e.kind() == data::StoreError::Kind::Full;
  }
  REQUIRE(full);
  // The district stored the batch; the station marked nothing and lost nothing.
  CHECK(f.districtStore.eventCount() == events);
  CHECK(static_cast<std::int64_t>(f.seqsIn("pending").size()) == events);
  CHECK(limited.integrityCheck() == "ok");

  // Space returns: the same batch goes again, the district answers duplicate, all marked sent.
  limited.setMaxPageCount(1'000'000'000);
  UploadStep step = uploader.sendNextBatch();
  CHECK(step.kind == UploadStep::Kind::Delivered);
  CHECK(step.duplicates == events);
  CHECK(f.seqsIn("pending").empty());
  f.requireDeliveredExactlyOnceInOrder();
}

TEST_CASE("accepted events are deleted after 90 days, returned ones stay, numbers go on",
          "[sync][uploader]") {
  test::DistrictFixture f;
  f.enroll();
  f.server->faults().rejectSeq(2);
  f.produce(5);
  std::int64_t events = f.eventCount();
  auto drainWith = [&f] {
    SyncWorker worker(f.store.db().path(), f.credentials, f.settings(), f.clock);
    worker.start();
    REQUIRE(worker.waitUntilDrained(kDrainPatience));
  };
  drainWith();
  CHECK(f.eventCount() == events);

  f.clock.advance(std::chrono::hours(24 * 89));
  drainWith();
  CHECK(f.eventCount() == events);  // kept: not 90 days yet

  f.clock.advance(std::chrono::hours(24 * 2));
  drainWith();
  CHECK(f.seqsIn("sent").empty());
  CHECK(f.seqsIn("quarantined") == std::vector<std::int64_t>{2});
  CHECK(f.store.db().integrityCheck() == "ok");

  f.produce(1);
  CHECK(f.seqsIn("pending").front() == events + 1);  // never a number used before
}
