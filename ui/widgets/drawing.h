#pragma once
// Small drawing helpers shared by the screens.
#include <initializer_list>
#include <string_view>

#include "imgui.h"
#include "ui/palette.h"

namespace yizhan::ui {

ImU32 toImU32(Rgb c, float alpha = 1.0f);
ImVec4 toVec4(Rgb c);

// Draws text with its top-left at `pos`; wraps at `wrapWidth` if given. Returns its size.
ImVec2 drawText(ImFont* font, ImVec2 pos, Rgb color, std::string_view text, float wrapWidth = 0);
// Draws text horizontally centred on `centerX`.
ImVec2 drawTextCentered(ImFont* font, float centerX, float y, Rgb color, std::string_view text,
                        float wrapWidth = 0);
ImVec2 measureText(ImFont* font, std::string_view text, float wrapWidth = 0);
// The first of `fonts` (largest first) in which `text` fits on one line of `width`; the last
// (body text: never smaller) when none does, to be wrapped.
ImFont* largestFitting(std::initializer_list<ImFont*> fonts, std::string_view text, float width);

}  // namespace yizhan::ui
