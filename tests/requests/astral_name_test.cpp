// A name beyond the Basic Multilingual Plane (𠮷田, U+20BB7, read from the card as a surrogate
// pair) as the resident sees it greeted on screen: the pixels drawn where 𠮷 stands are that
// character as FreeType draws it from the kiosk's font, not the font's missing-glyph box nor
// a question mark.
#include <ft2build.h>
#include FT_FREETYPE_H

#include <catch2/catch.hpp>

#include <algorithm>
#include <functional>
#include <vector>

#include "drivers/idcard/sim/fixture_cards.h"
#include "kiosk/requests/errand_flow.h"
#include "support/kiosk_fixture.h"
#include "support/request_fixture.h"

using namespace yizhan;

namespace {
// A glyph's ink as a mask cropped to its bounding box.
struct Mask {
  int w = 0, h = 0;
  std::vector<bool> on;
};

Mask crop(int w, int h, const std::function<bool(int, int)>& ink) {
  int x0 = w, y0 = h, x1 = -1, y1 = -1;
  for (int y = 0; y < h; ++y)
    for (int x = 0; x < w; ++x)
      if (ink(x, y)) {
        x0 = std::min(x0, x), y0 = std::min(y0, y), x1 = std::max(x1, x), y1 = std::max(y1, y);
      }
  Mask m;
  if (x1 < 0) return m;
  m.w = x1 - x0 + 1, m.h = y1 - y0 + 1;
  for (int y = y0; y <= y1; ++y)
    for (int x = x0; x <= x1; ++x) m.on.push_back(ink(x, y));
  return m;
}

// How alike two masks are: each pooled onto a 12×12 grid (a cell is inked if any of its dots
// is, which forgives strokes a dot apart), the share of cells that agree among those inked in
// either.
double likeness(const Mask& a, const Mask& b) {
  if (a.on.empty() || b.on.empty()) return 0;
  constexpr int kGrid = 12;
  auto pooled = [](const Mask& m) {
    std::vector<bool> cells(kGrid * kGrid, false);
    for (int y = 0; y < m.h; ++y)
      for (int x = 0; x < m.w; ++x)
        if (m.on[static_cast<size_t>(y * m.w + x)])
          cells[static_cast<size_t>(y * kGrid / m.h * kGrid + x * kGrid / m.w)] = true;
    return cells;
  };
  auto pa = pooled(a), pb = pooled(b);
  int both = 0, either = 0;
  for (size_t i = 0; i < pa.size(); ++i) {
    both += pa[i] && pb[i];
    either += pa[i] || pb[i];
  }
  return either ? static_cast<double>(both) / either : 0;
}

// FreeType's own drawing of `glyphIndex` (0: the missing-glyph box) or of `cp`.
Mask freetype(const kiosk::Config& config, char32_t cp, bool notdef, int px) {
  FT_Library lib = nullptr;
  FT_Face face = nullptr;
  REQUIRE(FT_Init_FreeType(&lib) == 0);
  REQUIRE(FT_New_Face(lib, config.ui.fontFile.c_str(), config.ui.fontFace, &face) == 0);
  FT_Set_Pixel_Sizes(face, 0, static_cast<FT_UInt>(px));
  FT_UInt index = notdef ? 0 : FT_Get_Char_Index(face, cp);
  REQUIRE((notdef || index != 0));  // the font has 𠮷
  REQUIRE(FT_Load_Glyph(face, index, FT_LOAD_RENDER) == 0);
  const FT_Bitmap& bm = face->glyph->bitmap;
  Mask m = crop(static_cast<int>(bm.width), static_cast<int>(bm.rows),
                [&](int x, int y) { return bm.buffer[y * bm.pitch + x] >= 128; });
  FT_Done_Face(face);
  FT_Done_FreeType(lib);
  return m;
}
}  // namespace

TEST_CASE("a name beyond the BMP is drawn on screen as its own character", "[requests][ui]") {
  test::KioskFixture f(test::offeringRequests());
  f.kiosk.tap("红色代办");
  f.kiosk.station().devices().cardReaderSimulator()->place(drivers::sim::residentBeyondBmp());
  REQUIRE(f.settleUntil([&] { return f.kiosk.screen() == kiosk::screens::ErrandChoose; }));
  f.artifact("errand-choose-beyond-bmp.png");
  // The greeting (𠮷*芳), recorded as the words were: 𠮷 itself, not its stand-in code.
  std::optional<ui::TextRecord> greeting;
  for (const auto& t : f.kiosk.app().widgets().texts())
    if (t.text.rfind("𠮷*芳，您好", 0) == 0) greeting = t;
  REQUIRE(greeting);
  // The first character of the frame's greeting: dark ink on the light background, from the
  // line's top to below its box (ideographs sit low in it), up to the first blank column.
  ui::Frame frame = f.kiosk.app().grabFrame();
  int cell = static_cast<int>(greeting->h);
  int left = static_cast<int>(greeting->x), top = static_cast<int>(greeting->y);
  auto inked = [&](int x, int y) {
    size_t at = (static_cast<size_t>(top + y) * frame.width + left + x) * 4;
    return frame.rgba[at] + frame.rgba[at + 1] + frame.rgba[at + 2] < 3 * 110;
  };
  int height = cell * 3 / 2, width = 0;
  bool seen = false;
  for (int x = 0; x < cell * 2; ++x) {
    bool any = false;
    for (int y = 0; y < height && !any; ++y) any = inked(x, y);
    if (seen && !any) break;
    seen |= any;
    width = x + 1;
  }
  Mask drawn = crop(width, height, inked);
  REQUIRE_FALSE(drawn.on.empty());
  kiosk::Config config = test::offeringRequests();
  double asItself = likeness(drawn, freetype(config, 0x20BB7, false, cell));
  double asMissing = likeness(drawn, freetype(config, 0, true, cell));
  double asQuestion = likeness(drawn, freetype(config, '?', false, cell));
  INFO("itself " << asItself << ", missing box " << asMissing << ", ? " << asQuestion);
  CHECK(asItself > 0.8);
  CHECK(asItself > asMissing + 0.3);
  CHECK(asItself > asQuestion + 0.3);
}
