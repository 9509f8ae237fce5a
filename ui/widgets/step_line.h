#pragma once
// 第2步，共4步 at the top of each step of a resident's way (booking, an errand): they know how
// far there is to go, with what they chose so far after it (社保医保 · 11月25日 星期三).
#include <string_view>

#include "ui/ui_context.h"
#include "ui/widgets/screen_frame.h"

namespace yizhan::ui {

// Draws the line and returns the area left beneath it.
ContentArea stepLine(UiContext& ctx, const ContentArea& area, int step, int steps,
                     std::string_view chosen = {});

}  // namespace yizhan::ui
