#include "ui/app/headless_kiosk.h"

#include <stdexcept>
#include <string>

namespace yizhan::ui {

HeadlessKiosk::HeadlessKiosk(const HeadlessOptions& options)
    : clock_(options.start),
      station_(std::make_unique<kiosk::Station>(options.config, options.dataDir, clock_, sound_)),
      model_(std::make_unique<KioskModel>(*station_)),
      app_(std::make_unique<KioskApp>(
          *model_, AppOptions{options.width, options.height, options.offscreen, false, true})) {
  app_->settle();
}

void HeadlessKiosk::tap(std::string_view label) {
  // At a person's pace: the kiosk ignores taps within 400 ms of a screen change.
  clock_.advance(kHumanPace);
  if (!app_->tap(label)) {
    std::string onScreen;
    for (const auto& w : app_->widgets().widgets()) {
      onScreen += " [" + w.label + (w.enabled ? "" : " (disabled)") + "]";
    }
    throw std::runtime_error("no enabled widget labelled \"" + std::string(label) +
                             "\" on screen " + std::string(kiosk::screenName(screen())) + ":" +
                             onScreen);
  }
  app_->settle();
}

void HeadlessKiosk::hold(std::string_view label, std::chrono::milliseconds duration) {
  clock_.advance(kHumanPace);
  auto widget = app_->widgets().find(label);
  if (!widget || !widget->enabled) {
    throw std::runtime_error("no enabled widget labelled \"" + std::string(label) + "\" to hold");
  }
  app_->pointer().press(widget->centerX(), widget->centerY());
  app_->renderFrame();
  clock_.advance(duration);
  app_->renderFrame();
  app_->pointer().release(widget->centerX(), widget->centerY());
  app_->settle();
}

void HeadlessKiosk::use(std::string_view label) {
  auto widget = app_->widgets().find(label);
  if (widget && widget->kind == WidgetKind::Hold) {
    hold(label, std::chrono::milliseconds(2500));
  } else {
    tap(label);
  }
}

void HeadlessKiosk::advance(std::chrono::seconds by) {
  clock_.advance(by);
  app_->settle();
}

void HeadlessKiosk::screenshot(const std::filesystem::path& file) {
  app_->saveScreenshot(file);
}

}  // namespace yizhan::ui
