// Appeals benchmark (issue 17), JSON on stdout:
//  1. The figures the district asks for, for a month of a busy station: `requests` requests and
//     appeals accepted in November with `events` transitions in all (accepted, forwarded or
//     dispatched, done, the callback; some sent back, some withdrawn), on a store that also
//     holds `history` older requests. computeFigures for the month: p50/p99 of `repeats`.
//  2. The echo wall's page: the last seven days' done and closed (the 60 it shows), read and
//     paged as the kiosk's tile does. p50/p99 of `repeats`.
// Usage: yizhan_appeal_bench [requests=3000] [events=30000] [history=20000] [repeats=200]
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <random>
#include <string>
#include <vector>

#include "bench/bench_stats.h"
#include "data/request_repository.h"
#include "data/store.h"
#include "data/uuid.h"
#include "kiosk/base/local_time.h"
#include "kiosk/echo/echo_wall.h"
#include "kiosk/figures/request_figures.h"
#include "kiosk/requests/errand_types.h"

using namespace yizhan;
using namespace yizhan::kiosk;
using Steady = std::chrono::steady_clock;
using bench::freshDir;
using bench::ms;
const auto of = bench::percentiles;

namespace {
const char* kCategories[] = {"sanitation", "property", "parking", "noise", "facility"};
const char* kNames[] = {"环境卫生", "物业服务", "停车", "噪音", "设施报修"};

// One request of the month (or of the history before it), with its transitions.
void addRequest(data::RequestRepository& repo, std::mt19937& random, const std::string& day,
                int transitions, const std::vector<Grid>& grids) {
  data::RequestRecord r;
  r.uuid = data::newUuid();
  r.number = data::newTrackingCode("N");
  r.trackingCode = data::newTrackingCode("R");
  bool appeal = random() % 2 == 0;
  r.kind = appeal ? "appeal" : "errand";
  int c = static_cast<int>(random() % 5);
  r.errand = appeal ? kCategories[c] : "utilities";
  r.errandName = appeal ? kNames[c] : "代缴水电气费";
  r.residentMasked = "张*兰 110***********0022";
  r.residentId = std::nullopt;
  r.anonymous = appeal && random() % 4 == 0;
  r.grid = grids[random() % grids.size()].id;
  r.placeBuilding = appeal ? "3号楼" : "";
  r.acceptedDay = day;
  r.dueDay = addDays(day, 4);
  r.acceptedAt = day + "T09:00:00+08:00";
  r.acceptedEpoch = epochSeconds(*parseLocalDateTime(day + "T09:00:00"));
  r.source = "kiosk";
  r.changedAt = r.acceptedAt;
  r.id = repo.insert(r);
  // accept, forward/dispatch, then done and called back; the rest progress notes. One in ten
  // sent back once, one in twenty withdrawn.
  std::vector<std::string> actions{"accept", appeal ? "forward" : "dispatch"};
  bool withdrawn = random() % 20 == 0;
  if (withdrawn) {
    actions.push_back("cancel");
  } else {
    while (static_cast<int>(actions.size()) < transitions - 2)
      actions.push_back(appeal ? "department_progress" : "start");
    if (random() % 10 == 0) {
      actions.push_back(appeal ? "department_done" : "resolve");
      actions.push_back("callback_unsatisfied");
    }
    actions.push_back(appeal ? "department_done" : "resolve");
    actions.push_back("callback_satisfied");
  }
  int offset = 0;
  for (const std::string& a : actions) {
    data::RequestEventRecord ev;
    ev.requestId = r.id;
    ev.action = a;
    ev.toState = "in_progress";
    ev.role = "staff";
    ev.actor = "console";
    ev.day = addDays(day, std::min(offset / 3, 5));
    ev.at = ev.day + "T10:00:00+08:00";
    ev.note = a == "department_done" || a == "resolve" ? "已处理完毕，已告知张阿姨" : "";
    repo.insertEvent(ev);
    ++offset;
  }
  r.state = withdrawn ? "cancelled" : "closed";
  r.closedAt = addDays(day, std::min(offset / 3, 5)) + "T11:00:00+08:00";
  repo.saveFrom(r, "accepted");
}
}  // namespace

int main(int argc, char** argv) {
  int requests = argc > 1 ? std::atoi(argv[1]) : 3000;
  int events = argc > 2 ? std::atoi(argv[2]) : 30000;
  int history = argc > 3 ? std::atoi(argv[3]) : 20000;
  int repeats = argc > 4 ? std::atoi(argv[4]) : 200;
  auto dir = freshDir("yizhan-appeal-bench");
  data::Store store = data::Store::open(dir, "bench");
  std::vector<Grid> grids = defaultGrids();
  std::mt19937 random(17);
  auto built = Steady::now();
  {
    data::Transaction tx(store.db());
    data::RequestRepository repo(store.db());
    for (int i = 0; i < history; ++i)
      addRequest(repo, random, addDays("2026-10-31", -static_cast<int>(random() % 700)), 6, grids);
    int perRequest = std::max(3, events / std::max(requests, 1));
    for (int i = 0; i < requests; ++i)
      addRequest(repo, random, addDays("2026-11-01", static_cast<int>(random() % 24)), perRequest,
                 grids);
    tx.commit();
  }
  double buildMs = ms(Steady::now() - built);
  store.db().exec("ANALYZE");
  WorkCalendar calendar = WorkCalendar::builtIn();

  std::vector<double> figures;
  FiguresReport last;
  for (int i = 0; i < repeats; ++i) {
    auto start = Steady::now();
    last = computeFigures(store.db(), calendar, periodOf(FigurePeriod::Month, "2026-11-24"), grids,
                          "红帆驿站");
    figures.push_back(ms(Steady::now() - start));
  }
  const FigureRow* all = last.find("station", "", "all");
  std::vector<double> wall;
  EchoWall echo(store.db(), grids);
  TimePoint now = *parseLocalDateTime("2026-11-30T18:00:00");
  size_t shown = 0;
  for (int i = 0; i < repeats; ++i) {
    auto start = Steady::now();
    std::vector<EchoEntry> entries = echo.recent(now, calendar, Lang::Zh);
    EchoWallPage page = echoWallPage(entries, 0, 4);
    wall.push_back(ms(Steady::now() - start));
    shown = static_cast<size_t>(page.total);
  }
  auto f = of(figures);
  auto w = of(wall);
  std::printf("{\n  \"store_build_ms\": %.0f,\n", buildMs);
  std::printf(
      "  \"month_figures_ms\": {\"requests\": %d, \"events\": %d, \"history\": %d, "
      "\"collected\": %d, \"resolved\": %d, \"p50\": %.2f, \"p99\": %.2f},\n",
      requests, events, history, all ? all->figures.collected : -1,
      all ? all->figures.resolved : -1, f.p50, f.p99);
  std::printf("  \"echo_wall_page_ms\": {\"entries\": %zu, \"p50\": %.3f, \"p99\": %.3f}\n}\n",
              shown, w.p50, w.p99);
  return 0;
}
