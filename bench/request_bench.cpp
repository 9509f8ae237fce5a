// On-behalf requests benchmark (issue 16), JSON on stdout:
//  1. An ID card placed on the reader (the card reader simulator, over a pseudo-terminal) until
//     the frame that shows the resident identified (the errand screen, greeted by name). p50/p99.
//  2. The staff's lists (first page of 20) on a store of `requests` requests with
//     `transitions` transitions in all: by state, open by due day, by grid, by errand, due
//     today, overdue, untaken, what a volunteer may take. p50/p99 of `repeats` each.
//  3. `claimers` threads, each on its own connection as the kiosk and the console are, taking
//     the same request at once, `rounds` times: how many won each round (must be one).
// Usage: yizhan_request_bench [cards=50] [requests=50000] [transitions=500000] [repeats=300]
//                             [claimers=100] [rounds=5]
#include <atomic>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <random>
#include <string>
#include <thread>
#include <vector>

#include "bench/bench_stats.h"
#include "data/request_repository.h"
#include "data/store.h"
#include "data/uuid.h"
#include "drivers/idcard/sim/fixture_cards.h"
#include "kiosk/base/local_time.h"
#include "kiosk/requests/errand_flow.h"
#include "kiosk/requests/request_desk.h"
#include "kiosk/volunteers/volunteer_roster.h"
#include "kiosk/volunteers/volunteer_shifts.h"
#include "ui/app/headless_kiosk.h"

using namespace yizhan;
using namespace yizhan::kiosk;
using Steady = std::chrono::steady_clock;
using bench::freshDir;
using bench::ms;
const auto of = bench::percentiles;

