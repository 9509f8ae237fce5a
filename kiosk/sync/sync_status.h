#pragma once
// What staff see of the district sync (the staff menu's panel and the home screen's offline
// mark), published by the SyncWorker and read by the UI as a copy.
#include <chrono>
#include <cstdint>
#include <optional>
#include <string>

namespace yizhan::kiosk {

enum class SyncProblem {
  None,
  NotEnrolled,   // no keys/station.json yet
  Offline,       // no answer, or a transient error: retrying by itself
  Unauthorized,  // the district refused our signature twice: paused until staff act
  Setup,         // TLS refused, damaged credentials, plain http off loopback
  Refused,       // the district refused a batch as malformed
  LocalStore,    // the station's own database cannot be written (disk full)
};

struct SyncStatus {
  bool running = false;
  bool online = false;  // the last contact with the district got an answer
  bool paused = false;  // stopped after a 401 until staff press 重新连接
  SyncProblem problem = SyncProblem::None;
  std::string detail;  // English, for the technician
  std::optional<std::string> lastSuccessAt;
  std::int64_t backlog = 0;
  std::optional<std::string> oldestUnsentAt;
  std::int64_t quarantined = 0;
  std::int64_t sentThisRun = 0;
  std::int64_t duplicatesThisRun = 0;  // answered "stored earlier": a lost answer was resent
  std::string configVersion;           // applied district configuration; empty: the station's own
  std::string configProblem;           // why the last configuration was refused, if it was
  std::optional<std::chrono::system_clock::time_point> nextAttemptAt;
};

}  // namespace yizhan::kiosk
