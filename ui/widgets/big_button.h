#pragma once
// The one button of the kiosk: large, high-contrast, pressed on release, recorded by label.
#include <string_view>

#include "imgui.h"
#include "ui/ui_context.h"

namespace yizhan::ui {

enum class ButtonStyle { Primary, Urgent, Plain };

struct ButtonSpec {
  ImVec2 pos;
  ImVec2 size;
  ButtonStyle style = ButtonStyle::Plain;
  bool enabled = true;
  ImFont* font = nullptr;        // heading font if null
  const void* id = nullptr;      // to tell apart buttons with the same label
  std::string_view detail = {};  // a second, smaller line under the label (body font)
  // The one chosen among its kind (the day a booking is for): a thick dark border and a tick,
  // so it is told apart from the others by more than its colour.
  bool chosen = false;
  // Room kept on the left for a pictogram the caller draws there; the words centre in the rest.
  float iconWidth = 0;
};

// Returns true on the frame the button is tapped.
bool bigButton(UiContext& ctx, std::string_view label, const ButtonSpec& spec);

}  // namespace yizhan::ui
