#include "ui/app/kiosk_model.h"

#include "ui/screens/screen_registry.h"

namespace yizhan::ui {

FontSetup KioskModel::fonts() const {
  return fontSetupFor(station_.config(), station_.lang());
}

void KioskModel::draw(UiContext& ctx) {
  drawScreen(station_.session().snapshot(), ctx);
}

}  // namespace yizhan::ui
