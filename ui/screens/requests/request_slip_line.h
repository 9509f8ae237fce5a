#pragma once
// The line under an accepted request or appeal about its slip: printing, take it, or what went
// wrong and to remember the number.
#include <string>

#include "kiosk/queue/take_number_flow.h"
#include "ui/ui_context.h"
#include "ui/widgets/screen_frame.h"

namespace yizhan::ui {

// Draws it centred in `column` at `y`; returns the y below it.
float requestSlipLine(UiContext& ctx, const ContentArea& column, float y, kiosk::PrintState print,
                      const std::string& problem);

}  // namespace yizhan::ui
