#include "kiosk/sync/event_batch.h"

#include <nlohmann/json.hpp>

namespace yizhan::kiosk {

namespace {
std::string quoted(const std::string& text) {
  return nlohmann::json(text).dump();
}

// The payload is stored as JSON text already and goes out byte for byte as written.
std::string eventJson(const data::OutboxEvent& e) {
  return "{\"uuid\":" + quoted(e.uuid) + ",\"seq\":" + std::to_string(e.seq) +
         ",\"type\":" + quoted(e.type) + ",\"occurred_at\":" + quoted(e.occurredAt) +
         ",\"payload\":" + e.payload + "}";
}
}  // namespace

EventBatch composeBatch(const std::string& stationId, const std::string& batchId,
                        const std::vector<data::OutboxEvent>& pending, size_t maxBytes) {
  EventBatch batch;
  batch.id = batchId;
  std::string head =
      "{\"station_id\":" + quoted(stationId) + ",\"batch_id\":" + quoted(batchId) + ",\"events\":[";
  std::string events;
  for (const auto& e : pending) {
    std::string one = eventJson(e);
    size_t size = head.size() + events.size() + (events.empty() ? 0 : 1) + one.size() + 2;
    if (!batch.events.empty() && size > maxBytes) break;
    if (!events.empty()) events += ',';
    events += one;
    batch.events.push_back(e);
  }
  batch.body = head + events + "]}";
  return batch;
}

std::optional<BatchAnswer> readBatchAnswer(const std::string& body, const EventBatch& batch) try {
  auto json = nlohmann::json::parse(body, nullptr, false);
  if (!json.is_object() || !json.contains("results") || !json["results"].is_array()) {
    return std::nullopt;
  }
  const auto& results = json["results"];
  if (results.size() != batch.events.size()) return std::nullopt;
  BatchAnswer answer;
  for (size_t i = 0; i < results.size(); ++i) {
    const auto& r = results[i];
    if (!r.is_object() || r.value("uuid", "") != batch.events[i].uuid) return std::nullopt;
    std::string status = r.value("status", "");
    EventResult result;
    if (status == "accepted") {
      result.status = EventResult::Status::Accepted;
    } else if (status == "duplicate") {
      result.status = EventResult::Status::Duplicate;
    } else if (status == "rejected") {
      result.status = EventResult::Status::Rejected;
      result.code = r.value("code", "other");
      result.reason = r.value("reason", "");
    } else {
      return std::nullopt;
    }
    answer.results.push_back(std::move(result));
  }
  if (json.contains("high_water_seq") && json["high_water_seq"].is_number_integer()) {
    answer.highWaterSeq = json["high_water_seq"].get<std::int64_t>();
  }
  return answer;
} catch (const nlohmann::json::exception&) {
  return std::nullopt;  // a field of the wrong type: as malformed as a missing one
}

}  // namespace yizhan::kiosk
