// Volunteers benchmark (issue 15), JSON on stdout:
//  1. A volunteer card scanned (the scanner simulator, over a pseudo-terminal) until the frame
//     that shows the answer: to the activity screen (sign-in), then the tap on 值班 to the
//     confirmation; and a card scanned to the signed-out screen (sign-out). p50/p99.
//  2. This month's hours, points and rank of one volunteer, and the top ten (all, and of a
//     team), on a store with `volunteers` volunteers × `days` days of shifts. p50/p99.
//  3. A roster spreadsheet of `rows` rows (GBK) read and imported with --apply. Median of 5.
// Usage: yizhan_volunteer_bench [scans=100] [volunteers=2000] [days=30] [rows=2000]
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <random>
#include <string>
#include <vector>

#include "bench/bench_stats.h"
#include "data/store.h"
#include "drivers/printer/gb18030.h"
#include "drivers/scanner/sim/scanner_simulator.h"
#include "kiosk/base/local_time.h"
#include "kiosk/volunteers/roster_import.h"
#include "kiosk/volunteers/volunteer_card.h"
#include "kiosk/volunteers/volunteer_flow.h"
#include "ui/app/headless_kiosk.h"

using namespace yizhan;
using namespace yizhan::kiosk;
using Steady = std::chrono::steady_clock;
using bench::freshDir;
using bench::ms;
const auto of = bench::percentiles;

