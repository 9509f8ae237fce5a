#pragma once
// The big numeric keypad: 0-9, optionally X (the check character of ID numbers), delete and
// confirm. Residents never type free text; this is how numbers are entered.
#include "imgui.h"
#include "ui/ui_context.h"

namespace yizhan::ui {

struct KeypadSpec {
  ImVec2 pos;     // top-left
  float keySize;  // square keys
  float gap;
  bool allowX = false;  // ID numbers end in 0-9 or X
  bool enabled = true;
  bool confirmEnabled = true;
};

// Size the keypad will take for a given spec.
ImVec2 keypadSize(const KeypadSpec& spec);
// Draws the keypad and emits KeypadKey / KeypadDelete / KeypadConfirm intents.
void keypad(UiContext& ctx, const KeypadSpec& spec);

}  // namespace yizhan::ui
