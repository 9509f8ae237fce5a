// The district sync for staff: the line in the staff menu, the sync panel with the events the
// district returned, and the home screen's offline mark. The network is the SyncWorker's;
// here only its published status and the outbox rows are read.
#include <string>

#include "kiosk/base/local_time.h"
#include "kiosk/session/session.h"
#include "kiosk/sync/sync_control.h"

namespace yizhan::kiosk {

namespace {
// How often the status is read: often while staff watch it, rarely for the home screen's mark.
constexpr std::chrono::seconds kStaffSyncRefresh{2};
constexpr std::chrono::seconds kHomeSyncRefresh{10};

}  // namespace

void KioskSession::refreshDistrictSettings() {
  if (!services_.districtSettings) return;
  std::vector<Announcement> all = services_.districtSettings();
  bool catalogChanged = services_.queue && &services_.queue->catalog() != catalogShown_;
  if (catalogChanged) rebuildFromCatalog();
  std::vector<std::string> today;
  std::string day = formatDay(snap_.now);
  for (const Announcement& a : all) {
    if (a.from <= day && day <= a.until) today.push_back(a.text);
  }
  if (catalogChanged || today != snap_.announcements) {
    snap_.announcements = std::move(today);
    changed();
  }
}

void KioskSession::refreshSync() {
  TimePoint now = services_.clock.now();
  bool staffWatching = !isResidentScreen(snap_.screen);
  nextSyncRefresh_ = now + (staffWatching ? kStaffSyncRefresh : kHomeSyncRefresh);
  refreshDistrictSettings();
  if (!services_.sync) return;
  SyncStatus s = services_.sync->status();
  SyncView view;
  view.running = services_.sync->running();
  bool runningChanged = view.running != snap_.sync.running;
  view.online = s.online;
  view.paused = s.paused;
  view.problem = s.problem;
  view.detail = s.detail;
  view.backlog = s.backlog;
  view.oldestUnsent = shortLocalTime(s.oldestUnsentAt);
  view.lastSuccess = shortLocalTime(s.lastSuccessAt);
  view.configVersion = s.configVersion;
  view.configProblem = s.configProblem;
  view.heldCount = s.quarantined;
  view.discardingSeq = snap_.sync.discardingSeq;
  // The sync panel's own part (kiosk/sync/sync_panel_flow) stays as the panel left it.
  view.held = snap_.sync.held;
  view.heldCount = std::max(view.heldCount, static_cast<std::int64_t>(view.held.size()));
  if (view != snap_.sync) {
    snap_.sync = std::move(view);
    if (runningChanged) rebuildStaffEntries();
    changed();
  }
}

}  // namespace yizhan::kiosk
