#include "ui/widgets/big_button.h"

#include <string>

#include "imgui_internal.h"
#include "ui/widgets/drawing.h"

namespace yizhan::ui {

bool bigButton(UiContext& ctx, std::string_view label, const ButtonSpec& spec) {
  const Palette& p = palette();
  ctx.widgets.record(label, spec.pos.x, spec.pos.y, spec.size.x, spec.size.y, spec.enabled);

  std::string idText(label);
  ImGui::PushID(spec.id);
  ImGui::SetCursorScreenPos(spec.pos);
  bool pressed = false;
  bool held = false;
  if (spec.enabled) {
    pressed = ImGui::InvisibleButton(idText.c_str(), spec.size);
    held = ImGui::IsItemActive();
  } else {
    ImGui::Dummy(spec.size);
  }
  ImGui::PopID();

  Rgb fill = p.plain, text = p.onPlain;
  switch (spec.style) {
    case ButtonStyle::Primary:
      fill = p.primary;
      text = p.onPrimary;
      break;
    case ButtonStyle::Urgent:
      fill = p.urgent;
      text = p.onUrgent;
      break;
    case ButtonStyle::Plain:
      fill = held ? p.pressed : p.plain;
      break;
  }
  if (!spec.enabled) {
    fill = p.disabled;
    text = p.onDisabled;
  }
  ImDrawList* draw = ImGui::GetWindowDrawList();
  const Metrics& m = ctx.metrics;
  float rounding = m.rounding();
  ImVec2 max(spec.pos.x + spec.size.x, spec.pos.y + spec.size.y);
  // A pressed coloured button darkens so the finger sees the tap land.
  float shade = held && spec.style != ButtonStyle::Plain ? 0.8f : 1.0f;
  Rgb shaded{static_cast<std::uint8_t>(fill.r * shade), static_cast<std::uint8_t>(fill.g * shade),
             static_cast<std::uint8_t>(fill.b * shade)};
  draw->AddRectFilled(spec.pos, max, toImU32(shaded), rounding);
  if (spec.style == ButtonStyle::Plain) {
    draw->AddRect(spec.pos, max, toImU32(p.plainBorder), rounding, 0, m.px(0.8f));
  }
  float left = spec.pos.x + spec.iconWidth;
  float width = spec.size.x - spec.iconWidth;
  if (spec.chosen) {
    float ring = m.px(1.6f);
    draw->AddRect(ImVec2(spec.pos.x - ring, spec.pos.y - ring), ImVec2(max.x + ring, max.y + ring),
                  toImU32(p.text), rounding + ring, 0, 2 * ring);
    // A tick in the top-left corner.
    float s = m.px(7.0f);
    ImVec2 o(spec.pos.x + m.px(2.5f), spec.pos.y + m.px(2.5f));
    draw->AddPolyline(std::initializer_list<ImVec2>{ImVec2(o.x, o.y + s * 0.55f),
                                                    ImVec2(o.x + s * 0.38f, o.y + s * 0.9f),
                                                    ImVec2(o.x + s, o.y + s * 0.1f)}
                          .begin(),
                      3, toImU32(text), 0, m.px(1.4f));
  }
  ImFont* font = spec.font ? spec.font : ctx.fonts.heading();
  float pad = m.px(3.0f);
  float wrap = width - 2 * pad;
  ImVec2 textSize = measureText(font, label, wrap);
  ImFont* detailFont = ctx.fonts.body();
  ImVec2 detailSize =
      spec.detail.empty() ? ImVec2(0, 0) : measureText(detailFont, spec.detail, wrap);
  float between = spec.detail.empty() ? 0 : pad;
  float top = spec.pos.y + (spec.size.y - textSize.y - between - detailSize.y) / 2;
  drawText(font, ImVec2(left + (width - textSize.x) / 2, top), text, label, wrap);
  if (!spec.detail.empty()) {
    drawText(detailFont, ImVec2(left + (width - detailSize.x) / 2, top + textSize.y + between),
             text, spec.detail, wrap);
  }
  return pressed && spec.enabled;
}

}  // namespace yizhan::ui
