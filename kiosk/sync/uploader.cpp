#include "kiosk/sync/uploader.h"

#include "data/outbox.h"
#include "data/uuid.h"
#include "kiosk/sync/http_date.h"

namespace yizhan::kiosk {

namespace {
bool isTransientStatus(int status) {
  return status == 408 || status == 429 || status >= 500;
}
}  // namespace

Uploader::Uploader(data::Database& db, DistrictClient& client, UploadSettings settings,
                   NowText nowText)
    : db_(db),
      client_(client),
      settings_(settings),
      nowText_(std::move(nowText)),
      batchEvents_(settings.batchEvents) {}

UploadStep Uploader::sendNextBatch() {
  UploadStep step;
  if (auto failed = client_.ready()) {
    step.kind = failed->failure == DistrictAnswer::Failure::NotEnrolled
                    ? UploadStep::Kind::NotEnrolled
                    : UploadStep::Kind::Setup;
    step.problem = failed->problem;
    return step;
  }
  if (!inFlight_) {
    data::Outbox outbox(db_);
    auto pending = outbox.pending(batchEvents_);
    if (pending.empty()) return step;  // Idle
    inFlight_ = composeBatch(client_.stationId(), data::newUuid(), pending, settings_.batchBytes);
  }
  DistrictAnswer answer =
      client_.call("POST", "/api/v1/events", inFlight_->body, {{"Idempotency-Key", inFlight_->id}});
  const HttpResponse& r = answer.response;
  step.problem = answer.problem;
  switch (answer.failure) {
    case DistrictAnswer::Failure::None:
      break;
    case DistrictAnswer::Failure::NoAnswer:
      step.kind = UploadStep::Kind::Retry;
      return step;
    case DistrictAnswer::Failure::Unauthorized:
      step.kind = UploadStep::Kind::Unauthorized;
      return step;
    case DistrictAnswer::Failure::NotEnrolled:
    case DistrictAnswer::Failure::Setup:
      step.kind = UploadStep::Kind::Setup;
      return step;
  }
  if (r.status == 200) {
    if (auto read = readBatchAnswer(r.body, *inFlight_)) return applyAnswer(*read);
    step.kind = UploadStep::Kind::Retry;
    step.problem = "the district's answer does not match the batch";
    return step;
  }
  if (r.status == 413) return shrinkBatch();
  step.problem = "HTTP " + std::to_string(r.status) + " " + r.body.substr(0, 200);
  if (isTransientStatus(r.status)) {
    step.kind = UploadStep::Kind::Retry;
    if (auto h = r.headers.find("retry-after"); h != r.headers.end()) {
      // A date in Retry-After is on the district's clock, which its Date header tells.
      auto date = r.headers.find("date");
      std::int64_t serverNow =
          date == r.headers.end() ? 0 : parseHttpDate(date->second).value_or(0);
      if (auto seconds = parseRetryAfter(h->second, serverNow)) {
        step.retryAfter = std::chrono::seconds(*seconds);
      }
    }
    return step;
  }
  step.kind = UploadStep::Kind::Refused;
  return step;
}

UploadStep Uploader::applyAnswer(const BatchAnswer& answer) {
  UploadStep step;
  step.kind = UploadStep::Kind::Delivered;
  step.highWaterSeq = answer.highWaterSeq;
  std::string at = nowText_();
  std::vector<std::int64_t> sent;
  data::Transaction tx(db_);
  data::Outbox outbox(db_);
  for (size_t i = 0; i < answer.results.size(); ++i) {
    const auto& result = answer.results[i];
    const auto& event = inFlight_->events[i];
    if (result.status == EventResult::Status::Rejected) {
      outbox.quarantine(event.seq, result.code, result.reason, at);
      ++step.quarantined;
    } else {
      sent.push_back(event.seq);
      if (result.status == EventResult::Status::Duplicate) ++step.duplicates;
    }
  }
  outbox.markSent(sent, at);
  tx.commit();
  step.sent = static_cast<int>(sent.size());
  inFlight_.reset();
  return step;
}

UploadStep Uploader::shrinkBatch() {
  UploadStep step;
  step.kind = UploadStep::Kind::Resized;
  if (inFlight_->events.size() > 1) {
    batchEvents_ = std::max<int>(1, static_cast<int>(inFlight_->events.size()) / 2);
    step.problem = "batch too large; now " + std::to_string(batchEvents_) + " events";
  } else {
    // One event the district will never take in any batch: quarantined, with the reason.
    data::Transaction tx(db_);
    data::Outbox(db_).quarantine(inFlight_->events.front().seq, "too_large",
                                 "the district refused the event as too large", nowText_());
    tx.commit();
    step.quarantined = 1;
  }
  inFlight_.reset();
  return step;
}

}  // namespace yizhan::kiosk