namespace {
std::string phoneOf(int i) {
  char digits[16];
  std::snprintf(digits, sizeof digits, "139%08d", i);
  return digits;
}

VolunteerDetails volunteerNo(int i) {
  VolunteerDetails d;
  d.externalId = "V" + std::to_string(i);
  d.name = "志愿者" + std::to_string(i);
  d.phone = phoneOf(i);
  d.team = i % 3 == 0 ? "红色代办服务队" : "志愿服务队";
  d.kind = VolunteerKind::Public;
  return d;
}

// Frames until the one drawn while `target` shows; the time from `start` to its end.
double untilShown(ui::HeadlessKiosk& kiosk, const Screen& target, Steady::time_point start) {
  for (int i = 0; i < 5000; ++i) {
    kiosk.station().session().tick();
    bool there = kiosk.screen() == target;
    kiosk.app().renderFrame();
    if (there) return ms(Steady::now() - start);
  }
  std::fprintf(stderr, "volunteer bench: %s never showed\n", std::string(target.name).c_str());
  std::exit(1);
}

void scans(int count) {
  auto dir = freshDir("yizhan-volunteer-bench-scan");
  ui::HeadlessKiosk kiosk(
      ui::HeadlessOptions{Config{}, dir, *parseLocalDateTime("2026-11-24T08:00:00"), 1920, 1080});
  auto& roster = kiosk.station().volunteerRoster();
  const int people = 20;
  std::vector<std::string> cards;
  for (int i = 0; i < people; ++i) {
    auto id = *roster.enrollOrUpdate(volunteerNo(i), "kiosk", "bench").id;
    cards.push_back(volunteerCardCode("demo-station", id, *kiosk.station().personalKey()));
  }
  auto& scanner = *kiosk.station().devices().scannerSimulator();
  kiosk.settle();
  std::vector<double> toActivity, toSignedIn, toSignedOut;
  for (int i = 0; i < count; ++i) {
    const std::string& card = cards[static_cast<size_t>(i % people)];
    kiosk.advance(std::chrono::seconds(30));  // past the repeat guard, another minute's sweep
    auto start = Steady::now();
    scanner.scan(card);  // a real scanner's pace: 2 ms a character
    toActivity.push_back(untilShown(kiosk, screens::VolunteerActivity, start));
    // The tap on 值班 as the screen emits it: the sign-in's commit and the frame that shows it.
    start = Steady::now();
    kiosk.station().session().dispatch(intent::PickActivity{"duty"});
    toSignedIn.push_back(untilShown(kiosk, screens::VolunteerOnDuty, start));
    kiosk.tap("好的");
    kiosk.advance(std::chrono::seconds(30));
    start = Steady::now();
    scanner.scan(card);  // a real scanner's pace: 2 ms a character
    toSignedOut.push_back(untilShown(kiosk, screens::VolunteerSignedOut, start));
    kiosk.tap("好的");
  }
  auto a = of(toActivity), b = of(toSignedIn), c = of(toSignedOut);
  std::printf(
      "  \"scan\": {\"rounds\": %d, \"code_chars\": %zu, \"scan_to_activity_ms\": {\"p50\": %.2f, "
      "\"p99\": %.2f}, "
      "\"pick_to_signed_in_ms\": {\"p50\": %.2f, \"p99\": %.2f}, "
      "\"scan_to_signed_out_ms\": {\"p50\": %.2f, \"p99\": %.2f}},\n",
      count, cards[0].size(), a.p50, a.p99, b.p50, b.p99, c.p50, c.p99);
}

void ranks(int volunteers, int days) {
  auto dir = freshDir("yizhan-volunteer-bench-ranks");
  ManualClock clock(*parseLocalDateTime("2026-11-01T08:00:00"));
  data::Store store = data::Store::open(dir, "bench");
  PersonalKey key = PersonalKey::loadOrCreate(PersonalKey::fileIn(dir));
  PersonalSeal seal = PersonalSeal::loadOrCreate(PersonalSeal::fileIn(dir));
  VolunteerRoster roster(store.db(), key, seal, clock);
  PointsRules rules;
  VolunteerPoints points(store.db(), rules, clock);
  ShiftRules shiftRules;
  Live<ServiceCatalog> catalog(defaultCatalog());
  Live<WorkCalendar> calendar(WorkCalendar::builtIn());
  VolunteerShifts shifts(store.db(), shiftRules, catalog, calendar, "bench", clock, &points);

  auto built = Steady::now();
  std::vector<std::int64_t> ids;
  std::mt19937 random(15);
  {
    data::Transaction tx(store.db());  // one commit: the figures are of reading, not of writing
    for (int i = 0; i < volunteers; ++i)
      ids.push_back(*roster.enrollOrUpdate(volunteerNo(i), "import", "bench").id);
    for (int d = 0; d < days; ++d) {
      for (std::int64_t id : ids) {
        clock.set(*parseLocalDateTime("2026-11-01T08:00:00") + std::chrono::hours(24 * d));
        shifts.signIn(id, "duty");
        clock.advance(std::chrono::minutes(30 + static_cast<int>(random() % 240)));
        shifts.signOut(id);
      }
    }
    tx.commit();
  }
  double buildSeconds = ms(Steady::now() - built) / 1000;

  std::vector<double> standing, top, teamTop;
  std::int64_t checksum = 0;
  for (int i = 0; i < 2000; ++i) {
    std::int64_t id = ids[random() % ids.size()];
    auto start = Steady::now();
    MonthStanding s = points.standing(id, "2026-11");
    standing.push_back(ms(Steady::now() - start));
    checksum += s.rank;
  }
  for (int i = 0; i < 300; ++i) {
    auto start = Steady::now();
    checksum += static_cast<std::int64_t>(points.topTen("2026-11").size());
    top.push_back(ms(Steady::now() - start));
    start = Steady::now();
    checksum +=
        static_cast<std::int64_t>(points.topTen("2026-11", std::string("志愿服务队")).size());
    teamTop.push_back(ms(Steady::now() - start));
  }
  auto a = of(standing), b = of(top), c = of(teamTop);
  std::printf(
      "  \"month\": {\"volunteers\": %d, \"days\": %d, \"shifts\": %d, \"store_built_s\": %.1f, "
      "\"hours_points_rank_ms\": {\"p50\": %.3f, \"p99\": %.3f}, "
      "\"top_ten_ms\": {\"p50\": %.3f, \"p99\": %.3f}, "
      "\"team_top_ten_ms\": {\"p50\": %.3f, \"p99\": %.3f}, \"checksum\": %lld},\n",
      volunteers, days, volunteers * days, buildSeconds, a.p50, a.p99, b.p50, b.p99, c.p50, c.p99,
      static_cast<long long>(checksum));
}

void import(int rows) {
  std::string sheet = "编号,姓名,手机号,队伍,类别,工作单位,技能\n";
  for (int i = 0; i < rows; ++i) {
    sheet += "V" + std::to_string(i) + ",志愿者" + std::to_string(i) + "," + phoneOf(i) +
             (i % 3 == 0 ? ",红色代办服务队,在职党员,区税务局,代取药品、代缴水电气费\n"
                         : ",志愿服务队,群众志愿者,,\n");
  }
  std::string gbk = *drivers::toPrintableGb18030(sheet);
  std::vector<double> read, applied;
  int enrolled = 0;
  for (int run = 0; run < 5; ++run) {
    auto dir = freshDir("yizhan-volunteer-bench-import");
    SystemClock clock;
    data::Store store = data::Store::open(dir, "bench");
    PersonalKey key = PersonalKey::loadOrCreate(PersonalKey::fileIn(dir));
    PersonalSeal seal = PersonalSeal::loadOrCreate(PersonalSeal::fileIn(dir));
    VolunteerRoster roster(store.db(), key, seal, clock);
    auto start = Steady::now();
    RosterSheet parsed = readRosterSheet(gbk);
    read.push_back(ms(Steady::now() - start));
    start = Steady::now();
    ImportReport report = importRoster(parsed, roster, store.db(), true, "bench");
    applied.push_back(ms(Steady::now() - start));
    enrolled = report.enrolled;
  }
  std::printf(
      "  \"import\": {\"rows\": %d, \"bytes\": %zu, \"enrolled\": %d, \"read_ms_median\": %.1f, "
      "\"apply_ms_median\": %.1f}\n",
      rows, gbk.size(), enrolled, bench::percentile(read, 0.5), bench::percentile(applied, 0.5));
}
}  // namespace

int main(int argc, char** argv) {
  int scanRounds = argc > 1 ? std::atoi(argv[1]) : 100;
  int volunteers = argc > 2 ? std::atoi(argv[2]) : 2000;
  int days = argc > 3 ? std::atoi(argv[3]) : 30;
  int rows = argc > 4 ? std::atoi(argv[4]) : 2000;
  std::printf("{\n");
  scans(scanRounds);
  ranks(volunteers, days);
  import(rows);
  std::printf("}\n");
  return 0;
}
