#pragma once
// One upload of docs/district-api.md §2: outbox events in sequence order under the count and
// byte caps, the body that carries them, and the district's per-event answer read back.
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "data/outbox.h"

namespace yizhan::kiosk {

struct EventBatch {
  std::string id;  // the Idempotency-Key: kept when the same events are sent again
  std::vector<data::OutboxEvent> events;
  std::string body;
};

// Takes events from the front of `pending` while the body stays within `maxBytes`; always at
// least one, so that an event larger than the cap is sent alone and answered for.
EventBatch composeBatch(const std::string& stationId, const std::string& batchId,
                        const std::vector<data::OutboxEvent>& pending, size_t maxBytes);

struct EventResult {
  enum class Status { Accepted, Duplicate, Rejected } status = Status::Accepted;
  std::string code;    // when rejected
  std::string reason;  // when rejected
};

struct BatchAnswer {
  std::vector<EventResult> results;  // one per event of the batch, in its order
  std::int64_t highWaterSeq = 0;
};

// Nothing when the answer is not one result per event in order with matching uuids: the
// batch is then treated as unanswered and sent again.
std::optional<BatchAnswer> readBatchAnswer(const std::string& body, const EventBatch& batch);

}  // namespace yizhan::kiosk
