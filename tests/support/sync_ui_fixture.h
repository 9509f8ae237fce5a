#pragma once
// A headless kiosk enrolled with a district-sim on loopback, for tests of what staff and
// residents see of the district sync (and of what the district sends down).
#include <sodium.h>
#include <catch2/catch.hpp>

#include <string>

#include "kiosk/base/local_time.h"
#include "kiosk/sync/station_credentials.h"
#include "support/district_fixture.h"
#include "support/kiosk_fixture.h"

namespace yizhan::test {

struct SyncUiFixture : KioskFixture {
  district::DistrictStore districtStore{dir / "district.sqlite"};
  district::DistrictServer server{districtStore, R"({"version":"d-1","sections":{}})",
                                  [this] { return kiosk::epochSeconds(kiosk.clock().now()); }};
  int port = server.start("127.0.0.1", 0);

  explicit SyncUiFixture(int width = 1920, int height = 1080)
      : SyncUiFixture(kiosk::Config{}, width, height) {}
  // A station with its own configuration.
  explicit SyncUiFixture(kiosk::Config config, int width = 1920, int height = 1080)
      : KioskFixture(std::move(config), width, height) {
    REQUIRE(sodium_init() >= 0);
    districtStore.addEnrollmentToken("T-1");
    kiosk::enrollStation("http://127.0.0.1:" + std::to_string(port) + "/", "T-1", "红帆驿站")
        .save(kiosk::StationCredentials::fileIn(dir.path()));
  }
  kiosk::SyncWorker& startSync() { return kiosk.station().startSync(fastSyncSettings()); }
  void issue(int n) {
    for (int i = 0; i < n; ++i)
      REQUIRE(kiosk.station().queue().issue("social-security", false).issued);
  }
  // The panel reads the worker's status every two seconds of the kiosk's clock.
  void refresh() { kiosk.advance(std::chrono::seconds(3)); }
};

}  // namespace yizhan::test
