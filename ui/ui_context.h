#pragma once
// What every screen and widget draws with: sizes, fonts, language, the widget registry, and
// where to put the intents that taps produce.
#include <string>
#include <string_view>
#include <vector>

#include "kiosk/base/strings.h"
#include "kiosk/session/intents.h"
#include "ui/font_library.h"
#include "ui/palette.h"
#include "ui/widget_registry.h"

namespace yizhan::ui {

struct UiContext {
  Metrics metrics;
  FontLibrary& fonts;
  WidgetRegistry& widgets;
  kiosk::Lang lang;
  std::vector<kiosk::Intent> intents;
  float width = 0, height = 0;

  template <kiosk::TextId Id>
  std::string_view t(Id id) const {
    return kiosk::text(id, lang);
  }
  void emit(kiosk::Intent intent) { intents.push_back(intent); }
};

}  // namespace yizhan::ui
