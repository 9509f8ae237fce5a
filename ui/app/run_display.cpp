#include "ui/app/run_display.h"

#include <cstdio>
#include <cstdlib>

#include "drivers/audio/capturing_sound_output.h"
#include "drivers/audio/sdl_sound_output.h"
#include "kiosk/display/display_service.h"
#include "ui/app/display_model.h"
#include "ui/app/kiosk_app.h"
#include "ui/app/run_kiosk.h"

namespace yizhan::ui {

int runDisplay(const kiosk::KioskRun& run, const kiosk::Config& config,
               const std::filesystem::path& dataDir) {
  if (run.headless) {
    if (!run.screenshot) {
      std::fprintf(stderr, "yizhan display: --headless needs --screenshot FILE\n");
      return 2;
    }
    auto start = startTime(run);
    if (!start) return 2;
    kiosk::ManualClock clock(*start);
    drivers::CapturingSoundOutput sound;
    kiosk::DisplayService display(config, dataDir, clock, sound);
    DisplayModel model(display);
    KioskApp app(model, AppOptions{run.width, run.height, true, false});
    app.settle();
    app.saveScreenshot(*run.screenshot);
    std::printf("%s\n", run.screenshot->c_str());
    return 0;
  }
  if (!std::getenv("DISPLAY") && !std::getenv("WAYLAND_DISPLAY") &&
      !std::getenv("SDL_VIDEODRIVER")) {
    std::fprintf(
        stderr,
        "yizhan display: 没有检测到显示器 (no display found); use --headless --screenshot\n");
    return 4;
  }
  kiosk::SystemClock clock;
  drivers::SdlSoundOutput sound;
  kiosk::DisplayService display(config, dataDir, clock, sound);
  DisplayModel model(display);
  KioskApp app(model, AppOptions{run.width, run.height, false, !run.windowed});
  return app.run();
}

}  // namespace yizhan::ui