namespace {
void cards(int count) {
  auto dir = freshDir("yizhan-request-bench-cards");
  Config config;
  config.requests.offerAtKiosk = 1;
  ui::HeadlessKiosk kiosk(
      ui::HeadlessOptions{config, dir, *parseLocalDateTime("2026-11-24T09:00:00"), 1920, 1080});
  auto& reader = *kiosk.station().devices().cardReaderSimulator();
  kiosk.settle();
  std::vector<double> identified;
  // The first read also opens the devices and grows the font atlas: a warm-up, not a sample.
  for (int i = -1; i < count; ++i) {
    kiosk.tap("红色代办");
    auto start = Steady::now();
    reader.place(drivers::sim::elderlyResident());
    bool shown = false;
    for (int f = 0; f < 20000 && !shown; ++f) {
      kiosk.settle();
      shown = kiosk.screen() == screens::ErrandChoose;
      kiosk.app().renderFrame();
    }
    if (!shown) {
      std::fprintf(stderr, "request bench: the card was never read\n");
      std::exit(1);
    }
    if (i >= 0) identified.push_back(ms(Steady::now() - start));
    reader.lift();
    std::this_thread::sleep_for(std::chrono::milliseconds(400));  // the reader sees it gone
    kiosk.tap("返回");
    kiosk.tap("返回");
  }
  auto p = of(identified);
  std::printf("  \"card_to_identified_ms\": {\"cards\": %d, \"p50\": %.2f, \"p99\": %.2f},\n",
              count, p.p50, p.p99);
}

const char* kStates[] = {"accepted", "dispatched", "taken",    "in_progress", "resolved",  "closed",
                         "reopened", "on_hold",    "referred", "cancelled",   "no_contact"};

void lists(int requests, int transitions, int repeats) {
  auto dir = freshDir("yizhan-request-bench-lists");
  ManualClock clock(*parseLocalDateTime("2026-11-24T09:30:00"));
  data::Store store = data::Store::open(dir, "bench");
  PersonalKey key = PersonalKey::loadOrCreate(PersonalKey::fileIn(dir));
  PersonalSeal seal = PersonalSeal::loadOrCreate(PersonalSeal::fileIn(dir));
  Live<WorkCalendar> calendar(WorkCalendar::builtIn());
  std::vector<Grid> grids;
  for (int g = 0; g < 8; ++g) {
    grids.push_back({"grid-" + std::to_string(g + 1),
                     "第" + std::to_string(g + 1) + "网格",
                     "网格员",
                     "",
                     {std::to_string(g + 1) + "号楼"}});
  }
  RequestDesk desk(store.db(), key, seal, clock, calendar, defaultErrandTypes(), grids,
                   RequestRules{});
  VolunteerRoster roster(store.db(), key, seal, clock);
  VolunteerDetails v;
  v.name = "王小明";
  v.phone = "13812345678";
  v.team = "红色代办服务队";
  v.skills = {"代缴水电气费", "代取药品"};
  std::int64_t volunteer = *roster.enrollOrUpdate(v, "import", "bench").id;

  auto built = Steady::now();
  std::mt19937 random(16);
  auto errands = defaultErrandTypes();
  {
    data::Transaction tx(store.db());  // one commit: the figures are of reading
    data::RequestRepository repo(store.db());
    int perRequest = std::max(1, transitions / std::max(requests, 1));
    for (int i = 0; i < requests; ++i) {
      data::RequestRecord r;
      r.uuid = data::newUuid();
      char number[32];
      std::snprintf(number, sizeof number, "B%07d", i);
      r.number = number;
      r.trackingCode = data::newTrackingCode("R");
      r.residentMasked = "张*兰 110***********0022";
      const ErrandType& e = errands[random() % errands.size()];
      r.errand = e.id;
      r.errandName = e.name;
      r.skill = e.skill;
      r.grid = grids[random() % grids.size()].id;
      // Most requests long closed; the open ones spread over the weeks around today.
      bool open = random() % 10 < 2;
      r.state = open ? kStates[random() % 5] : kStates[5 + random() % 6];
      if (!open && (r.state == std::string("reopened") || r.state == std::string("on_hold")))
        r.state = "closed";
      int offset = open ? static_cast<int>(random() % 40) - 20 : -static_cast<int>(random() % 720);
      r.acceptedDay = addDays("2026-11-24", offset - 3);
      r.dueDay = addDays("2026-11-24", offset);
      r.acceptedAt = r.acceptedDay + "T09:00:00+08:00";
      r.acceptedEpoch = epochSeconds(*parseLocalDateTime(r.acceptedDay + "T09:00:00"));
      r.source = "kiosk";
      r.changedAt = r.acceptedAt;
      r.id = repo.insert(r);
      if (!open) {
        r.closedAt = r.acceptedAt;
        repo.saveFrom(r, r.state);
      }
      for (int t = 0; t < perRequest; ++t) {
        data::RequestEventRecord ev;
        ev.requestId = r.id;
        ev.action = "dispatch";
        ev.fromState = "accepted";
        ev.toState = "dispatched";
        ev.role = "staff";
        ev.actor = "console";
        ev.at = r.acceptedAt;
        ev.day = r.acceptedDay;
        repo.insertEvent(ev);
      }
    }
    tx.commit();
  }
  double buildMs = ms(Steady::now() - built);
  store.db().exec("ANALYZE");

  struct Named {
    const char* name;
    RequestListAsk ask;
  };
  auto ask = [](RequestList l) { return RequestListAsk::of(l); };
  std::vector<Named> cases;
  {
    auto byState = ask(RequestList::ByState);
    byState.state = RequestState::Accepted;
    auto inGrid = ask(RequestList::OpenInGrid);
    inGrid.grid = "grid-3";
    auto ofErrand = ask(RequestList::OpenOfErrand);
    ofErrand.errand = "medicine";
    auto takeable = ask(RequestList::Takeable);
    takeable.volunteerId = volunteer;
    cases = {{"by_state", byState},
             {"open_by_due", ask(RequestList::Open)},
             {"open_in_grid", inGrid},
             {"open_of_errand", ofErrand},
             {"due_today", ask(RequestList::DueToday)},
             {"overdue", ask(RequestList::Overdue)},
             {"untaken", ask(RequestList::Untaken)},
             {"takeable", takeable}};
  }
  std::printf("  \"lists\": {\"requests\": %d, \"transitions\": %d, \"build_ms\": %.0f", requests,
              requests * std::max(1, transitions / std::max(requests, 1)), buildMs);
  for (const Named& c : cases) {
    std::vector<double> took;
    size_t rows = 0;
    for (int i = 0; i < repeats; ++i) {
      auto start = Steady::now();
      rows = desk.list(c.ask).size();
      took.push_back(ms(Steady::now() - start));
    }
    auto p = of(took);
    std::printf(",\n    \"%s\": {\"rows\": %zu, \"p50_ms\": %.3f, \"p99_ms\": %.3f}", c.name, rows,
                p.p50, p.p99);
  }
  std::printf("},\n");
}

void claims(int claimers, int rounds) {
  auto dir = freshDir("yizhan-request-bench-claims");
  ManualClock clock(*parseLocalDateTime("2026-11-24T09:30:00"));
  data::Store store = data::Store::open(dir, "bench");
  PersonalKey key = PersonalKey::loadOrCreate(PersonalKey::fileIn(dir));
  PersonalSeal seal = PersonalSeal::loadOrCreate(PersonalSeal::fileIn(dir));
  Live<WorkCalendar> calendar(WorkCalendar::builtIn());
  Live<ServiceCatalog> catalog(defaultCatalog());
  RequestDesk desk(store.db(), key, seal, clock, calendar, defaultErrandTypes(), defaultGrids(),
                   RequestRules{});
  VolunteerRoster roster(store.db(), key, seal, clock);
  ShiftRules shiftRules;
  VolunteerShifts shifts(store.db(), shiftRules, catalog, calendar, "bench", clock, nullptr);
  std::vector<std::int64_t> volunteers;
  for (int i = 0; i < claimers; ++i) {
    VolunteerDetails v;
    v.name = "志愿者" + std::to_string(i);
    char phone[16];
    std::snprintf(phone, sizeof phone, "137%08d", i);
    v.phone = phone;
    v.team = "红色代办服务队";
    v.skills = {"代购生活用品"};
    volunteers.push_back(*roster.enrollOrUpdate(v, "import", "bench").id);
    shifts.signIn(volunteers.back(), "on_behalf");
  }
  ResidentDetails resident;
  resident.name = "张桂兰";
  resident.phone = "13911112222";
  resident.address = ResidentAddress{"3号楼", "2单元", "301"};
  std::int64_t residentId =
      desk.residents().enrollOrUpdate(resident, "staff", "bench").resident->id;

  std::printf("  \"claims\": {\"claimers\": %d, \"rounds\": [", claimers);
  for (int round = 0; round < rounds; ++round) {
    SubmitAsk submit;
    submit.residentId = residentId;
    submit.errandId = round % 2 ? "other" : "shopping";
    submit.answers = round % 2 ? std::vector<std::string>{} : std::vector<std::string>{"明天"};
    std::int64_t request = desk.submit(submit).request->id;
    std::atomic<int> ready{0}, won{0}, told{0}, busy{0};
    std::atomic<bool> go{false};
    std::vector<std::thread> threads;
    auto start = Steady::now();
    for (std::int64_t v : volunteers) {
      threads.emplace_back([&, v] {
        data::Database db = data::Database::open(store.db().path());
        RequestDesk own(db, key, seal, clock, calendar, defaultErrandTypes(), defaultGrids(),
                        RequestRules{});
        ActAsk take;
        take.action = RequestAction::Take;
        take.actor = RequestActor::volunteer(v);
        take.seen = RequestState::Accepted;
        ++ready;
        while (!go) std::this_thread::yield();
        try {
          auto outcome = own.act(request, take);
          if (outcome) ++won;
          if (outcome.problem == ActProblem::TakenByOther) ++told;
        } catch (const data::StoreError&) {
          ++busy;  // the store's busy timeout ran out: a failure of the figure, reported
        }
      });
    }
    while (ready < claimers) std::this_thread::yield();
    go = true;
    for (auto& t : threads) t.join();
    double took = ms(Steady::now() - start);
    std::printf("%s{\"won\": %d, \"told_taken\": %d, \"busy\": %d, \"ms\": %.0f}",
                round ? ", " : "", won.load(), told.load(), busy.load(), took);
    // Back for the next round: the request given up again, so the next is new.
    ActAsk cancel;
    cancel.action = RequestAction::Cancel;
    cancel.actor = RequestActor::staff("bench");
    desk.act(request, cancel);
  }
  std::printf("]}\n");
}
}  // namespace

int main(int argc, char** argv) {
  auto arg = [&](int i, int fallback) { return argc > i ? std::atoi(argv[i]) : fallback; };
  int cardCount = arg(1, 50), requests = arg(2, 50000), transitions = arg(3, 500000);
  int repeats = arg(4, 300), claimers = arg(5, 100), rounds = arg(6, 5);
  useTimeZone("Asia/Shanghai");
  std::printf("{\n");
  cards(cardCount);
  lists(requests, transitions, repeats);
  claims(claimers, rounds);
  std::printf("}\n");
  return 0;
}
