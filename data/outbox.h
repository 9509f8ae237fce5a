#pragma once
// The outbox: every domain change appends its event here in the same transaction as its rows,
// and the uploader drains it in sequence order.
#include <cstdint>
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

class Outbox {
 public:
  explicit Outbox(Database& db) : db_(db) {}

  // Must be called inside the caller's transaction, so the event and the change it describes
  // commit together or not at all. Returns the event's sequence number.
  std::int64_t append(std::string_view type, std::string_view occurredAt,
                      std::string_view payloadJson);

  std::vector<OutboxEvent> pending(int limit);
  std::int64_t pendingCount();

 private:
  Database& db_;
};

}  // namespace yizhan::data
