#pragma once
// The waiting-room display: the number at each counter, large; the last calls; who waits.
#include "kiosk/display/display_state.h"
#include "ui/ui_context.h"

namespace yizhan::ui {

void drawDisplayScreen(const kiosk::DisplayState& state, UiContext& ctx);

}  // namespace yizhan::ui
