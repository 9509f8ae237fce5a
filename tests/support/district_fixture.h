#pragma once
// A station (its store and queue) enrolled at a district-sim running in the same process on
// loopback, over HTTP or TLS, both on one test clock; and the checks of the sync guarantees.
#include <sodium.h>
#include <catch2/catch.hpp>

#include <memory>
#include <optional>
#include <set>

#include "data/outbox.h"
#include "data/store.h"
#include "kiosk/queue/queue_service.h"
#include "kiosk/sync/station_credentials.h"
#include "kiosk/sync/sync_worker.h"
#include "support/temp_dir.h"
#include "support/test_certificate.h"
#include "support/times.h"
#include "tools/district_sim/district_server.h"

namespace yizhan::test {

// Quick retries and a short patience, so faults cost tests little time.
inline kiosk::SyncSettings fastSyncSettings() {
  kiosk::SyncSettings s;
  s.http.connectTimeout = std::chrono::milliseconds(1000);
  s.http.totalTimeout = std::chrono::milliseconds(1000);
  s.backoffBase = std::chrono::milliseconds(5);
  s.backoffCap = std::chrono::milliseconds(100);
  s.idlePoll = std::chrono::milliseconds(20);
  s.heartbeatEvery = std::chrono::seconds(3600);
  s.configEvery = std::chrono::seconds(3600);
  return s;
}

struct DistrictFixture {
  TempDir dir;
  kiosk::ManualClock clock{tuesdayMorning()};
  std::optional<TestCertificate> certificate;
  district::DistrictStore districtStore{dir / "district.sqlite"};
  std::unique_ptr<district::DistrictServer> server;
  int port = 0;
  std::filesystem::path stationDir = dir / "station";
  data::Store store = data::Store::open(stationDir, "20261124-093000");
  // Caps high enough for the largest test's traffic.
  kiosk::QueueService queue{store.db(),
                            [] {
                              kiosk::ServiceCatalog c = kiosk::defaultCatalog();
                              for (auto& s : c.services) s.dailyCap = 9999;
                              return c;
                            }(),
                            clock};
  std::filesystem::path credentials = kiosk::StationCredentials::fileIn(stationDir);

  explicit DistrictFixture(bool tls = false,
                           std::string config = R"({"version":"d-1","sections":{}})") {
    REQUIRE(sodium_init() >= 0);
    if (tls) certificate = TestCertificate::makeIn(dir.path(), "district");
    std::optional<district::TlsFiles> files;
    if (certificate) {
      files = district::TlsFiles{certificate->certificate, certificate->privateKey};
    }
    server = std::make_unique<district::DistrictServer>(
        districtStore, std::move(config), [this] { return kiosk::epochSeconds(clock.now()); },
        files);
    port = server->start("127.0.0.1", 0);
    district::FaultSwitch::Timing timing;
    timing.delay = std::chrono::milliseconds(150);
    timing.hold = std::chrono::milliseconds(1500);
    timing.retryAfterSeconds = 1;
    server->faults().setTiming(timing);
  }

  std::string url() const {
    return std::string(certificate ? "https" : "http") + "://127.0.0.1:" + std::to_string(port) +
           "/";
  }

  kiosk::SyncSettings settings() const {
    kiosk::SyncSettings s = fastSyncSettings();
    if (certificate) s.http.caFile = certificate->certificate;
    s.upload.batchEvents = 20;  // many batches from a few dozen events
    return s;
  }

  void enroll(const kiosk::HttpClientOptions& options = {}) {
    districtStore.addEnrollmentToken("T-1");
    kiosk::HttpClientOptions o = options;
    if (certificate && o.caFile.empty()) o.caFile = certificate->certificate;
    kiosk::enrollStation(url(), "T-1", "测试驿站", o).save(credentials);
  }

  std::string stationId() { return kiosk::StationCredentials::load(credentials)->stationId; }

  // Domain work that writes events: numbers taken, called and finished at a counter.
  void produce(int tickets) {
    queue.openCounter(1);
    for (int i = 0; i < tickets; ++i) {
      REQUIRE(queue.issue("social-security", false).issued);
      clock.advance(std::chrono::seconds(20));
      queue.callNext(1);
    }
  }

  std::int64_t eventCount() {
    auto stmt = store.db().prepare("SELECT count(*) FROM outbox");
    stmt.step();
    return stmt.columnInt(0);
  }

  std::vector<std::int64_t> seqsIn(const char* state) {
    auto stmt = store.db().prepare("SELECT seq FROM outbox WHERE state = ?1 ORDER BY seq");
    stmt.bind(1, state);
    std::vector<std::int64_t> seqs;
    while (stmt.step()) seqs.push_back(stmt.columnInt(0));
    return seqs;
  }

  // Every event the station sent is at the district exactly once, and arrived in sequence
  // order; nothing is pending. `except` are seqs that may arrive late (requeued by staff).
  void requireDeliveredExactlyOnceInOrder(const std::set<std::int64_t>& except = {}) {
    CHECK(seqsIn("pending").empty());
    auto sent = seqsIn("sent");
    auto arrived = districtStore.eventsAsArrived(stationId(), 1'000'000);
    std::vector<std::int64_t> arrivedSeqs, arrivedInOrder;
    std::set<std::string> uuids;
    for (const auto& e : arrived) {
      arrivedSeqs.push_back(e.seq);
      uuids.insert(e.uuid);
      if (!except.count(e.seq)) arrivedInOrder.push_back(e.seq);
    }
    CHECK(uuids.size() == arrived.size());
    std::vector<std::int64_t> sortedArrived = arrivedSeqs;
    std::sort(sortedArrived.begin(), sortedArrived.end());
    CHECK(sortedArrived == sent);
    CHECK(std::is_sorted(arrivedInOrder.begin(), arrivedInOrder.end()));
    CHECK(districtStore.eventCount() == static_cast<std::int64_t>(sent.size()));
  }
};

}  // namespace yizhan::test
