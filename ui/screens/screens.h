#pragma once
// One function per screen, each in its own file; drawScreen picks by the snapshot's state.
#include "kiosk/session/snapshot.h"
#include "ui/ui_context.h"

namespace yizhan::ui {

void drawHomeScreen(const kiosk::Snapshot& snap, UiContext& ctx);
void drawCallStaffScreen(const kiosk::Snapshot& snap, UiContext& ctx);
void drawStaffPinScreen(const kiosk::Snapshot& snap, UiContext& ctx);
void drawStaffMenuScreen(const kiosk::Snapshot& snap, UiContext& ctx);
void drawTakeNumberScreen(const kiosk::Snapshot& snap, UiContext& ctx);
void drawTicketTakenScreen(const kiosk::Snapshot& snap, UiContext& ctx);
void drawCounterDeskScreen(const kiosk::Snapshot& snap, UiContext& ctx);
void drawQueueStatsScreen(const kiosk::Snapshot& snap, UiContext& ctx);
void drawPriorityRegisterScreen(const kiosk::Snapshot& snap, UiContext& ctx);
void drawBookServiceScreen(const kiosk::Snapshot& snap, UiContext& ctx);
void drawBookSlotScreen(const kiosk::Snapshot& snap, UiContext& ctx);
void drawBookWhoScreen(const kiosk::Snapshot& snap, UiContext& ctx);
void drawBookedScreen(const kiosk::Snapshot& snap, UiContext& ctx);
void drawCheckInScreen(const kiosk::Snapshot& snap, UiContext& ctx);
void drawSyncScreen(const kiosk::Snapshot& snap, UiContext& ctx);

void drawScreen(const kiosk::Snapshot& snap, UiContext& ctx);

}  // namespace yizhan::ui
