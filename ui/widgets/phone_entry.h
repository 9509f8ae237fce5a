#pragma once
// The way a resident says who they are without typing letters: an ID card on the reader, or
// the mobile number on the big keypad. Left: what to do and the digits typed so far (grouped
// 3-4-4, as people read phone numbers); right: the keypad.
#include <string>
#include <vector>

#include "kiosk/session/snapshot.h"
#include "ui/ui_context.h"
#include "ui/widgets/screen_frame.h"

namespace yizhan::ui {

// `lines`: what to say above the number, one instruction a line.
void phoneEntry(UiContext& ctx, const kiosk::Snapshot& snap, const ContentArea& area,
                const std::vector<std::string>& lines);

}  // namespace yizhan::ui
