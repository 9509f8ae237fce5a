// The district sync's drain: 10 000 queued events uploaded to a district-sim on loopback, for
// several batch sizes (time, events/s, peak memory), and the kiosk's frame costs on the UI
// thread while a drain runs beside it, against the same taps with no upload.
//   yizhan_sync_bench DISTRICT_SIM [events=10000] [runs=3] [batches=25,100,200,500]
// Each measurement runs in a child process of its own, so peak memory is that run's alone, and
// the district-sim is a separate process, so its work is not counted as the kiosk's. Prints
// one JSON object; bench/run.sh saves it.
#include <signal.h>
#include <sodium.h>
#include <sys/wait.h>
#include <unistd.h>

#include <nlohmann/json.hpp>

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <sstream>
#include <string>
#include <thread>
#include <vector>

#include "bench/bench_stats.h"
#include "bench/tap_round.h"
#include "data/outbox.h"
#include "data/store.h"
#include "kiosk/base/local_time.h"
#include "kiosk/sync/station_credentials.h"
#include "kiosk/sync/sync_worker.h"
#include "ui/app/headless_kiosk.h"

using namespace yizhan;
using nlohmann::json;
using Steady = std::chrono::steady_clock;

namespace {

// A district-sim process on a free loopback port, stopped with SIGTERM when this goes.
class DistrictSimProcess {
 public:
  DistrictSimProcess(const std::string& binary, const std::filesystem::path& dir) {
    std::filesystem::path log = dir / "district-sim.log";
    pid_ = fork();
    if (pid_ == 0) {
      std::freopen(log.c_str(), "w", stdout);
      std::freopen((dir / "district-sim.err").c_str(), "w", stderr);
      execl(binary.c_str(), binary.c_str(), "--db", (dir / "district.sqlite").c_str(), "--port",
            "0", "--token", "bench", static_cast<char*>(nullptr));
      _exit(127);
    }
    for (int i = 0; i < 200 && port_ == 0; ++i) {
      std::this_thread::sleep_for(std::chrono::milliseconds(25));
      std::ifstream in(log);
      std::string line;
      std::getline(in, line);
      auto at = line.find("127.0.0.1:");
      if (at != std::string::npos) port_ = std::atoi(line.c_str() + at + 10);
    }
    if (port_ == 0)
      throw std::runtime_error("district-sim did not start (see " + log.string() + ")");
    database_ = dir / "district.sqlite";
  }
  ~DistrictSimProcess() {
    kill(pid_, SIGTERM);
    waitpid(pid_, nullptr, 0);
  }
  std::string url() const { return "http://127.0.0.1:" + std::to_string(port_) + "/"; }
  // Events the district holds, and how many distinct (station, seq) among them.
  std::pair<std::int64_t, std::int64_t> events() const {
    data::Database db = data::Database::open(database_, data::OpenMode::ReadOnly);
    auto stmt = db.prepare("SELECT count(*), count(DISTINCT station || ':' || seq) FROM event");
    stmt.step();
    return {stmt.columnInt(0), stmt.columnInt(1)};
  }

