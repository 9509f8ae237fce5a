#pragma once
// The outbox: every domain change appends its event here in the same transaction as its rows,
// and the uploader drains it in sequence order. An event is pending until the district answers
// for it: then sent (accepted or duplicate) or quarantined (rejected, with the district's
// reason) until staff retry or discard it.
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "data/database.h"

namespace yizhan::data {

struct OutboxEvent {
  std::int64_t seq = 0;
  std::string uuid;
  std::string type;
  std::string occurredAt;
  std::string payload;
};

struct QuarantinedEvent {
  OutboxEvent event;
  std::string code;    // the district's code: schema, unknown_type, bad_time, other
  std::string reason;  // the district's words
  std::string at;      // when it was quarantined
};

struct OutboxCounts {
  std::int64_t pending = 0;
  std::int64_t quarantined = 0;
  std::optional<std::string> oldestPendingAt;  // occurred_at of the oldest unsent event
};

class Outbox {
 public:
  explicit Outbox(Database& db) : db_(db) {}

  // Must be called inside the caller's transaction, so the event and the change it describes
  // commit together or not at all. Returns the event's sequence number.
  std::int64_t append(std::string_view type, std::string_view occurredAt,
                      std::string_view payloadJson);

  // Pending events in sequence order.
  std::vector<OutboxEvent> pending(int limit);
  std::int64_t pendingCount();
  OutboxCounts counts();

  // The uploader's bookkeeping, inside its transaction (one per answered batch).
  void markSent(const std::vector<std::int64_t>& seqs, std::string_view at);
  void quarantine(std::int64_t seq, std::string_view code, std::string_view reason,
                  std::string_view at);

  std::vector<QuarantinedEvent> quarantined(int limit);
  // Staff's answers to a quarantined event, inside the caller's transaction (with its audit
  // entry). False when the event is not quarantined (already handled elsewhere).
  bool requeue(std::int64_t seq);
  bool discard(std::int64_t seq, std::string_view reason);

  // Deletes up to `limit` events the district accepted before `sentBefore` (ISO time), oldest
  // first, so the store does not grow for ever; returns how many. Sequence numbers are never
  // reused (AUTOINCREMENT); quarantined and discarded events stay for staff and the record.
  int pruneSent(std::string_view sentBefore, int limit);

 private:
  Database& db_;
};

}  // namespace yizhan::data
