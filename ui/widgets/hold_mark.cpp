#include "ui/widgets/hold_mark.h"

#include <string>

#include "ui/widgets/drawing.h"

namespace yizhan::ui {

bool holdMark(UiContext& ctx, std::string_view label, ImVec2 pos, float size) {
  const Palette& p = palette();
  const Metrics& m = ctx.metrics;
  ctx.widgets.record(label, pos.x, pos.y, size, size, true, WidgetKind::Hold);
  std::string id(label);
  ImGui::SetCursorScreenPos(pos);
  ImGui::InvisibleButton(id.c_str(), ImVec2(size, size));
  bool opened = false;
  if (ctx.pages) {
    if (ImGui::IsItemActivated()) ctx.pages->hold(label, ctx.now);
    if (ImGui::IsItemDeactivated()) {
      auto since = ctx.pages->heldSince(label);
      opened = since && ctx.now - *since >= kStaffHold && ImGui::IsItemHovered();
      ctx.pages->release(label);
    }
  }
  // A key in a ring, in the muted colour: staff know it, residents pass it by.
  ImDrawList* draw = ImGui::GetWindowDrawList();
  ImVec2 c(pos.x + size / 2, pos.y + size / 2);
  float r = size / 2 - m.px(0.5f);
  bool held = ImGui::IsItemActive();
  draw->AddCircle(c, r, toImU32(held ? p.primary : p.plainBorder), 32, m.px(0.6f));
  float k = size / 12;
  draw->AddCircle(ImVec2(c.x - 2 * k, c.y), 1.6f * k, toImU32(p.plainBorder), 16, m.px(0.5f));
  draw->AddLine(ImVec2(c.x - 0.4f * k, c.y), ImVec2(c.x + 3.2f * k, c.y), toImU32(p.plainBorder),
                m.px(0.5f));
  draw->AddLine(ImVec2(c.x + 2.4f * k, c.y), ImVec2(c.x + 2.4f * k, c.y + 1.4f * k),
                toImU32(p.plainBorder), m.px(0.5f));
  return opened;
}

}  // namespace yizhan::ui
