#include "ui/audit/screen_audit.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <map>

#include "drivers/text/utf8.h"
#include "imgui.h"

namespace yizhan::ui {

namespace {
Rgb pixel(const Frame& f, int x, int y) {
  const unsigned char* p = f.rgba.data() + (static_cast<size_t>(y) * f.width + x) * 4;
  return {p[0], p[1], p[2]};
}

int distance(Rgb a, Rgb b) {
  return std::abs(a.r - b.r) + std::abs(a.g - b.g) + std::abs(a.b - b.b);
}

bool hasChinese(const std::string& text) {
  bool found = false;
  drivers::forEachUtf8(text, [&](char32_t c, std::string_view) {
    if (c >= 0x3400 && c <= 0x9FFF) found = true;
  });
  return found;
}

TextRole roleOf(const void* font, const FontRoles& fonts) {
  if (!font) return TextRole::Other;
  if (font == fonts.body) return TextRole::Body;
  if (font == fonts.heading) return TextRole::Heading;
  if (font == fonts.display) return TextRole::Display;
  if (font == fonts.numeral) return TextRole::Numeral;
  return TextRole::Other;
}

// The colour most of the one-pixel ring around the box shows: what the text is drawn on.
Rgb backgroundAround(const Frame& f, int x0, int y0, int x1, int y1) {
  std::map<std::uint32_t, int> counts;
  auto count = [&](int x, int y) {
    if (x < 0 || y < 0 || x >= f.width || y >= f.height) return;
    Rgb c = pixel(f, x, y);
    ++counts[(static_cast<std::uint32_t>(c.r) << 16) | (c.g << 8) | c.b];
  };
  for (int x = x0 - 1; x <= x1; ++x) {
    count(x, y0 - 1);
    count(x, y1);
  }
  for (int y = y0; y < y1; ++y) {
    count(x0 - 1, y);
    count(x1, y);
  }
  std::uint32_t best = 0;
  int most = -1;
  for (auto [key, n] : counts) {
    if (n > most) best = key, most = n;
  }
  return {static_cast<std::uint8_t>(best >> 16), static_cast<std::uint8_t>((best >> 8) & 0xff),
          static_cast<std::uint8_t>(best & 0xff)};
}

TextMeasure measureText(const Frame& f, const TextRecord& t, const FontRoles& fonts) {
  TextMeasure m;
  m.text = t.text;
  m.role = roleOf(t.font, fonts);
  m.chinese = hasChinese(t.text);
  int x0 = std::max(0, static_cast<int>(std::floor(t.x)));
  int y0 = std::max(0, static_cast<int>(std::floor(t.y)));
  int x1 = std::min(f.width, static_cast<int>(std::ceil(t.x + t.w)));
  int y1 = std::min(f.height, static_cast<int>(std::ceil(t.y + t.h)));
  if (x0 >= x1 || y0 >= y1) return m;
  Rgb background = backgroundAround(f, x0, y0, x1, y1);
  m.contrast = contrastRatio(t.color, background);
  // A pixel is ink when it is nearer the text's colour than the background's (anti-aliased
  // edges count from half way).
  int full = distance(t.color, background);
  if (full == 0) return m;
  float lineHeight = static_cast<const ImFont*>(t.font)->FontSize;
  int lines = std::max(1, static_cast<int>(std::lround((y1 - y0) / lineHeight)));
  for (int line = 0; line < lines; ++line) {
    int top = y0 + static_cast<int>(line * lineHeight);
    int bottom = line + 1 == lines ? y1 : y0 + static_cast<int>((line + 1) * lineHeight);
    int first = -1, last = -1;
    for (int y = top; y < bottom; ++y) {
      for (int x = x0; x < x1; ++x) {
        if (distance(pixel(f, x, y), background) * 2 >= full) {
          if (first < 0) first = y;
          last = y;
          break;
        }
      }
    }
    if (first >= 0) m.inkPx = std::max(m.inkPx, static_cast<float>(last - first + 1));
  }
  return m;
}
}  // namespace

const char* roleName(TextRole role) {
  switch (role) {
    case TextRole::Body:
      return "body";
    case TextRole::Heading:
      return "heading";
    case TextRole::Display:
      return "display";
    case TextRole::Numeral:
      return "numeral";
    case TextRole::Other:
      break;
  }
  return "other";
}

ScreenMeasure measureScreen(const Frame& frame, const WidgetRegistry& registry,
                            const FontRoles& fonts) {
  ScreenMeasure out;
  for (const TextRecord& t : registry.texts()) out.texts.push_back(measureText(frame, t, fonts));
  const auto& widgets = registry.widgets();
  for (size_t i = 0; i < widgets.size(); ++i) {
    const WidgetRecord& a = widgets[i];
    TargetMeasure m{a.label, a.w, a.h, std::numeric_limits<float>::max(), a.x, a.y, a.kind};
    for (size_t j = 0; j < widgets.size(); ++j) {
      if (i == j) continue;
      const WidgetRecord& b = widgets[j];
      float dx = std::max(b.x - (a.x + a.w), a.x - (b.x + b.w));
      float dy = std::max(b.y - (a.y + a.h), a.y - (b.y + b.h));
      m.gapPx = std::min(m.gapPx, std::max(dx, dy));
    }
    out.targets.push_back(m);
  }
  return out;
}

}  // namespace yizhan::ui
