// The audit's instrument itself: ink and contrast measured from pixels, targets and gaps from
// the registry. A frame painted by hand, so the right answers are known.
#include <catch2/catch.hpp>

#include "imgui.h"
#include "ui/audit/screen_audit.h"

using namespace yizhan;

namespace {
void paint(ui::Frame& f, int x0, int y0, int x1, int y1, ui::Rgb c) {
  for (int y = y0; y < y1; ++y) {
    for (int x = x0; x < x1; ++x) {
      unsigned char* p = f.rgba.data() + (static_cast<size_t>(y) * f.width + x) * 4;
      p[0] = c.r, p[1] = c.g, p[2] = c.b, p[3] = 255;
    }
  }
}
}  // namespace

TEST_CASE("the audit measures ink height and contrast from the pixels drawn", "[ui][audit]") {
  const ui::Rgb paper{240, 240, 240}, ink{0, 0, 0};
  ui::Frame f;
  f.width = 200, f.height = 100;
  f.rgba.assign(static_cast<size_t>(f.width) * f.height * 4, 0);
  paint(f, 0, 0, 200, 100, paper);
  // Strokes from row 15 to 44, a faint anti-aliased row above (not ink: nearer the paper) and
  // a dark one below (ink: nearer the text's colour).
  paint(f, 20, 15, 30, 45, ink);
  paint(f, 20, 14, 30, 15, {200, 200, 200});
  paint(f, 20, 45, 30, 46, {100, 100, 100});
  ImFont font;
  font.FontSize = 40;
  ui::WidgetRegistry registry;
  registry.recordText("请", &font, 10, 10, 100, 40, ink);
  ui::FontRoles fonts;
  ui::ScreenMeasure m = ui::measureScreen(f, registry, fonts);
  REQUIRE(m.texts.size() == 1);
  CHECK(m.texts[0].chinese);
  CHECK(m.texts[0].inkPx == 31);
  CHECK(m.texts[0].contrast == Approx(ui::contrastRatio(ink, paper)));
  CHECK(m.texts[0].contrast > 18);
}

TEST_CASE("the audit measures each target and its gap to the nearest other", "[ui][audit]") {
  ui::Frame f;
  f.width = 10, f.height = 10;
  f.rgba.assign(400, 0);
  ui::WidgetRegistry registry;
  registry.record("返回", 0, 0, 100, 96, true);
  registry.record("确认", 130, 0, 100, 96, true);
  registry.record("删除", 0, 110, 100, 96, true);
  ui::FontRoles fonts;
  ui::ScreenMeasure m = ui::measureScreen(f, registry, fonts);
  REQUIRE(m.targets.size() == 3);
  CHECK(m.targets[0].gapPx == 14);  // 删除 is nearer than 确认
  CHECK(m.targets[1].gapPx == 30);
  CHECK(m.targets[2].h == 96);
}
