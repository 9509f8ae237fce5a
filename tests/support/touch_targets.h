#pragma once
// DESIGN.md §2: every touch target at least 24 × 24 mm and 4 mm from the others (in pixels by
// the panel's pitch), all on screen. Checks the widgets of the screen the kiosk shows now; the
// staff hold mark is small on purpose and only kept apart.
#include <catch2/catch.hpp>

#include <algorithm>
#include <string>

#include "ui/app/headless_kiosk.h"

namespace yizhan::test {

inline void checkTouchTargets(ui::HeadlessKiosk& kiosk, int w, int h, const std::string& name) {
  ui::Metrics m = kiosk.app().metrics();
  const auto& widgets = kiosk.app().widgets().widgets();
  REQUIRE_FALSE(widgets.empty());
  for (size_t i = 0; i < widgets.size(); ++i) {
    const auto& a = widgets[i];
    INFO(name << " " << w << "x" << h << ": " << a.label);
    if (a.kind == ui::WidgetKind::Button) {
      CHECK(a.w >= m.minTarget() - 0.5f);
      CHECK(a.h >= m.minTarget() - 0.5f);
    }
    CHECK(a.x >= 0);
    CHECK(a.y >= 0);
    CHECK(a.x + a.w <= w);
    CHECK(a.y + a.h <= h);
    for (size_t j = i + 1; j < widgets.size(); ++j) {
      const auto& b = widgets[j];
      float dx = std::max(b.x - (a.x + a.w), a.x - (b.x + b.w));
      float dy = std::max(b.y - (a.y + a.h), a.y - (b.y + b.h));
      INFO("and " << b.label);
      CHECK(std::max(dx, dy) >= m.minGap() - 0.5f);
    }
  }
}

}  // namespace yizhan::test
