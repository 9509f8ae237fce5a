#pragma once
// The waiting-room display's echo wall (回音墙): the headline across the top, then a page of
// what was done (two by two; stacked on a portrait screen), large enough to read from across
// the room; the page turns on its own.
#include "kiosk/display/display_state.h"
#include "ui/ui_context.h"
#include "ui/widgets/screen_frame.h"

namespace yizhan::ui {

void drawEchoWallPanel(const kiosk::DisplayState& state, UiContext& ctx, const ContentArea& area,
                       float bottom);

}  // namespace yizhan::ui
