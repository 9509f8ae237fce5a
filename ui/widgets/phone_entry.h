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

// What to say above the number, one instruction a line; the one about the ID card goes beside
// a picture of the card going onto the reader.
struct EntryLine {
  std::string text;
  bool card = false;
  bool optional = false;  // left out where the screen is too short for it with the rest
};
// Another way on, as a button at the foot of the words' column (不留姓名): its label and the
// line under it.
struct EntryButton {
  std::string label, detail;
};
// True when `other` was tapped.
bool phoneEntry(UiContext& ctx, const kiosk::Snapshot& snap, const ContentArea& area,
                const std::vector<EntryLine>& lines, const EntryButton* other = nullptr);

}  // namespace yizhan::ui