 private:
  pid_t pid_ = -1;
  int port_ = 0;
  std::filesystem::path database_;
};

double statusMb(const char* field) {
  std::ifstream in("/proc/self/status");
  std::string line;
  while (std::getline(in, line)) {
    if (line.rfind(field, 0) == 0) return std::atof(line.c_str() + std::strlen(field)) / 1024.0;
  }
  return 0;
}

// Events as the queue writes them, in one transaction: the backlog of a day offline.
void queueEvents(data::Database& db, int count) {
  data::Transaction tx(db);
  data::Outbox outbox(db);
  std::string at = kiosk::formatIso(kiosk::SystemClock().now());
  for (int i = 0; i < count; ++i) {
    json payload = {{"ticket_id", i + 1},           {"code", "A" + std::to_string(100 + i % 900)},
                    {"service", "social-security"}, {"priority", i % 7 == 0},
                    {"people_ahead", i % 12},       {"estimate_minutes", 6 + i % 30}};
    outbox.append(i % 3 == 0   ? "ticket.issued"
                  : i % 3 == 1 ? "ticket.called"
                               : "ticket.served",
                  at, payload.dump());
  }
  tx.commit();
}

std::filesystem::path tempDir() {
  char pattern[] = "/tmp/yizhan-sync-bench-XXXXXX";
  return mkdtemp(pattern);
}

kiosk::SyncSettings benchSettings(int batch) {
  kiosk::SyncSettings s;
  s.upload.batchEvents = batch;
  s.upload.batchBytes = 4 << 20;  // the count decides, not the bytes
  s.idlePoll = std::chrono::milliseconds(20);
  s.heartbeatEvery = std::chrono::seconds(3600);
  return s;
}

int drainChild(const std::string& sim, int events, int batch) {
  std::filesystem::path dir = tempDir();
  {
    DistrictSimProcess district(sim, dir);
    data::Store store = data::Store::open(dir / "data", "bench");
    queueEvents(store.db(), events);
    std::filesystem::path credentials = kiosk::StationCredentials::fileIn(dir / "data");
    kiosk::enrollStation(district.url(), "bench", "bench").save(credentials);
    double rssBefore = statusMb("VmRSS:");
    kiosk::SystemClock clock;
    kiosk::SyncWorker worker(store.db().path(), credentials, benchSettings(batch), clock);
    auto start = Steady::now();
    worker.start();
    bool drained = worker.waitUntilDrained(std::chrono::minutes(10));
    double seconds = bench::ms(Steady::now() - start) / 1000.0;
    worker.stop();
    auto [stored, distinct] = district.events();
    json out = {{"batch", batch},
                {"events", events},
                {"drained", drained},
                {"district_events", stored},
                {"district_distinct_seq", distinct},
                {"seconds", seconds},
                {"events_per_s", events / seconds},
                {"rss_before_mb", rssBefore},
                {"peak_rss_mb", statusMb("VmHWM:")}};
    std::printf("%s\n", out.dump().c_str());
    if (!drained || stored != events || distinct != events) return 1;
  }
  std::filesystem::remove_all(dir);
  return 0;
}

json frameFigures(ui::HeadlessKiosk& kiosk, std::uint64_t since) {
  std::vector<double> wall = kiosk.app().frameTimes().wallSince(since);
  std::vector<double> ui = kiosk.app().frameTimes().uiThreadCpuSince(since);
  return {{"frames", wall.size()},
          {"wall_ms_p50", bench::percentile(wall, 0.5)},
          {"wall_ms_p99", bench::percentile(wall, 0.99)},
          {"ui_thread_cpu_ms_p50", bench::percentile(ui, 0.5)},
          {"ui_thread_cpu_ms_p99", bench::percentile(ui, 0.99)}};
}

int framesChild(const std::string& sim, int events, int batch) {
  std::filesystem::path dir = tempDir();
  int result = 0;
  {
    DistrictSimProcess district(sim, dir);
    ui::HeadlessKiosk kiosk(
        ui::HeadlessOptions{kiosk::Config{}, dir / "data", kiosk::SystemClock().now(), 1920, 1080});
    kiosk.station().auth().setPin("246810", "bench");
    queueEvents(kiosk.station().store().db(), events);
    kiosk::enrollStation(district.url(), "bench", "bench")
        .save(kiosk::StationCredentials::fileIn(dir / "data"));
    bench::tapRound(kiosk, "246810");  // warm: fonts and pages built

    std::uint64_t idleFrom = kiosk.app().frameTimes().count();
    for (int i = 0; i < 5; ++i) bench::tapRound(kiosk, "246810");
    json idle = frameFigures(kiosk, idleFrom);

    kiosk::SyncWorker& worker = kiosk.station().startSync(benchSettings(batch));
    std::uint64_t drainFrom = kiosk.app().frameTimes().count();
    auto start = Steady::now();
    int rounds = 0;
    while (worker.status().backlog > 0 || rounds == 0) {
      bench::tapRound(kiosk, "246810");
      if (++rounds > 200) break;
    }
    double seconds = bench::ms(Steady::now() - start) / 1000.0;
    json draining = frameFigures(kiosk, drainFrom);
    bool drained = worker.waitUntilDrained(std::chrono::minutes(5));
    json out = {{"batch", batch},
                {"events", events},
                {"drained", drained},
                {"tap_rounds_while_draining", rounds},
                {"seconds_while_draining", seconds},
                {"idle", idle},
                {"draining", draining}};
    std::printf("%s\n", out.dump().c_str());
    if (!drained) result = 1;
  }
  std::filesystem::remove_all(dir);
  return result;
}

json runChild(const std::string& self, const std::string& args) {
  std::string command = self + " " + args;
  FILE* pipe = popen(command.c_str(), "r");
  std::string text;
  char buffer[4096];
  while (pipe && std::fgets(buffer, sizeof buffer, pipe)) text += buffer;
  int status = pipe ? pclose(pipe) : -1;
  json out = json::parse(text, nullptr, false);
  if (status != 0 || out.is_discarded()) {
    throw std::runtime_error("child failed: " + command + "\n" + text);
  }
  return out;
}

double median(std::vector<double> v) {
  return bench::percentile(std::move(v), 0.5);
}

}  // namespace

