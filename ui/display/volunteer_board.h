#pragma once
// The waiting-room display's monthly volunteer board (光荣榜): each team's most hours this
// month, masked names, side by side as the screen's width allows.
#include "kiosk/display/display_state.h"
#include "ui/ui_context.h"
#include "ui/widgets/screen_frame.h"

namespace yizhan::ui {

void drawVolunteerBoard(const kiosk::DisplayState& state, UiContext& ctx, const ContentArea& area,
                        float bottom);

}  // namespace yizhan::ui
