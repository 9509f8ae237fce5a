#pragma once
// The window of the kiosk or the display: SDL + OpenGL + ImGui, an event-driven loop that draws
// only when something changed, and the hooks the headless harness uses to drive it.
#include <SDL2/SDL.h>

#include <chrono>
#include <filesystem>
#include <memory>
#include <stdexcept>
#include <string_view>
#include <vector>

#include "ui/app/app_model.h"
#include "ui/app/font_texture.h"
#include "ui/app/frame_times.h"
#include "ui/app/pointer_input.h"
#include "ui/font_library.h"
#include "ui/widget_registry.h"

namespace yizhan::ui {

class DisplayError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

// One rendered frame: RGBA, rows top-down.
struct Frame {
  int width = 0, height = 0;
  std::vector<unsigned char> rgba;
};

struct AppOptions {
  int width = 1920;
  int height = 1080;
  bool headless = false;  // SDL's offscreen driver: no X server needed
  bool fullscreen = true;
  // Record each run of text a frame draws (for the audit and tests; the live kiosk needs none).
  bool recordText = false;
};

class KioskApp {
 public:
  KioskApp(AppModel& model, AppOptions options);
  ~KioskApp();
  KioskApp(const KioskApp&) = delete;
  KioskApp& operator=(const KioskApp&) = delete;

  // Runs until quit; returns the exit code.
  int run();

  // True when the video driver draws nowhere a person can see (no display).
  bool drawsOffscreen() const;

  // One frame: input → draw → present → dispatch the intents the frame produced.
  void renderFrame();
  // Frames until input is consumed, background work is done and the screen is stable.
  void settle();
  // Queues a tap at the centre of the widget drawn with `label`; false if there is none.
  bool tap(std::string_view label);
  // Writes the next rendered frame to a PNG.
  void saveScreenshot(const std::filesystem::path& file);
  // Renders a frame and returns its pixels, for audits of what is drawn.
  Frame grabFrame();

  const WidgetRegistry& widgets() const { return widgets_; }
  FontLibrary& fonts() { return fonts_; }
  PointerInput& pointer() { return pointer_; }
  const FrameTimes& frameTimes() const { return frameTimes_; }
  int width() const { return width_; }
  Metrics metrics() const { return metricsFor(width_, height_, diagonalInches_); }
  int height() const { return height_; }

 private:
  KioskApp(AppModel& model, AppOptions options, const FontSetup& setup);
  void rebuildFonts();
  void createBackendObjects();
  bool handleEvent(const SDL_Event& event, int& framesWanted);
  void capture(const std::filesystem::path& file);
  Frame readFrame();

  AppModel& model_;
  AppOptions options_;
  kiosk::Lang lang_;
  double diagonalInches_ = 0;
  SDL_Window* window_ = nullptr;
  SDL_GLContext gl_ = nullptr;
  int width_ = 0, height_ = 0;
  FontLibrary fonts_;
  std::unique_ptr<ImFontAtlas> atlas_;  // shared with the ImGui context, which outlives no one
  FontTexture fontTexture_;
  WidgetRegistry widgets_;
  PageTurns pages_;  // which page of each paged list shows; forgotten with the screen
  PointerInput pointer_;
  std::vector<std::filesystem::path> pendingScreenshots_;
  bool grabNext_ = false;
  Frame lastFrame_;
  // The screen drawn last and when it first showed, for the tap guard.
  static constexpr std::chrono::milliseconds kTapGuard{400};
  std::string_view screenShown_;
  kiosk::TimePoint screenShownAt_{};
  FrameTimes frameTimes_;
};

}  // namespace yizhan::ui
