#include <string>
#include <vector>

#include "kiosk/appointments/appointment_strings.h"
#include "kiosk/appointments/check_in_flow.h"
#include "ui/screens/screen_registry.h"
#include "ui/widgets/phone_entry.h"
#include "ui/widgets/screen_frame.h"

namespace yizhan::ui {

using kiosk::ApptStr;

void drawCheckInScreen(const kiosk::Snapshot& snap, UiContext& ctx) {
  ContentArea area = beginScreen(ctx, snap, ctx.t(ApptStr::CheckInTitle));
  std::vector<EntryLine> lines{{std::string(ctx.t(ApptStr::CheckInHint)), false, true},
                               {std::string(ctx.t(ApptStr::CheckInWayCard)), true},
                               {std::string(ctx.t(ApptStr::CheckInWayScan))},
                               {std::string(ctx.t(ApptStr::CheckInWayPhone))}};
  if (snap.readerDown) lines.push_back({*snap.readerDown});
  phoneEntry(ctx, snap, area, lines);
  residentFooter(ctx, snap);
  endScreen();
}

namespace {
[[maybe_unused]] const ScreenRegistration kRegistered{kiosk::screens::CheckIn, drawCheckInScreen};
}  // namespace

}  // namespace yizhan::ui
