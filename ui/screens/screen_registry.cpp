#include "ui/screens/screen_registry.h"

#include <cstdio>
#include <cstdlib>
#include <map>
#include <string_view>

namespace yizhan::ui {

namespace {
struct Drawing {
  kiosk::Screen screen;
  DrawScreen draw;
};

// Filled while the program starts, before main(); read only after.
std::map<std::string_view, Drawing>& registry() {
  static std::map<std::string_view, Drawing> drawings;
  return drawings;
}
}  // namespace

ScreenRegistration::ScreenRegistration(const kiosk::Screen& screen, DrawScreen draw) {
  if (!registry().emplace(screen.name, Drawing{screen, draw}).second) {
    // Two files drawing one screen is a build mistake; say which at once.
    std::fprintf(stderr, "yizhan: two drawings for the screen \"%.*s\"\n",
                 static_cast<int>(screen.name.size()), screen.name.data());
    std::abort();
  }
}

std::vector<kiosk::Screen> drawnScreens() {
  std::vector<kiosk::Screen> out;
  for (const auto& [name, drawing] : registry()) out.push_back(drawing.screen);
  return out;
}

void drawScreen(const kiosk::Snapshot& snap, UiContext& ctx) {
  auto it = registry().find(snap.screen.name);
  if (it != registry().end()) {
    it->second.draw(snap, ctx);
    return;
  }
  // A flow went to a screen nobody draws (tests/foundation catch this): the frame stays
  // empty rather than crash, and the log says which.
  static std::string_view reported;
  if (reported != snap.screen.name) {
    reported = snap.screen.name;
    std::fprintf(stderr, "yizhan: no drawing for the screen \"%.*s\"\n",
                 static_cast<int>(reported.size()), reported.data());
  }
}

}  // namespace yizhan::ui
