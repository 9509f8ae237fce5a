#include "ui/app/run_kiosk.h"

#include <cstdio>
#include <cstdlib>

#include "drivers/audio/sdl_sound_output.h"
#include "kiosk/base/local_time.h"
#include "kiosk/staff/staff_strings.h"
#include "ui/app/headless_kiosk.h"
#include "ui/app/startup_trace.h"

namespace yizhan::ui {

std::optional<kiosk::TimePoint> startTime(const kiosk::KioskRun& run) {
  if (!run.fixedTime) return kiosk::SystemClock().now();
  auto parsed = kiosk::parseLocalDateTime(*run.fixedTime);
  if (!parsed) {
    std::fprintf(stderr, "yizhan: --time must look like 2026-11-24T09:30:00 (got \"%s\")\n",
                 run.fixedTime->c_str());
  }
  return parsed;
}

namespace {

int headlessScreenshot(const kiosk::KioskRun& run, const kiosk::Config& config,
                       const std::filesystem::path& dataDir) {
  auto start = startTime(run);
  if (!start) return 2;
  HeadlessKiosk kiosk({config, dataDir, *start, run.width, run.height});
  for (const auto& label : run.taps) kiosk.use(label);
  int exitCode = 0;
  if (run.uploadSeconds > 0) {
    kiosk::SyncWorker& sync = kiosk.station().startSync();
    bool drained = sync.waitUntilDrained(std::chrono::seconds(run.uploadSeconds));
    kiosk::SyncStatus status = sync.status();
    std::fprintf(stderr, "yizhan: 已上报 %lld 条，待上报 %lld 条 (sent %lld, waiting %lld)%s%s\n",
                 static_cast<long long>(status.sentThisRun), static_cast<long long>(status.backlog),
                 static_cast<long long>(status.sentThisRun), static_cast<long long>(status.backlog),
                 status.detail.empty() ? "" : ": ", status.detail.c_str());
    if (!drained) exitCode = 6;
    // The home screen reads the uploader's status and the district's settings every 10 s:
    // let that pass, so the screenshot shows what the upload brought (offline mark, notices).
    kiosk.advance(std::chrono::seconds(10));
  }
  kiosk.screenshot(*run.screenshot);
  std::printf("%s\n", run.screenshot->c_str());
  return exitCode;
}

// The console is a convenience for staff: if it cannot listen, the kiosk still runs.
void startConsole(kiosk::Station& station) {
  try {
    if (auto* console = station.startConsole()) {
      std::fprintf(stderr, "yizhan: 窗口叫号页面 (counter console): %s\n", console->url().c_str());
    }
  } catch (const std::exception& e) {
    std::fprintf(stderr, "yizhan: 窗口叫号页面无法启动，请检查 [console] 设置 (%s)\n", e.what());
  }
}

// No display: show what the screens look like instead of failing.
int fallbackScreenshots(const kiosk::KioskRun& run, const kiosk::Config& config,
                        const std::filesystem::path& dataDir) {
  std::filesystem::path dir = dataDir / "screenshots";
  std::fprintf(stderr,
               "yizhan: 没有检测到显示器，改为无界面模式，界面截图如下 "
               "(no display found: running headless, screenshots follow)\n");
  HeadlessKiosk kiosk({config, dataDir, kiosk::SystemClock().now(), run.width, run.height});
  kiosk.screenshot(dir / "home.png");
  std::printf("%s\n", (dir / "home.png").c_str());
  kiosk.use(kiosk::text(kiosk::StaffStr::StaffEntry, kiosk.station().lang()));
  kiosk.screenshot(dir / "staff-pin.png");
  std::printf("%s\n", (dir / "staff-pin.png").c_str());
  return 0;
}

}  // namespace

int runKiosk(const kiosk::KioskRun& run, const kiosk::Config& config,
             const std::filesystem::path& dataDir) {
  if (run.headless) {
    if (!run.screenshot) return fallbackScreenshots(run, config, dataDir);
    return headlessScreenshot(run, config, dataDir);
  }
  bool noDisplay =
      !std::getenv("DISPLAY") && !std::getenv("WAYLAND_DISPLAY") && !std::getenv("SDL_VIDEODRIVER");
  if (noDisplay) return fallbackScreenshots(run, config, dataDir);

  traceStartup("config read");
  kiosk::SystemClock clock;
  drivers::SdlSoundOutput sound;
  kiosk::Station station(config, dataDir, clock, sound);
  traceStartup("store opened");
  startConsole(station);
  station.startSync();
  KioskModel model(station);
  KioskApp app(model, AppOptions{run.width, run.height, false, !run.windowed});
  if (app.drawsOffscreen()) {
    std::fprintf(stderr, "yizhan: 视频驱动 %s 不能显示画面 (this video driver shows nothing)\n",
                 SDL_GetCurrentVideoDriver());
    return 4;
  }
  return app.run();
}

}  // namespace yizhan::ui
