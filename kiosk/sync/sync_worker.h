#pragma once
// The district sync's own thread: drains the outbox (Uploader) with capped, jittered backoff
// between failures, sends a heartbeat and asks for new configuration when they are due, and
// publishes a SyncStatus for staff. It has its own database connection, so the UI thread never
// waits for the network or for the uploader's writes. Residents are never blocked by it.
#include <chrono>
#include <condition_variable>
#include <filesystem>
#include <functional>
#include <mutex>
#include <optional>
#include <string>
#include <thread>
#include <vector>

#include "data/database.h"
#include "kiosk/app/config.h"
#include "kiosk/base/clock.h"
#include "kiosk/sync/http_client.h"
#include "kiosk/sync/sync_status.h"
#include "kiosk/sync/uploader.h"

namespace yizhan::kiosk {

struct SyncSettings {
  HttpClientOptions http;
  UploadSettings upload;
  std::chrono::milliseconds backoffBase{1000};
  std::chrono::milliseconds backoffCap{300'000};
  std::chrono::seconds heartbeatEvery{300};
  std::chrono::seconds configEvery{600};
  std::chrono::milliseconds idlePoll{1000};  // how soon new events are noticed without nudge()
  // Accepted events are kept this long, then deleted, so the store stays small over years.
  std::chrono::hours keepSent{24 * 90};

  static SyncSettings from(const Config::District& district);
};

// One device's line in the heartbeat (docs/district-api.md §4).
struct DeviceReport {
  std::string kind;   // printer, card_reader, scanner, speech
  std::string state;  // ok, warning, fault
  std::string message;
};

class SyncWorker {
 public:
  // Applies a district configuration (JSON text) in one transaction on the worker's
  // connection; returns why it was refused, or nothing when applied.
  using ConfigSink =
      std::function<std::optional<std::string>(data::Database& db, const std::string& json)>;

  // Takes the departments' replies to appeals (the `replies` array of
  // docs/district-api.md §9, as JSON text) on the worker's connection, in the transaction that
  // also stores the cursor.
  using ReplySink = std::function<void(data::Database& db, const std::string& repliesJson)>;

  SyncWorker(std::filesystem::path databaseFile, std::filesystem::path credentialsFile,
             SyncSettings settings, const Clock& clock);
  ~SyncWorker();
  SyncWorker(const SyncWorker&) = delete;
  SyncWorker& operator=(const SyncWorker&) = delete;

  void setConfigSink(ConfigSink sink);  // before start()
  void setReplySink(ReplySink sink);    // before start()
  void start();
  void stop();
  // New events were written: look now instead of at the next poll.
  void nudge();
  // Staff pressed 重新连接: clear a pause after 401 and try again at once.
  void resume();
  void setDevices(std::vector<DeviceReport> devices);

  SyncStatus status() const;
  // Waits until a pass (upload look, then the heartbeat and configuration when due) finds
  // nothing pending, or `timeout` passes; for tests and tools.
  bool waitUntilDrained(std::chrono::milliseconds timeout);

 private:
  void loop();
  void publish(const UploadStep& step, data::Database& db);
  void heartbeatIfDue(DistrictClient& client, data::Database& db);
  // Each true when it wrote to the store (so the outbox is looked at again: the worker's own
  // commits do not change the data version it watches).
  bool configIfDue(DistrictClient& client, data::Database& db);
  bool repliesIfDue(DistrictClient& client, data::Database& db);
  void pruneIfDue(data::Database& db);
  // Sleeps up to `wait` unless stopped, nudged or resumed.
  void pause(std::chrono::milliseconds wait);
  std::string nowText() const;

  const std::filesystem::path databaseFile_;
  const std::filesystem::path credentialsFile_;
  const SyncSettings settings_;
  const Clock& clock_;
  ConfigSink configSink_;
  ReplySink replySink_;

  mutable std::mutex mutex_;
  std::condition_variable wake_;
  std::condition_variable drained_;
  bool stopping_ = false;
  bool nudged_ = false;
  bool resumeAsked_ = false;
  SyncStatus status_;
  std::uint64_t passes_ = 0;  // so that a waiter sees a whole pass that began after it did
  std::vector<DeviceReport> devices_;
  std::optional<std::chrono::steady_clock::time_point> nextHeartbeat_, nextConfig_, nextPrune_,
      nextReplies_;
  std::string refusedEtag_;
  std::thread thread_;
};

}  // namespace yizhan::kiosk
