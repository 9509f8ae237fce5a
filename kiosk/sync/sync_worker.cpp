#include "kiosk/sync/sync_worker.h"

#include <nlohmann/json.hpp>

#include <cstdio>

#include "data/migrations.h"
#include "data/outbox.h"
#include "data/sync_state_repository.h"
#include "kiosk/app/version.h"
#include "kiosk/base/local_time.h"
#include "kiosk/sync/district_client.h"
#include "kiosk/sync/retry_backoff.h"

namespace yizhan::kiosk {

namespace {
using std::chrono::milliseconds;
using std::chrono::seconds;
using std::chrono::steady_clock;

// A heartbeat or configuration request that failed is tried again this soon, not a whole
// period later, so the panel shows the district back within a minute of its return.
constexpr seconds kSideRequestRetry{30};

SyncProblem problemOf(UploadStep::Kind kind) {
  switch (kind) {
    case UploadStep::Kind::Retry:
      return SyncProblem::Offline;
    case UploadStep::Kind::Unauthorized:
      return SyncProblem::Unauthorized;
    case UploadStep::Kind::NotEnrolled:
      return SyncProblem::NotEnrolled;
    case UploadStep::Kind::Setup:
      return SyncProblem::Setup;
    case UploadStep::Kind::Refused:
      return SyncProblem::Refused;
    case UploadStep::Kind::LocalStore:
      return SyncProblem::LocalStore;
    default:
      return SyncProblem::None;
  }
}

// Whether the step heard from the district (a disk full at the station says nothing about
// the network, so it keeps the district as it was).
std::optional<bool> onlineAfter(UploadStep::Kind kind) {
  switch (kind) {
    case UploadStep::Kind::Delivered:
    case UploadStep::Kind::Resized:
    case UploadStep::Kind::Refused:
    case UploadStep::Kind::Unauthorized:
      return true;
    case UploadStep::Kind::Retry:
    case UploadStep::Kind::NotEnrolled:
    case UploadStep::Kind::Setup:
      return false;
    default:
      return std::nullopt;
  }
}
}  // namespace

SyncSettings SyncSettings::from(const Config::District& d) {
  SyncSettings s;
  s.http.caFile = d.caFile;
  s.http.pinnedPublicKey = d.pinnedPublicKey;
  s.http.proxy = d.proxy;
  s.http.connectTimeout = seconds(d.connectTimeoutSeconds);
  s.http.totalTimeout = seconds(d.totalTimeoutSeconds);
  s.http.lowSpeedTime = seconds(d.lowSpeedSeconds);
  s.upload.batchEvents = d.batchEvents;
  s.upload.batchBytes = static_cast<size_t>(d.batchKib) * 1024;
  s.backoffBase = milliseconds(d.backoffBaseMs);
  s.backoffCap = seconds(d.backoffCapSeconds);
  s.heartbeatEvery = seconds(d.heartbeatSeconds);
  s.configEvery = seconds(d.configPollSeconds);
  s.keepSent = std::chrono::hours(24 * d.keepSentDays);
  return s;
}

SyncWorker::SyncWorker(std::filesystem::path databaseFile, std::filesystem::path credentialsFile,
                       SyncSettings settings, const Clock& clock)
    : databaseFile_(std::move(databaseFile)),
      credentialsFile_(std::move(credentialsFile)),
      settings_(std::move(settings)),
      clock_(clock) {}

SyncWorker::~SyncWorker() {
  stop();
}

void SyncWorker::setConfigSink(ConfigSink sink) {
  configSink_ = std::move(sink);
}

void SyncWorker::setReplySink(ReplySink sink) {
  replySink_ = std::move(sink);
}

void SyncWorker::start() {
  std::lock_guard lock(mutex_);
  if (thread_.joinable()) return;
  stopping_ = false;
  status_.running = true;
  thread_ = std::thread([this] { loop(); });
}

void SyncWorker::stop() {
  {
    std::lock_guard lock(mutex_);
    stopping_ = true;
  }
  wake_.notify_all();
  if (thread_.joinable()) thread_.join();
  std::lock_guard lock(mutex_);
  status_.running = false;
  drained_.notify_all();
}

void SyncWorker::nudge() {
  {
    std::lock_guard lock(mutex_);
    nudged_ = true;
  }
  wake_.notify_all();
}

void SyncWorker::resume() {
  {
    std::lock_guard lock(mutex_);
    resumeAsked_ = true;
  }
  wake_.notify_all();
}

void SyncWorker::setDevices(std::vector<DeviceReport> devices) {
  std::lock_guard lock(mutex_);
  devices_ = std::move(devices);
}

SyncStatus SyncWorker::status() const {
  std::lock_guard lock(mutex_);
  return status_;
}

bool SyncWorker::waitUntilDrained(milliseconds timeout) {
  std::unique_lock lock(mutex_);
  std::uint64_t since = passes_;
  return drained_.wait_for(lock, timeout, [&] {
    // The pass under way may have looked at the outbox before the caller's last write: wait
    // for one that began after this call.
    return !status_.running || (passes_ >= since + 2 && status_.backlog == 0);
  }) && status_.backlog == 0;
}

std::string SyncWorker::nowText() const {
  return formatIso(clock_.now());
}

void SyncWorker::pause(milliseconds wait) {
  std::unique_lock lock(mutex_);
  status_.nextAttemptAt = std::chrono::system_clock::now() + wait;
  wake_.wait_for(lock, wait, [this] { return stopping_ || nudged_ || resumeAsked_; });
  nudged_ = false;
  status_.nextAttemptAt.reset();
}

void SyncWorker::loop() {
  std::optional<data::Database> db;
  try {
    db.emplace(data::Database::open(databaseFile_));
  } catch (const std::exception& e) {
    std::lock_guard lock(mutex_);
    status_.problem = SyncProblem::LocalStore;
    status_.detail = e.what();
    status_.running = false;
    drained_.notify_all();
    return;
  }
  DistrictClient client(credentialsFile_, settings_.http,
                        [this] { return epochSeconds(clock_.now()); });
  Uploader uploader(*db, client, settings_.upload, [this] { return nowText(); });
  RetryBackoff backoff(settings_.backoffBase, settings_.backoffCap);
  UploadStep::Kind lastKind = UploadStep::Kind::Delivered;  // look at once
  std::int64_t seenVersion = 0;
  {
    data::SyncStateRepository state(*db);
    std::lock_guard lock(mutex_);
    status_.lastSuccessAt = state.get(data::kLastSuccessKey);
    status_.configVersion = state.get(data::kConfigVersionKey).value_or("");
  }
  for (;;) {
    {
      std::unique_lock lock(mutex_);
      wake_.wait(lock, [this] { return stopping_ || !status_.paused || resumeAsked_; });
      if (stopping_) return;
      if (resumeAsked_) {
        resumeAsked_ = false;
        status_.paused = false;
        backoff.reset();
      }
    }
    UploadStep step;  // Idle unless there is something to look at
    // After an idle look, the outbox is read again only when another connection committed.
    if (lastKind != UploadStep::Kind::Idle || db->dataVersion() != seenVersion) {
      seenVersion = db->dataVersion();
      try {
        step = uploader.sendNextBatch();
      } catch (const data::StoreError& e) {
        // Disk full or the like: nothing was marked, the batch goes again when space returns.
        step.kind = UploadStep::Kind::LocalStore;
        step.problem = std::string("local store: ") + e.what();
      }
      lastKind = step.kind;
      publish(step, *db);
    }
    bool reached = step.kind == UploadStep::Kind::Delivered ||
                   step.kind == UploadStep::Kind::Resized || step.kind == UploadStep::Kind::Idle;
    if (reached) {
      backoff.reset();
      heartbeatIfDue(client, *db);
      bool wrote = configIfDue(client, *db);
      wrote |= repliesIfDue(client, *db);
      if (wrote) lastKind = UploadStep::Kind::Delivered;  // their events go up at once
      pruneIfDue(*db);
    }
    {
      // A whole pass is done, side requests included: what waitUntilDrained() waits for.
      std::lock_guard lock(mutex_);
      ++passes_;
      drained_.notify_all();
    }
    switch (step.kind) {
      case UploadStep::Kind::Delivered:
      case UploadStep::Kind::Resized:
        break;
      case UploadStep::Kind::Idle:
        pause(settings_.idlePoll);
        break;
      case UploadStep::Kind::Retry:
      case UploadStep::Kind::LocalStore:
        pause(backoff.afterFailure(step.retryAfter));
        break;
      case UploadStep::Kind::NotEnrolled:
      case UploadStep::Kind::Setup:
      case UploadStep::Kind::Refused:
        pause(settings_.backoffCap);
        break;
      case UploadStep::Kind::Unauthorized: {
        std::lock_guard lock(mutex_);
        status_.paused = true;
        std::fprintf(stderr, "yizhan sync: paused until staff reconnect: %s\n",
                     step.problem.c_str());
        break;
      }
    }
  }
}

void SyncWorker::publish(const UploadStep& step, data::Database& db) {
  std::optional<data::OutboxCounts> counts;
  std::string now = nowText();
  try {
    counts = data::Outbox(db).counts();
    if (step.kind == UploadStep::Kind::Delivered) {
      data::SyncStateRepository(db).set(data::kLastSuccessKey, now);
    }
  } catch (const data::StoreError&) {
    // Unreadable for now: the panel keeps the last counts.
  }
  std::lock_guard lock(mutex_);
  if (counts) {
    status_.backlog = counts->pending;
    status_.quarantined = counts->quarantined;
    status_.oldestUnsentAt = counts->oldestPendingAt;
  }
  if (step.kind != UploadStep::Kind::Idle) {
    if (auto online = onlineAfter(step.kind)) status_.online = *online;
    status_.problem = problemOf(step.kind);
    status_.detail = step.problem;
  }
  if (step.kind == UploadStep::Kind::Delivered) {
    status_.lastSuccessAt = now;
    status_.sentThisRun += step.sent;
    status_.duplicatesThisRun += step.duplicates;
  }
}

void SyncWorker::heartbeatIfDue(DistrictClient& client, data::Database& db) {
  auto now = steady_clock::now();
  if (nextHeartbeat_ && now < *nextHeartbeat_) return;
  nlohmann::json body;
  {
    std::lock_guard lock(mutex_);
    body = {{"app_version", YIZHAN_VERSION},
            {"schema_version", db.userVersion()},
            {"config_version", status_.configVersion},
            {"backlog", status_.backlog},
            {"oldest_unsent_at", status_.oldestUnsentAt ? nlohmann::json(*status_.oldestUnsentAt)
                                                        : nlohmann::json(nullptr)},
            {"quarantined", status_.quarantined},
            {"devices", nlohmann::json::array()}};
    for (const auto& d : devices_) {
      body["devices"].push_back({{"kind", d.kind}, {"state", d.state}, {"message", d.message}});
    }
  }
  DistrictAnswer answer = client.call("POST", "/api/v1/heartbeat", body.dump());
  bool ok = answer.failure == DistrictAnswer::Failure::None && answer.response.status < 300;
  nextHeartbeat_ = now + (ok ? settings_.heartbeatEvery : kSideRequestRetry);
  std::lock_guard lock(mutex_);
  if (ok && status_.problem == SyncProblem::Offline) status_.problem = SyncProblem::None;
  if (ok || answer.failure == DistrictAnswer::Failure::NoAnswer) status_.online = ok;
  if (!ok && status_.problem == SyncProblem::None) {
    bool reached = answer.failure == DistrictAnswer::Failure::None ||
                   answer.failure == DistrictAnswer::Failure::NoAnswer;
    status_.problem = reached ? SyncProblem::Offline : SyncProblem::Setup;
    status_.detail = answer.problem.empty()
                         ? "heartbeat: HTTP " + std::to_string(answer.response.status)
                         : answer.problem;
  }
}

void SyncWorker::pruneIfDue(data::Database& db) {
  constexpr int kChunk = 2000;  // a short write: the UI's writes never wait long for it
  auto now = steady_clock::now();
  if (nextPrune_ && now < *nextPrune_) return;
  int deleted = 0;
  try {
    data::Transaction tx(db);
    deleted = data::Outbox(db).pruneSent(formatIso(clock_.now() - settings_.keepSent), kChunk);
    tx.commit();
  } catch (const data::StoreError& e) {
    std::fprintf(stderr, "yizhan sync: could not delete old sent events: %s\n", e.what());
  }
  // More left: go on at the next pass; otherwise look again tomorrow.
  nextPrune_ = now + (deleted == kChunk ? seconds(0) : std::chrono::hours(24));
}

bool SyncWorker::configIfDue(DistrictClient& client, data::Database& db) {
  auto now = steady_clock::now();
  // Nothing can apply a configuration yet: do not ask for one.
  if (!configSink_ || (nextConfig_ && now < *nextConfig_)) return false;
  data::SyncStateRepository state(db);
  std::string etag =
      refusedEtag_.empty() ? state.get(data::kConfigEtagKey).value_or("") : refusedEtag_;
  std::map<std::string, std::string> headers;
  if (!etag.empty()) headers["If-None-Match"] = etag;
  DistrictAnswer answer = client.call("GET", "/api/v1/config", {}, headers);
  bool answered = answer.failure == DistrictAnswer::Failure::None &&
                  (answer.response.status == 200 || answer.response.status == 304);
  nextConfig_ = now + (answered ? settings_.configEvery : kSideRequestRetry);
  if (!answered || answer.response.status == 304) return false;
  std::string newEtag;
  if (auto h = answer.response.headers.find("etag"); h != answer.response.headers.end()) {
    newEtag = h->second;
  }
  auto json = nlohmann::json::parse(answer.response.body, nullptr, false);
  std::string version = json.is_object() && json.contains("version") && json["version"].is_string()
                            ? json["version"].get<std::string>()
                            : std::string();
  std::optional<std::string> refused;
  try {
    data::Transaction tx(db);
    refused = version.empty() ? std::optional<std::string>("version missing")
                              : configSink_(db, answer.response.body);
    if (!refused) {
      state.set(data::kConfigEtagKey, newEtag);
      state.set(data::kConfigVersionKey, version);
      tx.commit();
    }
  } catch (const std::exception& e) {
    refused = std::string("could not store it: ") + e.what();
  }
  std::lock_guard lock(mutex_);
  if (refused) {
    refusedEtag_ = newEtag;
    status_.configProblem = "version " + (version.empty() ? "?" : version) + ": " + *refused;
    std::fprintf(stderr, "yizhan sync: district configuration refused, keeping the old one: %s\n",
                 status_.configProblem.c_str());
  } else {
    refusedEtag_.clear();
    status_.configVersion = version;
    status_.configProblem.clear();
  }
  return !refused;
}

bool SyncWorker::repliesIfDue(DistrictClient& client, data::Database& db) {
  auto now = steady_clock::now();
  if (!replySink_ || (nextReplies_ && now < *nextReplies_)) return false;
  data::SyncStateRepository state(db);
  bool wrote = false;
  // A page at a time while the district says there is more; a bounded pass, so uploads and
  // heartbeats are not starved by a long backlog of replies.
  for (int page = 0; page < 20; ++page) {
    std::string after = state.get(data::kRepliesCursorKey).value_or("");
    std::string path = "/api/v1/appeal-replies" + (after.empty() ? "" : "?after=" + after);
    DistrictAnswer answer = client.call("GET", path, {}, {});
    bool answered =
        answer.failure == DistrictAnswer::Failure::None && answer.response.status == 200;
    auto json =
        answered ? nlohmann::json::parse(answer.response.body, nullptr, false) : nlohmann::json();
    bool wellFormed = json.is_object() && json.contains("replies") && json["replies"].is_array() &&
                      json.contains("next") && json["next"].is_string() &&
                      json["next"].get<std::string>().size() <= 64;
    if (answered && !wellFormed) {
      std::fprintf(stderr,
                   "yizhan sync: the district's appeal replies were malformed; asking "
                   "again later\n");
    }
    if (!wellFormed) {
      nextReplies_ = now + std::min<seconds>(kSideRequestRetry, settings_.configEvery);
      return wrote;
    }
    try {
      data::Transaction tx(db);
      replySink_(db, json["replies"].dump());
      state.set(data::kRepliesCursorKey, json["next"].get<std::string>());
      tx.commit();
      wrote = wrote || !json["replies"].empty();
    } catch (const std::exception& e) {
      // Nothing was taken: the same page is asked for again later.
      std::fprintf(stderr, "yizhan sync: could not store appeal replies: %s\n", e.what());
      nextReplies_ = now + std::min<seconds>(kSideRequestRetry, settings_.configEvery);
      return wrote;
    }
    if (!json.value("more", false)) break;
  }
  nextReplies_ = now + settings_.configEvery;
  return wrote;
}

}  // namespace yizhan::kiosk
