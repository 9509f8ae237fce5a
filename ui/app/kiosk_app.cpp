#include "ui/app/kiosk_app.h"

#include <GL/gl.h>
#include <malloc.h>
#include <stb_image_write.h>

#include <algorithm>
#include <chrono>
#include <cstdlib>
#include <cstring>
#include <ctime>
#include <future>
#include <optional>
#include <string>
#include <thread>

#include "drivers/sdl_subsystems.h"
#include "imgui.h"
#include "imgui_impl_opengl3.h"
#include "imgui_impl_sdl.h"
#include "ui/app/startup_trace.h"
#include "ui/palette.h"
#include "ui/screens/screen_registry.h"
#include "ui/ui_context.h"

namespace yizhan::ui {

namespace {
double cpuMilliseconds(clockid_t clock) {
  timespec ts{};
  clock_gettime(clock, &ts);
  return ts.tv_sec * 1e3 + ts.tv_nsec / 1e6;
}

// CPU of the whole process (the GL rasteriser's threads included) less the background
// worker's: PIN hashing and store writes run beside a frame, not in it.
double frameCpuMilliseconds(const kiosk::BackgroundWorker& worker) {
  auto workerClock = worker.cpuClock();
  return cpuMilliseconds(CLOCK_PROCESS_CPUTIME_ID) -
         (workerClock ? cpuMilliseconds(*workerClock) : 0.0);
}

constexpr std::uint32_t kSubsystems = SDL_INIT_VIDEO | SDL_INIT_EVENTS;

int millisecondsUntil(kiosk::TimePoint deadline, kiosk::TimePoint now) {
  auto ms = std::chrono::ceil<std::chrono::milliseconds>(deadline - now).count();
  return static_cast<int>(std::clamp<long long>(ms, 1, 60'000));
}
}  // namespace

KioskApp::KioskApp(AppModel& model, AppOptions options) : KioskApp(model, options, model.fonts()) {}

KioskApp::KioskApp(AppModel& model, AppOptions options, const FontSetup& setup)
    : model_(model),
      options_(options),
      lang_(setup.lang),
      diagonalInches_(setup.diagonalInches),
      fonts_(setup.file, setup.face, setup.lang),
      atlas_(std::make_unique<ImFontAtlas>()) {
  for (const std::string& text : setup.extraText) fonts_.require(text);
  if (options_.headless) setenv("SDL_VIDEODRIVER", "offscreen", 1);
  // Touches arrive as finger events; SDL's synthetic mouse copies would double every tap.
  SDL_SetHint(SDL_HINT_TOUCH_MOUSE_EVENTS, "0");
  if (std::string error = drivers::initSdlSubsystems(kSubsystems); !error.empty()) {
    throw DisplayError("无法初始化显示 (cannot initialise video): " + error);
  }
  bool fullscreen = options_.fullscreen && !options_.headless;

  // Opening a GL window is the slowest step of start-up (the GL driver loads): render the
  // glyphs meanwhile, at the size the window will most likely have.
  int expectedWidth = options_.width, expectedHeight = options_.height;
  SDL_DisplayMode desktop{};
  if (fullscreen && SDL_GetDesktopDisplayMode(0, &desktop) == 0) {
    expectedWidth = desktop.w;
    expectedHeight = desktop.h;
  }
  Metrics expected = metricsFor(expectedWidth, expectedHeight, diagonalInches_);
  auto glyphs =
      std::async(std::launch::async, [this, expected] { fonts_.build(*atlas_, expected); });

  SDL_GL_SetAttribute(SDL_GL_CONTEXT_PROFILE_MASK, SDL_GL_CONTEXT_PROFILE_CORE);
  SDL_GL_SetAttribute(SDL_GL_CONTEXT_MAJOR_VERSION, 3);
  SDL_GL_SetAttribute(SDL_GL_CONTEXT_MINOR_VERSION, 3);
  SDL_GL_SetAttribute(SDL_GL_DOUBLEBUFFER, 1);
  Uint32 flags = SDL_WINDOW_OPENGL | SDL_WINDOW_ALLOW_HIGHDPI;
  if (fullscreen) flags |= SDL_WINDOW_FULLSCREEN_DESKTOP;
  window_ = SDL_CreateWindow("驿站 Yizhan", SDL_WINDOWPOS_CENTERED, SDL_WINDOWPOS_CENTERED,
                             options_.width, options_.height, flags);
  if (!window_) {
    std::string error = SDL_GetError();
    drivers::quitSdlSubsystems(kSubsystems);
    throw DisplayError("无法创建窗口 (cannot create the window): " + error);
  }
  gl_ = SDL_GL_CreateContext(window_);
  if (!gl_) {
    std::string error = SDL_GetError();
    SDL_DestroyWindow(window_);
    drivers::quitSdlSubsystems(kSubsystems);
    throw DisplayError("无法创建 OpenGL 上下文 (no OpenGL 3.3 context): " + error);
  }
  traceStartup("GL context created");
  SDL_GL_MakeCurrent(window_, gl_);
  SDL_GL_SetSwapInterval(1);
  if (fullscreen) SDL_ShowCursor(SDL_DISABLE);
  SDL_GetWindowSize(window_, &width_, &height_);

  IMGUI_CHECKVERSION();
  ImGui::CreateContext(atlas_.get());
  ImGuiIO& io = ImGui::GetIO();
  io.IniFilename = nullptr;
  io.LogFilename = nullptr;
  io.ConfigFlags |= ImGuiConfigFlags_NoMouseCursorChange;
  ImGui_ImplSDL2_InitForOpenGL(window_, gl_);
  ImGui_ImplOpenGL3_Init("#version 150");
  createBackendObjects();
  glyphs.get();  // rethrows a FontError
  traceStartup("glyphs rendered");
  if (width_ == expectedWidth && height_ == expectedHeight) {
    fontTexture_.upload(*atlas_);
  } else {
    rebuildFonts();
  }
  traceStartup("fonts uploaded");
}

void KioskApp::createBackendObjects() {
  // The backend creates its shaders together with an RGBA font texture; we keep the glyphs in
  // our own one-channel texture (FontTexture), so let it build its texture from a throwaway
  // atlas and drop it at once.
  ImGuiIO& io = ImGui::GetIO();
  ImFontAtlas* glyphs = io.Fonts;
  ImFontAtlas throwaway;
  io.Fonts = &throwaway;
  ImGui_ImplOpenGL3_CreateDeviceObjects();
  ImGui_ImplOpenGL3_DestroyFontsTexture();
  io.Fonts = glyphs;
}

KioskApp::~KioskApp() {
  model_.worker().setWake({});
  ImGui_ImplOpenGL3_Shutdown();
  ImGui_ImplSDL2_Shutdown();
  ImGui::DestroyContext();
  fontTexture_.reset();
  SDL_GL_DeleteContext(gl_);
  SDL_DestroyWindow(window_);
  drivers::quitSdlSubsystems(kSubsystems);
}

bool KioskApp::drawsOffscreen() const {
  const char* driver = SDL_GetCurrentVideoDriver();
  return driver && (std::strcmp(driver, "offscreen") == 0 || std::strcmp(driver, "dummy") == 0);
}

void KioskApp::rebuildFonts() {
  fonts_.build(*atlas_, metrics());
  fontTexture_.upload(*atlas_);
}

void KioskApp::renderFrame() {
  auto start = std::chrono::steady_clock::now();
  double cpuStart = frameCpuMilliseconds(model_.worker());
  double threadCpuStart = cpuMilliseconds(CLOCK_THREAD_CPUTIME_ID);
  if (fonts_.needsRebuild()) rebuildFonts();
  ImGui_ImplOpenGL3_NewFrame();
  ImGui_ImplSDL2_NewFrame();
  ImGuiIO& io = ImGui::GetIO();
  // Our pointer replaces the backend's: it knows touch, and forgets hover after a release.
  pointer_.apply(io);
  widgets_.beginFrame();
  ImGui::NewFrame();

  UiContext ctx{metrics(),
                fonts_,
                widgets_,
                lang_,
                {},
                static_cast<float>(width_),
                static_cast<float>(height_),
                &pages_,
                model_.clock().now()};
  {
    std::optional<WidgetRegistry::Drawing> recording;
    if (options_.recordText) recording.emplace(widgets_);
    model_.draw(ctx);
  }
  ImGui::Render();

  int fbWidth = 0, fbHeight = 0;
  SDL_GL_GetDrawableSize(window_, &fbWidth, &fbHeight);
  glViewport(0, 0, fbWidth, fbHeight);
  Rgb bg = palette().background;
  glClearColor(bg.r / 255.0f, bg.g / 255.0f, bg.b / 255.0f, 1.0f);
  glClear(GL_COLOR_BUFFER_BIT);
  ImGui_ImplOpenGL3_RenderDrawData(ImGui::GetDrawData());
  for (const auto& file : pendingScreenshots_) capture(file);
  pendingScreenshots_.clear();
  if (grabNext_) {
    lastFrame_ = readFrame();
    grabNext_ = false;
  }
  SDL_GL_SwapWindow(window_);
  frameTimes_.record(
      std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count(),
      frameCpuMilliseconds(model_.worker()) - cpuStart,
      cpuMilliseconds(CLOCK_THREAD_CPUTIME_ID) - threadCpuStart);
  if (frameTimes_.count() == 1) {
    traceStartup("first frame presented");
    // Start-up's scratch memory (glyph rendering on a worker, shader compilation) is free but
    // still resident; give it back so the kiosk idles small.
    malloc_trim(0);
  }

  // A tap that lands within moments of a screen change was meant for the screen before (a
  // double tap on a tile, or a second finger): it does nothing on the new one.
  kiosk::TimePoint now = model_.clock().now();
  if (now >= screenShownAt_ + kTapGuard) {
    for (const kiosk::Intent& intent : ctx.intents) model_.dispatch(intent);
  }
  if (model_.screenName() != screenShown_) {
    screenShown_ = model_.screenName();
    pages_.clear();
    screenShownAt_ = model_.clock().now();
  }
}

Frame KioskApp::readFrame() {
  Frame frame;
  SDL_GL_GetDrawableSize(window_, &frame.width, &frame.height);
  size_t row = static_cast<size_t>(frame.width) * 4;
  std::vector<unsigned char> upsideDown(row * frame.height);
  glPixelStorei(GL_PACK_ALIGNMENT, 1);
  glReadBuffer(GL_BACK);
  glReadPixels(0, 0, frame.width, frame.height, GL_RGBA, GL_UNSIGNED_BYTE, upsideDown.data());
  // OpenGL's rows run bottom-up; the frame's run top-down like the screen's coordinates.
  frame.rgba.resize(upsideDown.size());
  for (int y = 0; y < frame.height; ++y) {
    std::copy_n(upsideDown.data() + row * (frame.height - 1 - y), row, frame.rgba.data() + row * y);
  }
  return frame;
}

void KioskApp::capture(const std::filesystem::path& file) {
  Frame frame = readFrame();
  if (file.has_parent_path()) std::filesystem::create_directories(file.parent_path());
  if (!stbi_write_png(file.c_str(), frame.width, frame.height, 4, frame.rgba.data(),
                      frame.width * 4)) {
    throw DisplayError("无法写入截图 (cannot write screenshot) " + file.string());
  }
}

Frame KioskApp::grabFrame() {
  grabNext_ = true;
  renderFrame();
  return std::move(lastFrame_);
}

void KioskApp::saveScreenshot(const std::filesystem::path& file) {
  pendingScreenshots_.push_back(file);
  renderFrame();
}

bool KioskApp::tap(std::string_view label) {
  auto widget = widgets_.find(label);
  if (!widget || !widget->enabled) return false;
  pointer_.press(widget->centerX(), widget->centerY());
  pointer_.release(widget->centerX(), widget->centerY());
  model_.noteActivity();
  return true;
}

void KioskApp::settle() {
  AppModel& session = model_;
  auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(60);
  int quietFrames = 0;
  std::uint64_t revision = session.revision();
  while (quietFrames < 3 && std::chrono::steady_clock::now() < deadline) {
    // Like run(), draw nothing while only waiting for the worker: the real loop sleeps until
    // the worker's wake event.
    while (!pointer_.pending() && model_.worker().working() &&
           std::chrono::steady_clock::now() < deadline) {
      std::this_thread::sleep_for(std::chrono::milliseconds(1));
    }
    session.tick();
    renderFrame();
    bool quiet = !pointer_.pending() && model_.worker().idle() && !fonts_.needsRebuild() &&
                 session.revision() == revision;
    quietFrames = quiet ? quietFrames + 1 : 0;
    revision = session.revision();
  }
}

bool KioskApp::handleEvent(const SDL_Event& event, int& framesWanted) {
  switch (event.type) {
    case SDL_QUIT:
      return true;
    case SDL_KEYDOWN:
      // Staff with a keyboard can close the kiosk; residents have only the touch screen.
      if (event.key.keysym.sym == SDLK_q && (event.key.keysym.mod & KMOD_CTRL)) return true;
      break;
    case SDL_WINDOWEVENT:
      if (event.window.event == SDL_WINDOWEVENT_SIZE_CHANGED) {
        int oldWidth = width_, oldHeight = height_;
        SDL_GetWindowSize(window_, &width_, &height_);
        // Text sizes follow the pixel pitch. Going full-screen reports a "change" to the same
        // size, which must not cost a second atlas.
        if (width_ != oldWidth || height_ != oldHeight) rebuildFonts();
      }
      framesWanted = std::max(framesWanted, 2);
      break;
    default:
      if (pointer_.onEvent(event, static_cast<float>(width_), static_cast<float>(height_))) {
        model_.noteActivity();
      }
      if (pointer_.pending()) framesWanted = std::max(framesWanted, 2);
      break;
  }
  return false;
}

int KioskApp::run() {
  Uint32 wakeEvent = SDL_RegisterEvents(1);
  model_.worker().setWake([wakeEvent] {
    SDL_Event e{};
    e.type = wakeEvent;
    SDL_PushEvent(&e);
  });
  AppModel& session = model_;
  int framesWanted = 2;
  std::uint64_t seenRevision = 0;
  bool quit = false;
  while (!quit) {
    SDL_Event event;
    bool busy = framesWanted > 0 || pointer_.pending();
    bool got = busy ? SDL_PollEvent(&event)
                    : SDL_WaitEventTimeout(
                          &event, millisecondsUntil(session.nextDeadline(), model_.clock().now()));
    if (got) {
      do {
        quit |= handleEvent(event, framesWanted);
      } while (SDL_PollEvent(&event));
    }
    session.tick();
    if (session.revision() != seenRevision || fonts_.needsRebuild()) {
      seenRevision = session.revision();
      framesWanted = std::max(framesWanted, 2);
    }
    if (framesWanted > 0 || pointer_.pending()) {
      renderFrame();
      if (framesWanted > 0) --framesWanted;
    }
  }
  return 0;
}

}  // namespace yizhan::ui
