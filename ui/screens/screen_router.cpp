#include "ui/screens/screens.h"

namespace yizhan::ui {

void drawScreen(const kiosk::Snapshot& snap, UiContext& ctx) {
  switch (snap.screen) {
    case kiosk::Screen::Home:
      drawHomeScreen(snap, ctx);
      return;
    case kiosk::Screen::CallStaff:
      drawCallStaffScreen(snap, ctx);
      return;
    case kiosk::Screen::StaffPin:
      drawStaffPinScreen(snap, ctx);
      return;
    case kiosk::Screen::StaffMenu:
      drawStaffMenuScreen(snap, ctx);
      return;
    case kiosk::Screen::TakeNumber:
      drawTakeNumberScreen(snap, ctx);
      return;
    case kiosk::Screen::TicketTaken:
      drawTicketTakenScreen(snap, ctx);
      return;
    case kiosk::Screen::CounterDesk:
      drawCounterDeskScreen(snap, ctx);
      return;
    case kiosk::Screen::QueueStats:
      drawQueueStatsScreen(snap, ctx);
      return;
    case kiosk::Screen::PriorityRegister:
      drawPriorityRegisterScreen(snap, ctx);
      return;
    case kiosk::Screen::BookService:
      drawBookServiceScreen(snap, ctx);
      return;
    case kiosk::Screen::BookSlot:
      drawBookSlotScreen(snap, ctx);
      return;
    case kiosk::Screen::BookWho:
      drawBookWhoScreen(snap, ctx);
      return;
    case kiosk::Screen::Booked:
      drawBookedScreen(snap, ctx);
      return;
    case kiosk::Screen::CheckIn:
      drawCheckInScreen(snap, ctx);
      break;
    case kiosk::Screen::Sync:
      drawSyncScreen(snap, ctx);
      return;
  }
}

}  // namespace yizhan::ui
