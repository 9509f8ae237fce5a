#include "ui/app/app_model.h"

namespace yizhan::ui {

FontSetup fontSetupFor(const kiosk::Config& config, kiosk::Lang lang) {
  FontSetup setup{config.ui.fontFile, config.ui.fontFace, lang, {config.station.name}};
  for (const kiosk::ServiceDef& s : config.queue.services) setup.extraText.push_back(s.name);
  for (const kiosk::CounterDef& c : config.queue.counters) setup.extraText.push_back(c.name);
  setup.diagonalInches = config.display.diagonalInches;
  return setup;
}

}  // namespace yizhan::ui
