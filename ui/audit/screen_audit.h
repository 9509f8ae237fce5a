#pragma once
// Measures a rendered frame the way an accessibility reviewer would (DESIGN.md §2): the ink
// height of each run of text (not the font size asked for), the contrast of its colour against
// what is drawn behind it (WCAG), each touch target's size and its gap to the nearest other.
// Pixels and the registry of what the frame drew are the only inputs.
#include <string>
#include <vector>

#include "ui/app/kiosk_app.h"
#include "ui/font_library.h"
#include "ui/palette.h"
#include "ui/widget_registry.h"

namespace yizhan::ui {

enum class TextRole { Body, Heading, Display, Numeral, Other };
const char* roleName(TextRole role);

struct TextMeasure {
  std::string text;
  TextRole role = TextRole::Other;
  bool chinese = false;  // has a CJK character: what "body characters" are measured by
  float inkPx = 0;       // the tallest line's ink, top of the highest stroke to the lowest
  double contrast = 0;   // text colour against the background drawn behind it
};

struct TargetMeasure {
  std::string label;
  float w = 0, h = 0;
  float gapPx = 0;  // to the nearest other target (a large number when alone)
  float x = 0, y = 0;
  WidgetKind kind = WidgetKind::Button;
};

struct ScreenMeasure {
  std::vector<TextMeasure> texts;
  std::vector<TargetMeasure> targets;
};

// Which font is which role, by the fonts' addresses.
struct FontRoles {
  const void* body = nullptr;
  const void* heading = nullptr;
  const void* display = nullptr;
  const void* numeral = nullptr;
  static FontRoles of(const FontLibrary& fonts) {
    return {fonts.body(), fonts.heading(), fonts.display(), fonts.numeral()};
  }
};

ScreenMeasure measureScreen(const Frame& frame, const WidgetRegistry& registry,
                            const FontRoles& fonts);

}  // namespace yizhan::ui
