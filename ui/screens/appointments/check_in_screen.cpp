#include "kiosk/appointments/appointment_strings.h"
#include "kiosk/appointments/check_in_flow.h"
#include "ui/screens/screen_registry.h"
#include "ui/widgets/phone_entry.h"
#include "ui/widgets/screen_frame.h"

namespace yizhan::ui {

using kiosk::ApptStr;
using kiosk::Str;

void drawCheckInScreen(const kiosk::Snapshot& snap, UiContext& ctx) {
  ContentArea area = beginScreen(ctx, snap, ctx.t(ApptStr::CheckInTitle));
  std::vector<std::string> lines;
  for (ApptStr s : {ApptStr::CheckInHint, ApptStr::CheckInWayCard, ApptStr::CheckInWayScan,
                    ApptStr::CheckInWayPhone}) {
    lines.emplace_back(ctx.t(s));
  }
  if (snap.readerDown) lines.push_back(*snap.readerDown);
  phoneEntry(ctx, snap, area, lines);
  residentFooter(ctx);
  endScreen();
}

namespace {
[[maybe_unused]] const ScreenRegistration kRegistered{kiosk::screens::CheckIn, drawCheckInScreen};
}  // namespace

}  // namespace yizhan::ui
