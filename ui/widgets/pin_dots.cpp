#include "ui/widgets/pin_dots.h"

#include <algorithm>

#include "ui/widgets/drawing.h"

namespace yizhan::ui {

float pinDots(UiContext& ctx, ImVec2 topLeft, float width, int slots, int filled) {
  const Palette& p = palette();
  const Metrics& m = ctx.metrics;
  ImDrawList* draw = ImGui::GetWindowDrawList();
  float spacing = m.px(2.0f);
  float slot = std::min(m.px(14.0f), (width - (slots - 1) * spacing) / slots);
  for (int i = 0; i < slots; ++i) {
    ImVec2 c(topLeft.x + slot / 2 + i * (slot + spacing), topLeft.y + slot / 2);
    draw->AddCircle(c, slot / 2 - 2, toImU32(p.plainBorder), 32, m.px(0.8f));
    if (i < filled) draw->AddCircleFilled(c, slot / 4, toImU32(p.text), 32);
  }
  return slot;
}

}  // namespace yizhan::ui
