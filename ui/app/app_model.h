#pragma once
// What the window shows and how it learns of changes: the kiosk's session, or the waiting
// room display. The window (KioskApp) only draws, feeds input and sleeps until a deadline.
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "kiosk/app/config.h"
#include "kiosk/base/background_worker.h"
#include "kiosk/base/clock.h"
#include "kiosk/base/strings.h"
#include "kiosk/session/intents.h"
#include "ui/ui_context.h"

namespace yizhan::ui {

struct FontSetup {
  std::string file;
  int face = 0;
  kiosk::Lang lang = kiosk::Lang::Zh;
  std::vector<std::string> extraText;  // configured names: their glyphs go in the first atlas
  // The panel's diagonal ([display] diagonal_inches; 0: from the resolution): sizes on screen
  // are in millimetres.
  double diagonalInches = 0;
};

// The configured font, with the station, service and counter names.
FontSetup fontSetupFor(const kiosk::Config& config, kiosk::Lang lang);

class AppModel {
 public:
  virtual ~AppModel() = default;
  virtual FontSetup fonts() const = 0;
  virtual kiosk::BackgroundWorker& worker() = 0;
  virtual const kiosk::Clock& clock() const = 0;
  virtual void draw(UiContext& ctx) = 0;
  virtual void dispatch(const kiosk::Intent& intent) = 0;
  virtual void noteActivity() = 0;
  virtual void tick() = 0;
  // Changes whenever what draw() shows does.
  virtual std::uint64_t revision() const = 0;
  virtual kiosk::TimePoint nextDeadline() const = 0;
  // The screen showing, by name; a change starts the window in which taps are ignored.
  virtual std::string_view screenName() const { return {}; }
};

}  // namespace yizhan::ui
