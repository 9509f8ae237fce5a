#include "data/outbox.h"

#include "data/uuid.h"

namespace yizhan::data {

std::int64_t Outbox::append(std::string_view type, std::string_view occurredAt,
                            std::string_view payloadJson) {
  if (!db_.inTransaction()) {
    throw StoreError(StoreError::Kind::Other,
                     "outbox append outside a transaction: the event could be lost or orphaned");
  }
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
  while (stmt.step()) {
    events.push_back({stmt.columnInt(0), stmt.columnText(1), stmt.columnText(2), stmt.columnText(3),
                      stmt.columnText(4)});
  }
  return events;
}

std::int64_t Outbox::pendingCount() {
  auto stmt = db_.prepare("SELECT count(*) FROM outbox WHERE state = 'pending'");
  stmt.step();
  return stmt.columnInt(0);
}

}  // namespace yizhan::data
