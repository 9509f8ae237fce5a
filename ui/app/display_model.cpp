#include "ui/app/display_model.h"

#include "ui/display/display_screen.h"

namespace yizhan::ui {

FontSetup DisplayModel::fonts() const {
  return fontSetupFor(display_.config(), display_.lang());
}

void DisplayModel::draw(UiContext& ctx) {
  drawDisplayScreen(display_.state(), ctx);
}

}  // namespace yizhan::ui
