#include <string>
#include <vector>

#include "kiosk/appointments/appointment_strings.h"
#include "kiosk/appointments/booking_flow.h"
#include "ui/screens/appointments/booking_step.h"
#include "ui/screens/screen_registry.h"
#include "ui/widgets/phone_entry.h"
#include "ui/widgets/screen_frame.h"

namespace yizhan::ui {

using kiosk::ApptStr;

void drawBookWhoScreen(const kiosk::Snapshot& snap, UiContext& ctx) {
  const auto& booking = snap.part<kiosk::BookingPart>().booking;
  std::string chosen =
      booking ? booking->serviceName + " · " + booking->dayLabel + " " + booking->slotLabel
              : std::string();
  ContentArea area =
      bookingStep(ctx, beginScreen(ctx, snap, ctx.t(ApptStr::ApptIdentifyTitle)), 4, chosen);
  std::vector<EntryLine> lines;
  lines.push_back({std::string(ctx.t(ApptStr::ApptIdentifyHint)), true});
  if (snap.readerDown) lines.push_back({*snap.readerDown});
  phoneEntry(ctx, snap, area, lines);
  residentFooter(ctx, snap);
  endScreen();
}

namespace {
[[maybe_unused]] const ScreenRegistration kRegistered{kiosk::screens::BookWho, drawBookWhoScreen};
}  // namespace

}  // namespace yizhan::ui
