#pragma once
// The big numeric keypad: 0-9, optionally X (the check character of ID numbers), delete and
// confirm. Residents never type free text; this is how numbers are entered.
#include "imgui.h"
#include "ui/ui_context.h"
#include "ui/widgets/screen_frame.h"

namespace yizhan::ui {

struct KeypadSpec {
  ImVec2 pos;          // top-left
  float keySize;       // key height
  float keyWidth = 0;  // 0: square; wider where 删除 and 确认 need it
  float gap;
  bool allowX = false;  // ID numbers end in 0-9 or X
  bool enabled = true;
  bool confirmEnabled = true;
};

// Size the keypad will take for a given spec.
ImVec2 keypadSize(const KeypadSpec& spec);

// Where the keypad goes on a screen and what is left for words: on the right in landscape,
// at the bottom in portrait (an upright kiosk's lower half is where a hand rests), keys as
// large as fit up to a limit and never below a touch target.
struct KeypadSplit {
  KeypadSpec pad;
  ContentArea words;
};
KeypadSplit splitForKeypad(const UiContext& ctx, const ContentArea& area);
// Draws the keypad and emits KeypadKey / KeypadDelete / KeypadConfirm intents.
void keypad(UiContext& ctx, const KeypadSpec& spec);

}  // namespace yizhan::ui
