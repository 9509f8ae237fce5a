#pragma once
// 第2步，共3步 at the top of each booking step: a resident knows how far there is to go.
#include <string_view>

#include "ui/ui_context.h"
#include "ui/widgets/screen_frame.h"

namespace yizhan::ui {

inline constexpr int kBookingSteps = 4;

// Draws the step line, with what was chosen so far after it (社保医保 · 11月25日 星期三), and
// returns the area left beneath it.
ContentArea bookingStep(UiContext& ctx, const ContentArea& area, int step,
                        std::string_view chosen = {});

}  // namespace yizhan::ui
