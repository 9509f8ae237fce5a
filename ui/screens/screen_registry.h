#pragma once
// Which file draws which screen. Each screen file registers its own, at its end:
//   [[maybe_unused]] const ScreenRegistration kRegistered{kiosk::screens::BookSlot,
//   drawBookSlotScreen};
// so a new screen is one new file and touches no list (ui/CMakeLists.txt takes every file
// under ui/screens/, and yizhan_ui is an object library, so no registration is dropped).
#include <vector>

#include "kiosk/session/snapshot.h"
#include "ui/ui_context.h"

namespace yizhan::ui {

using DrawScreen = void (*)(const kiosk::Snapshot& snap, UiContext& ctx);

class ScreenRegistration {
 public:
  ScreenRegistration(const kiosk::Screen& screen, DrawScreen draw);
};

// Every screen that has a drawing, in name order (what the audits walk).
std::vector<kiosk::Screen> drawnScreens();

// Draws the snapshot's screen.
void drawScreen(const kiosk::Snapshot& snap, UiContext& ctx);

}  // namespace yizhan::ui
