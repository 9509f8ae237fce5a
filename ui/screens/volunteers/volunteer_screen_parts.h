#pragma once
// What a volunteer's own screens (on duty, signed out) share: 打印本月服务记录 with how the
// printing went, and where the two-sided layout starts.
#include "kiosk/volunteers/volunteer_flow.h"
#include "ui/ui_context.h"
#include "ui/widgets/screen_frame.h"

namespace yizhan::ui {

// Draws the button centred in `column` at `y` (and the state of a record asked for); returns
// the y below.
float recordButton(UiContext& ctx, const kiosk::VolunteerPart& volunteer, const ContentArea& column,
                   float y);

// This month's hours, and points with the rank, in body text (they come after the shift's own
// figures); returns the y below.
float monthLines(UiContext& ctx, const kiosk::VolunteerPart& volunteer, const ContentArea& column,
                 float y);

// Where a volunteer's two-sided screen starts below the header: lower on a tall screen, where
// the eyes are; at once where the screen is short (1280×800).
float topOffset(const Metrics& m, const ContentArea& area);

}  // namespace yizhan::ui
