#include "ui/widgets/drawing.h"

#include "ui/widget_registry.h"

namespace yizhan::ui {

ImU32 toImU32(Rgb c, float alpha) {
  return IM_COL32(c.r, c.g, c.b, static_cast<int>(alpha * 255));
}

ImVec4 toVec4(Rgb c) {
  return ImVec4(c.r / 255.0f, c.g / 255.0f, c.b / 255.0f, 1.0f);
}

ImVec2 measureText(ImFont* font, std::string_view text, float wrapWidth) {
  return font->CalcTextSizeA(font->FontSize, FLT_MAX, wrapWidth, text.data(),
                             text.data() + text.size());
}

ImVec2 drawText(ImFont* font, ImVec2 pos, Rgb color, std::string_view text, float wrapWidth) {
  ImGui::GetWindowDrawList()->AddText(font, font->FontSize, pos, toImU32(color), text.data(),
                                      text.data() + text.size(), wrapWidth);
  ImVec2 size = measureText(font, text, wrapWidth);
  if (WidgetRegistry* registry = WidgetRegistry::drawing()) {
    registry->recordText(text, font, pos.x, pos.y, size.x, size.y, color);
  }
  return size;
}

ImVec2 drawTextCentered(ImFont* font, float centerX, float y, Rgb color, std::string_view text,
                        float wrapWidth) {
  ImVec2 size = measureText(font, text, wrapWidth);
  return drawText(font, ImVec2(centerX - size.x / 2, y), color, text, wrapWidth);
}

}  // namespace yizhan::ui
