#pragma once
// A grid of big choice buttons (services, days, times), centred in a band and as large as it
// allows up to a limit. Returns the index of the button tapped this frame, or -1.
#include <string>
#include <vector>

#include "imgui.h"
#include "ui/ui_context.h"
#include "ui/widgets/big_button.h"

namespace yizhan::ui {

struct ChoiceCell {
  std::string label;
  std::string detail;  // second line, may be empty
  bool enabled = true;
  ButtonStyle style = ButtonStyle::Primary;
};

struct GridSpec {
  ImVec2 min, max;  // the band to fill
  int columns = 2;
  ImVec2 maxCell;  // largest cell
  ImFont* font = nullptr;
};

int choiceGrid(UiContext& ctx, const std::vector<ChoiceCell>& cells, const GridSpec& spec);

}  // namespace yizhan::ui
