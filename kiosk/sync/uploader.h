#pragma once
// One step of draining the outbox (docs/district-api.md §2–3): the next batch in sequence
// order goes up; accepted and duplicate events are marked sent and rejected ones quarantined
// in one transaction with the answer. A batch that got no answer is kept and sent again with
// the same Idempotency-Key. Waiting between steps is the caller's (SyncWorker).
#include <chrono>
#include <cstdint>
#include <functional>
#include <optional>
#include <string>

#include "data/database.h"
#include "kiosk/sync/district_client.h"
#include "kiosk/sync/event_batch.h"

namespace yizhan::kiosk {

struct UploadSettings {
  int batchEvents = 200;
  size_t batchBytes = 512 * 1024;
};

struct UploadStep {
  enum class Kind {
    Idle,          // nothing to send
    Delivered,     // a batch was answered (some events may have been quarantined)
    Resized,       // 413: the batch is made smaller; go again at once
    Retry,         // no answer, 408, 429, 5xx, or an answer we cannot read: wait and retry
    Unauthorized,  // 401 twice: stop until staff act
    NotEnrolled,   // no credentials yet: try again rarely (enrollment writes them)
    Setup,         // damaged credentials, TLS: staff must act; try again rarely
    LocalStore,    // the station's database refused a write (disk full): retry with backoff
    Refused,       // 400 or another 4xx: our bug or the district's; alert, try again rarely
  } kind = Kind::Idle;
  int sent = 0;  // accepted or duplicate
  int duplicates = 0;
  int quarantined = 0;
  std::int64_t highWaterSeq = 0;
  std::optional<std::chrono::seconds> retryAfter;
  std::string problem;  // English detail
};

class Uploader {
 public:
  using NowText = std::function<std::string()>;  // ISO 8601 with offset, for sent_at
  Uploader(data::Database& db, DistrictClient& client, UploadSettings settings, NowText nowText);

  UploadStep sendNextBatch();
  int batchEvents() const { return batchEvents_; }

 private:
  UploadStep applyAnswer(const BatchAnswer& answer);
  UploadStep shrinkBatch();

  data::Database& db_;
  DistrictClient& client_;
  UploadSettings settings_;
  NowText nowText_;
  int batchEvents_;
  std::optional<EventBatch> inFlight_;
};

}  // namespace yizhan::kiosk
