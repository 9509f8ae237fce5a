#include "kiosk/appointments/appointment_strings.h"
#include "kiosk/appointments/booking_flow.h"
#include "ui/screens/screen_registry.h"
#include "ui/widgets/phone_entry.h"
#include "ui/widgets/screen_frame.h"

namespace yizhan::ui {

using kiosk::ApptStr;
using kiosk::Str;

void drawBookWhoScreen(const kiosk::Snapshot& snap, UiContext& ctx) {
  ContentArea area = beginScreen(ctx, snap, ctx.t(ApptStr::ApptIdentifyTitle));
  std::vector<std::string> lines;
  if (snap.part<kiosk::BookingPart>().booking) {
    lines.push_back(kiosk::format(ApptStr::ApptChosen, ctx.lang,
                                  {snap.part<kiosk::BookingPart>().booking->serviceName,
                                   snap.part<kiosk::BookingPart>().booking->dayLabel,
                                   snap.part<kiosk::BookingPart>().booking->slotLabel}));
  }
  lines.emplace_back(ctx.t(ApptStr::ApptIdentifyHint));
  if (snap.readerDown) lines.push_back(*snap.readerDown);
  phoneEntry(ctx, snap, area, lines);
  residentFooter(ctx);
  endScreen();
}

namespace {
[[maybe_unused]] const ScreenRegistration kRegistered{kiosk::screens::BookWho, drawBookWhoScreen};
}  // namespace

}  // namespace yizhan::ui
