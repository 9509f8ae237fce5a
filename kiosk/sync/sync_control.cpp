#include "kiosk/sync/sync_control.h"

#include "data/audit_log.h"
#include "kiosk/base/local_time.h"
#include "kiosk/sync/sync_worker.h"

namespace yizhan::kiosk {

SyncStatus SyncControl::status() const {
  return worker_ ? worker_->status() : SyncStatus{};
}

std::vector<data::QuarantinedEvent> SyncControl::held(int limit) {
  return data::Outbox(db_).quarantined(limit);
}

bool SyncControl::retry(std::int64_t seq) {
  data::Transaction tx(db_);
  if (!data::Outbox(db_).requeue(seq)) return false;
  data::AuditLog(db_).record(formatIso(clock_.now()), "staff", "sync.retry",
                             "outbox seq " + std::to_string(seq));
  tx.commit();
  if (worker_) worker_->nudge();
  return true;
}

bool SyncControl::discard(std::int64_t seq, const std::string& reason) {
  data::Transaction tx(db_);
  if (!data::Outbox(db_).discard(seq, reason)) return false;
  data::AuditLog(db_).record(formatIso(clock_.now()), "staff", "sync.discard",
                             "outbox seq " + std::to_string(seq) + ": " + reason);
  tx.commit();
  return true;
}

void SyncControl::reconnect() {
  data::Transaction tx(db_);
  data::AuditLog(db_).record(formatIso(clock_.now()), "staff", "sync.reconnect", "");
  tx.commit();
  if (worker_) worker_->resume();
}

}  // namespace yizhan::kiosk
