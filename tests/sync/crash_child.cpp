// The process the kill -9 test kills: a station that takes numbers as fast as it can while its
// SyncWorker uploads. After each number's transaction commits it prints "ack <ticket id>", so
// the parent knows what the station had acknowledged when it died.
//   sync_crash_child DATA_DIR
#include <cstdio>

#include "data/store.h"
#include "kiosk/base/local_time.h"
#include "kiosk/queue/queue_service.h"
#include "kiosk/sync/station_credentials.h"
#include "kiosk/sync/sync_worker.h"

using namespace yizhan;

int main(int argc, char** argv) {
  if (argc != 2) {
    std::fprintf(stderr, "usage: sync_crash_child DATA_DIR\n");
    return 2;
  }
  std::filesystem::path dir = argv[1];
  kiosk::ManualClock clock(kiosk::fromEpochSeconds(1795483800));  // Tue 2026-11-24 09:30
  auto store = data::Store::open(dir, "20261124-093000");
  kiosk::ServiceCatalog catalog = kiosk::defaultCatalog();
  for (auto& s : catalog.services) s.dailyCap = 1'000'000;
  kiosk::QueueService queue(store.db(), catalog, clock);
  kiosk::SyncSettings settings;
  settings.upload.batchEvents = 7;  // many small batches: more moments to die in
  settings.backoffBase = std::chrono::milliseconds(5);
  settings.backoffCap = std::chrono::milliseconds(50);
  settings.idlePoll = std::chrono::milliseconds(5);
  kiosk::SyncWorker worker(store.db().path(), kiosk::StationCredentials::fileIn(dir), settings,
                           clock);
  worker.start();
  for (;;) {
    auto issued = queue.issue("social-security", false);
    if (!issued.issued) {
      std::fprintf(stderr, "not issued\n");
      return 1;
    }
    std::printf("ack %lld\n", static_cast<long long>(issued.issued->ticket.id));
    std::fflush(stdout);
    worker.nudge();
  }
}
