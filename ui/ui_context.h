#pragma once
// What every screen and widget draws with: sizes, fonts, language, the widget registry, and
// where to put the intents that taps produce.
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "kiosk/base/clock.h"
#include "kiosk/base/strings.h"
#include "kiosk/session/intents.h"
#include "ui/font_library.h"
#include "ui/palette.h"
#include "ui/widget_registry.h"

namespace yizhan::ui {

// What the window remembers of the screen showing, beyond the session's state: which page a
// paged list shows, since when a hold-to-open mark is pressed. Forgotten when the screen
// changes.
class PageTurns {
 public:
  int page(std::string_view list) const {
    auto it = pages_.find(std::string(list));
    return it == pages_.end() ? 0 : it->second;
  }
  void turn(std::string_view list, int page) { pages_[std::string(list)] = page; }
  std::optional<kiosk::TimePoint> heldSince(std::string_view mark) const {
    auto it = holds_.find(std::string(mark));
    if (it == holds_.end()) return std::nullopt;
    return it->second;
  }
  void hold(std::string_view mark, kiosk::TimePoint since) { holds_[std::string(mark)] = since; }
  void release(std::string_view mark) { holds_.erase(std::string(mark)); }
  void clear() {
    pages_.clear();
    holds_.clear();
  }

 private:
  std::map<std::string, int> pages_;
  std::map<std::string, kiosk::TimePoint> holds_;
};

struct UiContext {
  Metrics metrics;
  FontLibrary& fonts;
  WidgetRegistry& widgets;
  kiosk::Lang lang;
  std::vector<kiosk::Intent> intents;
  float width = 0, height = 0;
  PageTurns* pages = nullptr;  // null: every list shows its first page, nothing can be held
  kiosk::TimePoint now{};      // the kiosk's clock, for holds

  template <kiosk::TextId Id>
  std::string_view t(Id id) const {
    return kiosk::text(id, lang);
  }
  void emit(kiosk::Intent intent) { intents.push_back(intent); }
};

}  // namespace yizhan::ui
