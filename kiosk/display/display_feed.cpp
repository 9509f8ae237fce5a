#include "kiosk/display/display_feed.h"

#include <algorithm>

#include "data/call_log_repository.h"
#include "data/migrations.h"
#include "data/volunteer_repository.h"
#include "kiosk/base/local_time.h"
#include "kiosk/district/station_settings.h"
#include "kiosk/queue/queue_service.h"
#include "kiosk/volunteers/volunteer_points.h"

namespace yizhan::kiosk {

namespace {
constexpr int kRecentCalls = 6;
}

DisplayFeed::DisplayFeed(std::filesystem::path databaseFile, const ServiceCatalog& catalog,
                         const Clock& clock)
    : file_(std::move(databaseFile)), base_(catalog), catalog_(catalog), clock_(clock) {}

void DisplayFeed::followDistrictSettings() {
  // The kiosk stores what the district sent; the display shows the same services and names.
  std::string version = storedDistrictVersion(*db_);
  if (version == districtVersion_) return;
  StationSettings settings = loadStationSettings(*db_, base_);
  catalog_.replace(settings.catalog);
  calendar_ = settings.calendar;
  districtVersion_ = version;
}

bool DisplayFeed::ready() {
  if (db_) return true;
  std::error_code ec;
  if (!std::filesystem::exists(file_, ec)) return false;
  data::Database db = data::Database::open(file_, data::OpenMode::ReadOnly);
  // A store the kiosk is still creating or migrating has no queue tables yet.
  if (db.userVersion() < data::latestSchemaVersion()) return false;
  db_.emplace(std::move(db));
  auto recent = data::CallLogRepository(*db_).recent(1);
  lastCall_ = recent.empty() ? 0 : recent[0].id;
  return true;
}

bool DisplayFeed::changed() {
  if (!ready()) return false;
  std::int64_t version = db_->dataVersion();
  bool changed = version != dataVersion_;
  dataVersion_ = version;
  return changed;
}

void DisplayFeed::fill(DisplayState& state) {
  state.storeReady = ready();
  if (!state.storeReady) return;
  followDistrictSettings();
  // Read-only use of the queue's own queries; nothing is written through this service.
  QueueService queue(*db_, catalog_, clock_);
  const ServiceCatalog& catalog = catalog_.current();
  state.counters.clear();
  for (const CounterDef& c : catalog.counters) {
    CounterStatus st = queue.counterStatus(c.number);
    DisplayState::Counter view{c.number, c.name, st.open, std::nullopt, {}};
    if (st.current) {
      view.code = st.current->code;
      const ServiceDef* s = catalog.service(st.current->queueService);
      view.serviceName = s ? s->name : st.current->queueService;
    }
    state.counters.push_back(view);
  }
  state.recent.clear();
  for (const data::CallRecord& call : data::CallLogRepository(*db_).recent(kRecentCalls * 2)) {
    if (call.kind != "call") continue;
    const CounterDef* c = catalog.counter(call.counter);
    state.recent.push_back({call.code, c ? c->name : std::to_string(call.counter)});
    if (state.recent.size() == kRecentCalls) break;
  }
  state.waiting.clear();
  for (const ServiceDef& s : catalog.services) {
    state.waiting.push_back({s.name, queue.serviceStatus(s.id).waiting});
  }
}

void DisplayFeed::fillBoard(DisplayState& state) {
  if (!ready()) return;
  // Read-only: the points service's queries; its rules matter only for awarding.
  PointsRules noRules;
  VolunteerPoints points(*db_, noRules, clock_);
  state.boardMonth = formatDay(clock_.now()).substr(0, 7);
  state.board.clear();
  std::vector<std::string> teams;
  for (const TopVolunteer& t : points.topTen(state.boardMonth)) {
    if (std::find(teams.begin(), teams.end(), t.team) == teams.end()) teams.push_back(t.team);
  }
  // Teams in the order of their best volunteer: the month's most active team first.
  for (const std::string& team : data::VolunteerRepository(*db_).teams()) {
    if (std::find(teams.begin(), teams.end(), team) == teams.end()) teams.push_back(team);
  }
  for (const std::string& team : teams) {
    DisplayState::TeamBoard board{team, {}};
    for (const TopVolunteer& t : points.topTen(state.boardMonth, team)) {
      if (t.minutes > 0) board.top.push_back({t.nameMasked, t.minutes});
    }
    if (!board.top.empty()) state.board.push_back(std::move(board));
  }
}

void DisplayFeed::fillEcho(DisplayState& state, const std::vector<Grid>& grids, Lang lang) {
  if (!ready()) return;
  followDistrictSettings();
  state.echo = EchoWall(*db_, grids).recent(clock_.now(), calendar_, lang);
}

std::vector<data::CallRecord> DisplayFeed::newCalls() {
  if (!ready()) return {};
  auto calls = data::CallLogRepository(*db_).after(lastCall_, 100);
  if (!calls.empty()) lastCall_ = calls.back().id;
  return calls;
}

}  // namespace yizhan::kiosk
