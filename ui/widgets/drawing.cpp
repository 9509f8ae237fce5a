#include "ui/widgets/drawing.h"

#include <algorithm>
#include <string>
#include <vector>

#include "ui/astral_glyphs.h"
#include "ui/widget_registry.h"

namespace yizhan::ui {

ImU32 toImU32(Rgb c, float alpha) {
  return IM_COL32(c.r, c.g, c.b, static_cast<int>(alpha * 255));
}

ImVec4 toVec4(Rgb c) {
  return ImVec4(c.r / 255.0f, c.g / 255.0f, c.b / 255.0f, 1.0f);
}

namespace {
// The text as ImGui can draw it: characters beyond the BMP swapped for their atlas codes
// (ui/astral_glyphs.h); no copy while no such character was ever seen.
class Drawable {
 public:
  explicit Drawable(std::string_view text) {
    if (astral::all().empty()) {
      view_ = text;
    } else {
      storage_ = astral::drawable(text);
      view_ = storage_;
    }
  }
  std::string_view view() const { return view_; }

 private:
  std::string storage_;
  std::string_view view_;
};

// Lines of `text` wrapped at `width`, Chinese style: a closing mark (，。、”) stays at the end
// of its line, never starts the next.
std::vector<std::string_view> wrappedLines(ImFont* font, std::string_view text, float width) {
  std::vector<std::string_view> lines;
  const char* at = text.data();
  const char* end = text.data() + text.size();
  while (at < end) {
    const char* newline = std::find(at, end, '\n');
    // One character's room is kept for a closing mark that hangs at the end of the line.
    const char* cut =
        font->CalcWordWrapPositionA(1.0f, at, newline, std::max(width - font->FontSize, 1.0f));
    if (cut == at) cut = at + 1;       // never stall on one over-wide glyph
    for (bool moved = true; moved;) {  // ”， closes twice
      moved = false;
      for (std::string_view closing : {"，", "。", "、", "；", "：", "”", "！", "？", "）", "》"}) {
        if (static_cast<size_t>(end - cut) >= closing.size() &&
            std::string_view(cut, closing.size()) == closing) {
          cut += closing.size();
          moved = true;
          break;
        }
      }
    }
    lines.emplace_back(at, static_cast<size_t>(cut - at));
    at = cut;
    if (at < end && *at == '\n') ++at;
    while (at < end && *at == ' ') ++at;
  }
  return lines;
}

ImVec2 oneLine(ImFont* font, std::string_view text) {
  return font->CalcTextSizeA(font->FontSize, FLT_MAX, 0, text.data(), text.data() + text.size());
}
}  // namespace

ImVec2 measureText(ImFont* font, std::string_view original, float wrapWidth) {
  Drawable d(original);
  std::string_view text = d.view();
  if (wrapWidth <= 0 || oneLine(font, text).x <= wrapWidth) return oneLine(font, text);
  float widest = 0;
  auto lines = wrappedLines(font, text, wrapWidth);
  for (std::string_view line : lines) widest = std::max(widest, oneLine(font, line).x);
  return ImVec2(widest, font->FontSize * static_cast<float>(lines.size()));
}

ImFont* largestFitting(std::initializer_list<ImFont*> fonts, std::string_view text, float width) {
  ImFont* last = nullptr;
  for (ImFont* f : fonts) {
    last = f;
    if (measureText(f, text).x <= width) return f;
  }
  return last;
}

namespace {
void drawLine(ImFont* font, ImVec2 pos, Rgb color, std::string_view text) {
  ImGui::GetWindowDrawList()->AddText(font, font->FontSize, pos, toImU32(color), text.data(),
                                      text.data() + text.size());
  if (WidgetRegistry* registry = WidgetRegistry::drawing()) {
    ImVec2 size = oneLine(font, text);
    // Recorded as the words were, not as the atlas holds them.
    registry->recordText(astral::original(text), font, pos.x, pos.y, size.x, size.y, color);
  }
}
}  // namespace

ImVec2 drawText(ImFont* font, ImVec2 pos, Rgb color, std::string_view original, float wrapWidth) {
  Drawable d(original);
  std::string_view text = d.view();
  if (wrapWidth <= 0 || oneLine(font, text).x <= wrapWidth) {
    drawLine(font, pos, color, text);
    return oneLine(font, text);
  }
  float y = pos.y, widest = 0;
  for (std::string_view line : wrappedLines(font, text, wrapWidth)) {
    drawLine(font, ImVec2(pos.x, y), color, line);
    widest = std::max(widest, oneLine(font, line).x);
    y += font->FontSize;
  }
  return ImVec2(widest, y - pos.y);
}

ImVec2 drawTextCentered(ImFont* font, float centerX, float y, Rgb color, std::string_view original,
                        float wrapWidth) {
  Drawable d(original);
  std::string_view text = d.view();
  if (wrapWidth <= 0 || oneLine(font, text).x <= wrapWidth) {
    ImVec2 size = oneLine(font, text);
    drawLine(font, ImVec2(centerX - size.x / 2, y), color, text);
    return size;
  }
  // Wrapped: each line centred on its own, as a sign is lettered.
  float top = y, widest = 0;
  for (std::string_view line : wrappedLines(font, text, wrapWidth)) {
    ImVec2 size = oneLine(font, line);
    drawLine(font, ImVec2(centerX - size.x / 2, top), color, line);
    widest = std::max(widest, size.x);
    top += font->FontSize;
  }
  return ImVec2(widest, top - y);
}

}  // namespace yizhan::ui
