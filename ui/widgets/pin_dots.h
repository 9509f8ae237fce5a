#pragma once
// A PIN as it is typed: one ring per digit it may have, filled for each digit entered, never
// the digits themselves (the hall can see the screen).
#include "imgui.h"
#include "ui/ui_context.h"

namespace yizhan::ui {

// Draws `slots` rings from `topLeft` across at most `width`; returns the height used.
float pinDots(UiContext& ctx, ImVec2 topLeft, float width, int slots, int filled);

}  // namespace yizhan::ui