int main(int argc, char** argv) {
  kiosk::useTimeZone("Asia/Shanghai");
  if (sodium_init() < 0) return 1;
  if (argc >= 6 && std::string(argv[1]) == "--child") {
    std::string mode = argv[2], sim = argv[3];
    int events = std::atoi(argv[4]), batch = std::atoi(argv[5]);
    try {
      return mode == "drain" ? drainChild(sim, events, batch) : framesChild(sim, events, batch);
    } catch (const std::exception& e) {
      std::fprintf(stderr, "yizhan_sync_bench: %s\n", e.what());
      return 1;
    }
  }
  if (argc < 2) {
    std::fprintf(stderr, "usage: yizhan_sync_bench DISTRICT_SIM [events] [runs] [batches]\n");
    return 2;
  }
  std::string sim = argv[1];
  int events = argc > 2 ? std::atoi(argv[2]) : 10'000;
  int runs = argc > 3 ? std::atoi(argv[3]) : 3;
  std::vector<int> batches;
  std::stringstream list(argc > 4 ? argv[4] : "25,100,200,500");
  for (std::string item; std::getline(list, item, ',');) batches.push_back(std::stoi(item));
  std::string self = std::filesystem::canonical("/proc/self/exe").string();
  try {
    json out = {{"events", events}, {"runs", runs}, {"drain", json::array()}};
    for (int batch : batches) {
      std::vector<double> seconds, rate, peak, before;
      for (int r = 0; r < runs; ++r) {
        json one = runChild(self, "--child drain " + sim + " " + std::to_string(events) + " " +
                                      std::to_string(batch));
        std::fprintf(stderr, "%s\n", one.dump().c_str());
        seconds.push_back(one["seconds"]);
        rate.push_back(one["events_per_s"]);
        peak.push_back(one["peak_rss_mb"]);
        before.push_back(one["rss_before_mb"]);
      }
      out["drain"].push_back({{"batch", batch},
                              {"seconds_median", median(seconds)},
                              {"events_per_s_median", median(rate)},
                              {"rss_before_mb_median", median(before)},
                              {"peak_rss_mb_median", median(peak)},
                              {"seconds_all", seconds}});
    }
    std::vector<json> frames;
    for (int r = 0; r < runs; ++r) {
      frames.push_back(
          runChild(self, "--child frames " + sim + " " + std::to_string(events) + " 200"));
      std::fprintf(stderr, "%s\n", frames.back().dump().c_str());
    }
    auto med = [&](const char* phase, const char* key) {
      std::vector<double> v;
      for (const json& f : frames) v.push_back(f[phase][key]);
      return median(v);
    };
    json summary;
    for (const char* key :
         {"wall_ms_p50", "wall_ms_p99", "ui_thread_cpu_ms_p50", "ui_thread_cpu_ms_p99"}) {
      summary[std::string("idle_") + key] = med("idle", key);
      summary[std::string("draining_") + key] = med("draining", key);
      summary[std::string("ratio_") + key] = med("draining", key) / med("idle", key);
    }
    out["frames_batch_200"] = summary;
    out["frames_runs"] = frames;
    std::printf("%s\n", out.dump(2).c_str());
  } catch (const std::exception& e) {
    std::fprintf(stderr, "yizhan_sync_bench: %s\n", e.what());
    return 1;
  }
  return 0;
}
