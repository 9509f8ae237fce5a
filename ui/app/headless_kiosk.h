#pragma once
// A whole kiosk without a display, with a clock and a sound sink the caller controls: the
// test harness, and what `yizhan kiosk --headless --screenshot` runs.
#include <chrono>
#include <filesystem>
#include <memory>
#include <string_view>

#include "drivers/audio/capturing_sound_output.h"
#include "kiosk/app/config.h"
#include "kiosk/base/clock.h"
#include "kiosk/station.h"
#include "ui/app/kiosk_app.h"
#include "ui/app/kiosk_model.h"

namespace yizhan::ui {

struct HeadlessOptions {
  kiosk::Config config;
  std::filesystem::path dataDir;
  kiosk::TimePoint start;
  int width = 1920;
  int height = 1080;
  // False: let SDL pick the video driver (x11 under Xvfb), for benchmarks of real swaps.
  bool offscreen = true;
};

class HeadlessKiosk {
 public:
  explicit HeadlessKiosk(const HeadlessOptions& options);

  // Taps the widget with this label and lets the kiosk settle, half a second after whatever
  // came before (a person's pace; the kiosk ignores taps within 400 ms of a screen change).
  // Throws std::runtime_error listing the labels on screen if there is no such enabled widget.
  void tap(std::string_view label);
  static constexpr std::chrono::milliseconds kHumanPace{500};
  // Presses the widget with this label, keeps the finger on it for `duration` of the kiosk's
  // clock, and lets go (the staff mark on the home screen opens after two seconds).
  void hold(std::string_view label, std::chrono::milliseconds duration);
  // Uses the widget as a person would: a tap, or, for a hold mark (the staff entry), a hold
  // long enough to open it. For `yizhan kiosk --headless --tap`.
  void use(std::string_view label);
  void settle() { app_->settle(); }
  // Moves the clock on, then lets timers fire.
  void advance(std::chrono::seconds by);
  void screenshot(const std::filesystem::path& file);

  kiosk::Screen screen() const { return station_->session().snapshot().screen; }
  const kiosk::Snapshot& snapshot() const { return station_->session().snapshot(); }
  kiosk::ManualClock& clock() { return clock_; }
  drivers::CapturingSoundOutput& sound() { return sound_; }
  kiosk::Station& station() { return *station_; }
  KioskApp& app() { return *app_; }

 private:
  kiosk::ManualClock clock_;
  drivers::CapturingSoundOutput sound_;
  std::unique_ptr<kiosk::Station> station_;
  std::unique_ptr<KioskModel> model_;
  std::unique_ptr<KioskApp> app_;
};

}  // namespace yizhan::ui
