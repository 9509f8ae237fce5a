// Queue benchmark (issue 4), JSON on stdout:
//  1. tap → ticket bytes handed to the printer: the session's handling of a service tap (the
//     durable commit of ticket and outbox event) until the ESC/POS bytes of the ticket are
//     composed on the worker and handed over; p50/p99 over many taps.
//  2. N tickets issued and called through the domain API in one day: throughput, and the cost
//     of "call next" per block of the day, which must not grow with the tickets already served.
// Usage: yizhan_queue_bench [taps=300] [tickets=100000]
#include <algorithm>
#include <chrono>
#include <condition_variable>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <mutex>
#include <vector>

#include "bench/bench_stats.h"
#include "data/store.h"
#include "drivers/audio/capturing_sound_output.h"
#include "drivers/printer/printer_profile.h"
#include "drivers/printer/text_raster.h"
#include "kiosk/base/local_time.h"
#include "kiosk/queue/queue_service.h"
#include "kiosk/queue/take_number_flow.h"
#include "kiosk/session/session.h"
#include "kiosk/staff/staff_auth.h"
#include "kiosk/staff/staff_calls.h"

using namespace yizhan;
using namespace yizhan::kiosk;
using Steady = std::chrono::steady_clock;

using bench::ms;

namespace {
double percentileOf(const std::vector<double>& v, double p) {
  return bench::percentile(v, p / 100.0);
}

std::filesystem::path freshDir(const char* name) {
  auto dir = std::filesystem::temp_directory_path() / name;
  std::filesystem::remove_all(dir);
  std::filesystem::create_directories(dir);
  return dir;
}

ServiceCatalog benchCatalog() {
  ServiceCatalog c = defaultCatalog();
  for (ServiceDef& s : c.services) {
    s.hours = {{0, 24 * 60}};
    s.dailyCap = 1'000'000;
  }
  return c;
}

void tapToBytes(int taps) {
  auto dir = freshDir("yizhan-queue-bench-taps");
  ManualClock clock(fromEpochSeconds(1795483800));  // a Tuesday, 09:30
  data::Store store = data::Store::open(dir, "bench");
  ServiceCatalog catalog = benchCatalog();
  QueueService queue(store.db(), catalog, clock);
  StaffAuth auth(store.db(), clock, LockoutPolicy{});
  StaffCallService calls(store.db(), clock);
  drivers::CapturingSoundOutput sound;
  BackgroundWorker worker;
  drivers::TextRaster raster("/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc", 2);
  auto profile = *drivers::PrinterProfile::named("standard-80mm");

  std::mutex mutex;
  std::condition_variable handed;
  Steady::time_point handedAt;
  bool done = false;
  SessionServices services{auth,
                           calls,
                           worker,
                           sound,
                           clock,
                           {},
                           &queue,
                           nullptr,
                           [&](const SessionServices::Composer& compose) {
                             std::vector<std::uint8_t> bytes = compose(profile, raster);
                             std::lock_guard lock(mutex);
                             handedAt = Steady::now();  // what a printer driver would write
                             done = true;
                             handed.notify_all();
                             return drivers::PrintResult{true, {}};
                           },
                           {}};
  KioskSession session(services, SessionSettings{Lang::Zh, "红帆驿站", "bench", "0", 4});
  std::vector<double> latencies;
  for (int i = 0; i < taps; ++i) {
    session.dispatch(intent::OpenTile{tiles::TakeNumber});
    {
      std::lock_guard lock(mutex);
      done = false;
    }
    auto tapped = Steady::now();
    session.dispatch(intent::ChooseService{i % 2 ? "social-security" : "utilities"});
    std::unique_lock lock(mutex);
    handed.wait(lock, [&] { return done; });
    latencies.push_back(ms(handedAt - tapped));
    lock.unlock();
    worker.drain();
    session.dispatch(intent::FinishTicket{});
  }
  std::printf(
      "  \"tap_to_bytes_ms\": {\"taps\": %d, \"p50\": %.2f, \"p99\": %.2f, \"max\": %.2f},\n", taps,
      percentileOf(latencies, 50), percentileOf(latencies, 99),
      *std::max_element(latencies.begin(), latencies.end()));
}

void dayOfTickets(int tickets) {
  auto dir = freshDir("yizhan-queue-bench-day");
  ManualClock clock(fromEpochSeconds(1795483800));
  data::Store store = data::Store::open(dir, "bench");
  ServiceCatalog catalog = benchCatalog();
  QueueService queue(store.db(), catalog, clock);
  for (int c : {1, 2, 3}) queue.openCounter(c);
  std::string firstDay = formatDay(clock.now());
  const char* services[] = {"social-security", "civil-affairs", "utilities", "consultation"};
  // A steady queue of about 40 waiting: each round takes one number and calls one.
  for (int i = 0; i < 40; ++i) queue.issue(services[i % 4], i % 5 == 0);
  const int blocks = 10, perBlock = tickets / blocks;
  std::vector<double> blockMedians;
  auto start = Steady::now();
  double issueTotal = 0, callTotal = 0;
  for (int b = 0; b < blocks; ++b) {
    std::vector<double> calls;
    for (int i = 0; i < perBlock; ++i) {
      // Half a second per ticket keeps 100 000 tickets within one local day (09:30-23:24).
      clock.advance(std::chrono::milliseconds(500));
      auto t0 = Steady::now();
      queue.issue(services[i % 4], i % 5 == 0);
      auto t1 = Steady::now();
      queue.callNext(1 + i % 3);
      auto t2 = Steady::now();
      issueTotal += ms(t1 - t0);
      callTotal += ms(t2 - t1);
      calls.push_back(ms(t2 - t1));
    }
    blockMedians.push_back(percentileOf(calls, 50));
    std::fprintf(stderr, "block %d/%d: call next p50 %.3f ms\n", b + 1, blocks,
                 blockMedians.back());
  }
  double seconds = std::chrono::duration<double>(Steady::now() - start).count();
  std::printf(
      "  \"day\": {\"tickets\": %d, \"seconds\": %.1f, \"issued_and_called_per_s\": %.0f, "
      "\"issue_mean_ms\": %.3f, \"call_next_mean_ms\": %.3f,\n",
      blocks * perBlock, seconds, blocks * perBlock / seconds, issueTotal / (blocks * perBlock),
      callTotal / (blocks * perBlock));
  std::printf("    \"call_next_p50_ms_per_block\": [");
  for (size_t i = 0; i < blockMedians.size(); ++i) {
    std::printf("%s%.3f", i ? ", " : "", blockMedians[i]);
  }
  std::printf(
      "],\n    \"last_block_over_first\": %.2f, \"first_day\": \"%s\", "
      "\"last_day\": \"%s\"}\n",
      blockMedians.back() / blockMedians.front(), firstDay.c_str(), formatDay(clock.now()).c_str());
}
}  // namespace

int main(int argc, char** argv) {
  int taps = argc > 1 ? std::atoi(argv[1]) : 300;
  int tickets = argc > 2 ? std::atoi(argv[2]) : 100000;
  useTimeZone("Asia/Shanghai");
  std::printf("{\n");
  tapToBytes(taps);
  dayOfTickets(tickets);
  std::printf("}\n");
}
