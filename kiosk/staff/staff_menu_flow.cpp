#include "kiosk/staff/staff_menu_flow.h"

namespace yizhan::kiosk {

bool StaffMenuFlow::handle(const Intent& intent) {
  Snapshot& snap = host_.snap();
  return on<intent::HandleStaffCall>(intent,
                                     [&](const auto& call) {
                                       if (snap.screen != screens::StaffMenu) return;
                                       calls_.handle(call.id);
                                       staffMenuShown();
                                       host_.changed();
                                     }) ||
         on<intent::Logout>(intent, [&](const auto&) {
           if (snap.screen == screens::StaffMenu) host_.goHome();
         });
}

void StaffMenuFlow::staffMenuShown() {
  host_.snap().part<StaffMenuPart>().openCalls = calls_.open();
}

void StaffMenuFlow::forget() {
  host_.snap().part<StaffMenuPart>().openCalls.clear();
}

}  // namespace yizhan::kiosk
