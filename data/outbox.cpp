#include "data/outbox.h"

#include "data/uuid.h"

namespace yizhan::data {

namespace {
void requireTransaction(Database& db, const char* what) {
  if (!db.inTransaction()) {
    throw StoreError(StoreError::Kind::Other,
                     std::string(what) +
                         " outside a transaction: the outbox could disagree "
                         "with the change it records");
  }
}

OutboxEvent eventAt(const Statement& stmt) {
  return {stmt.columnInt(0), stmt.columnText(1), stmt.columnText(2), stmt.columnText(3),
          stmt.columnText(4)};
}
}  // namespace

std::int64_t Outbox::append(std::string_view type, std::string_view occurredAt,
                            std::string_view payloadJson) {
  requireTransaction(db_, "outbox append");
  auto stmt =
      db_.prepare("INSERT INTO outbox (uuid, type, occurred_at, payload) VALUES (?1, ?2, ?3, ?4)");
  stmt.bind(1, newUuid()).bind(2, type).bind(3, occurredAt).bind(4, payloadJson).run();
  return db_.lastInsertRowId();
}

std::vector<OutboxEvent> Outbox::pending(int limit) {
  auto stmt = db_.prepare(
      "SELECT seq, uuid, type, occurred_at, payload FROM outbox WHERE state = 'pending' "
      "ORDER BY seq LIMIT ?1");
  stmt.bind(1, limit);
  std::vector<OutboxEvent> events;
  while (stmt.step()) events.push_back(eventAt(stmt));
  return events;
}

std::int64_t Outbox::pendingCount() {
  auto stmt = db_.prepare("SELECT count(*) FROM outbox WHERE state = 'pending'");
  stmt.step();
  return stmt.columnInt(0);
}

OutboxCounts Outbox::counts() {
  OutboxCounts counts;
  auto stmt = db_.prepare(
      "SELECT (SELECT count(*) FROM outbox WHERE state = 'pending'), "
      "(SELECT count(*) FROM outbox WHERE state = 'quarantined'), "
      "(SELECT occurred_at FROM outbox WHERE state = 'pending' ORDER BY seq LIMIT 1)");
  stmt.step();
  counts.pending = stmt.columnInt(0);
  counts.quarantined = stmt.columnInt(1);
  counts.oldestPendingAt = stmt.columnOptionalText(2);
  return counts;
}

void Outbox::markSent(const std::vector<std::int64_t>& seqs, std::string_view at) {
  requireTransaction(db_, "outbox markSent");
  auto stmt = db_.prepare(
      "UPDATE outbox SET state = 'sent', sent_at = ?2, last_error = NULL "
      "WHERE seq = ?1 AND state = 'pending'");
  for (std::int64_t seq : seqs) {
    stmt.bind(1, seq).bind(2, at).run();
    stmt.reset();
  }
}

void Outbox::quarantine(std::int64_t seq, std::string_view code, std::string_view reason,
                        std::string_view at) {
  requireTransaction(db_, "outbox quarantine");
  db_.prepare(
         "UPDATE outbox SET state = 'quarantined', reject_code = ?2, last_error = ?3, "
         "quarantined_at = ?4 WHERE seq = ?1 AND state = 'pending'")
      .bind(1, seq)
      .bind(2, code)
      .bind(3, reason)
      .bind(4, at)
      .run();
}

std::vector<QuarantinedEvent> Outbox::quarantined(int limit) {
  auto stmt = db_.prepare(
      "SELECT seq, uuid, type, occurred_at, payload, coalesce(reject_code, ''), "
      "coalesce(last_error, ''), coalesce(quarantined_at, '') FROM outbox "
      "WHERE state = 'quarantined' ORDER BY seq LIMIT ?1");
  stmt.bind(1, limit);
  std::vector<QuarantinedEvent> events;
  while (stmt.step()) {
    events.push_back({eventAt(stmt), stmt.columnText(5), stmt.columnText(6), stmt.columnText(7)});
  }
  return events;
}

bool Outbox::requeue(std::int64_t seq) {
  requireTransaction(db_, "outbox requeue");
  db_.prepare(
         "UPDATE outbox SET state = 'pending', attempts = 0 WHERE seq = ?1 AND "
         "state = 'quarantined'")
      .bind(1, seq)
      .run();
  return db_.changes() > 0;
}

bool Outbox::discard(std::int64_t seq, std::string_view reason) {
  requireTransaction(db_, "outbox discard");
  db_.prepare(
         "UPDATE outbox SET state = 'discarded', discard_reason = ?2 WHERE seq = ?1 AND "
         "state = 'quarantined'")
      .bind(1, seq)
      .bind(2, reason)
      .run();
  return db_.changes() > 0;
}

int Outbox::pruneSent(std::string_view sentBefore, int limit) {
  db_.prepare(
         "DELETE FROM outbox WHERE seq IN (SELECT seq FROM outbox WHERE state = 'sent' AND "
         "sent_at < ?1 ORDER BY seq LIMIT ?2)")
      .bind(1, sentBefore)
      .bind(2, limit)
      .run();
  return db_.changes();
}

}  // namespace yizhan::data
