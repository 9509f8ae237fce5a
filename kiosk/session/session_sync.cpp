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
constexpr int kHeldShown = 20;

// "2026-11-24T09:30:00+08:00" → "11-24 09:30".
std::string shortTime(const std::optional<std::string>& iso) {
  if (!iso || iso->size() < 16) return {};
  return iso->substr(5, 5) + " " + iso->substr(11, 5);
}

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
  bool staffWatching = snap_.screen == Screen::StaffMenu || snap_.screen == Screen::Sync;
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
  view.oldestUnsent = shortTime(s.oldestUnsentAt);
  view.lastSuccess = shortTime(s.lastSuccessAt);
  view.configVersion = s.configVersion;
  view.configProblem = s.configProblem;
  view.heldCount = s.quarantined;
  view.discardingSeq = snap_.sync.discardingSeq;
  if (snap_.screen == Screen::Sync) {
    for (const auto& q : services_.sync->held(kHeldShown)) {
      view.held.push_back(
          {q.event.seq, q.event.type, shortTime(q.event.occurredAt), q.code + ": " + q.reason});
    }
    view.heldCount =
        std::max<std::int64_t>(view.heldCount, static_cast<std::int64_t>(view.held.size()));
  }
  if (view != snap_.sync) {
    snap_.sync = std::move(view);
    if (runningChanged) rebuildStaffEntries();
    changed();
  }
}

}  // namespace yizhan::kiosk
