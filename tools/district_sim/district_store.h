#pragma once
// The district-sim's own SQLite file: enrolled stations, enrollment tokens, every event uuid
// stored once forever, heartbeats, and the configuration it serves.
#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include "data/database.h"

namespace yizhan::district {

struct StoredEvent {
  std::string uuid;
  std::string station;
  std::int64_t seq = 0;
  std::string type;
  std::string occurredAt;
  std::string payload;
};

// A department's reply to an appeal, waiting for its station to ask (docs/district-api.md §9).
struct StoredReply {
  std::int64_t seq = 0;  // the cursor: replies go down in this order
  std::string station;
  std::string replyId, appealId, department, kind, note, at;
};

class DistrictStore {
 public:
  explicit DistrictStore(const std::filesystem::path& file);

  void addEnrollmentToken(const std::string& token);
  // Uses up `token` and enrolls a new station; nullopt when the token is unknown or used.
  struct Enrolled {
    std::string stationId;
    std::string secret;  // base64
  };
  std::optional<Enrolled> enroll(const std::string& token, const std::string& name);
  std::optional<std::string> secretOf(const std::string& stationId);

  // Stores the event unless its uuid is stored already; true when it was new.
  bool storeEvent(const StoredEvent& event);
  std::int64_t highWaterSeq(const std::string& stationId);
  // In sequence order.
  std::vector<StoredEvent> events(const std::string& stationId, int limit);
  // In the order they arrived (the first time), to check that stations send in order.
  std::vector<StoredEvent> eventsAsArrived(const std::string& stationId, int limit);
  // The newest arrivals of every station, newest first (the status page).
  std::vector<StoredEvent> latestEvents(int limit);
  struct StationSummary {
    std::string id, name;
    std::int64_t events = 0, highWaterSeq = 0;
    std::optional<std::string> lastHeartbeatAt, lastHeartbeat;
  };
  std::vector<StationSummary> stations();
  data::Database& db() { return db_; }
  std::int64_t eventCount();

  void recordHeartbeat(const std::string& stationId, const std::string& at,
                       const std::string& body);
  std::optional<std::string> lastHeartbeat(const std::string& stationId);

  // Queues a reply for its station; false when its reply id is queued already (a reply sent
  // again is the same reply).
  bool addReply(const StoredReply& reply);
  // The station's replies after `afterSeq`, in order.
  std::vector<StoredReply> repliesAfter(const std::string& stationId, std::int64_t afterSeq,
                                        int limit);

 private:
  data::Database db_;
};

}  // namespace yizhan::district
