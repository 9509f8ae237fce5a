#pragma once
// What staff can do about the district sync, on the UI thread's connection: read the worker's
// status, list the events the district returned, and send one again, discard it with a reason
// or reconnect after a refusal. Every action is in the audit log with the event it touched.
#include <cstdint>
#include <string>
#include <vector>

#include "data/database.h"
#include "data/outbox.h"
#include "kiosk/base/clock.h"
#include "kiosk/sync/sync_status.h"

namespace yizhan::kiosk {

class SyncWorker;

class SyncControl {
 public:
  SyncControl(data::Database& db, const Clock& clock) : db_(db), clock_(clock) {}
  void attach(SyncWorker* worker) { worker_ = worker; }
  bool running() const { return worker_ != nullptr; }

  SyncStatus status() const;
  std::vector<data::QuarantinedEvent> held(int limit);
  // False when the event is no longer held (handled from elsewhere meanwhile).
  bool retry(std::int64_t seq);
  bool discard(std::int64_t seq, const std::string& reason);
  void reconnect();

 private:
  data::Database& db_;
  const Clock& clock_;
  SyncWorker* worker_ = nullptr;
};

}  // namespace yizhan::kiosk
