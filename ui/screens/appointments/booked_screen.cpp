#include "kiosk/appointments/appointment_strings.h"
#include "kiosk/appointments/booking_flow.h"
#include "kiosk/queue/queue_strings.h"
#include "kiosk/queue/take_number_flow.h"
#include "ui/screens/screen_registry.h"
#include "ui/widgets/big_button.h"
#include "ui/widgets/drawing.h"
#include "ui/widgets/screen_frame.h"

namespace yizhan::ui {

using kiosk::ApptStr;
using kiosk::QueueStr;
using kiosk::Str;

void drawBookedScreen(const kiosk::Snapshot& snap, UiContext& ctx) {
  const Palette& p = palette();
  const Metrics& m = ctx.metrics;
  ContentArea area = beginScreen(ctx, snap, ctx.t(ApptStr::ApptBookedTitle));
  if (!snap.part<kiosk::BookingPart>().booked) {
    endScreen();
    return;
  }
  const kiosk::BookedView& b = *snap.part<kiosk::BookingPart>().booked;
  ImFont* heading = ctx.fonts.heading();
  ImFont* display = ctx.fonts.display();
  float y = area.min.y;
  auto line = [&](ImFont* font, Rgb color, const std::string& text) {
    ctx.fonts.require(text);
    y += drawTextCentered(font, area.centerX(), y, color, text, area.width()).y + m.gap();
  };
  line(heading, p.mutedText, b.serviceName);
  // The day and time as large as the screen allows: what the resident must remember.
  line(display, p.text, b.dayLabel + "  " + b.slot);
  line(heading, p.text,
       kiosk::format(ApptStr::ApptCheckInWindow, ctx.lang, {b.windowFrom, b.windowTo}));
  line(ctx.fonts.body(), p.mutedText, std::string(ctx.t(ApptStr::ApptCheckInHow)));
  line(ctx.fonts.body(), p.mutedText,
       kiosk::format(ApptStr::ApptHolder, ctx.lang, {b.holderMasked}) + "    " +
           kiosk::format(ApptStr::SlipApptCode, ctx.lang, {b.number}));
  switch (b.print) {
    case kiosk::PrintState::Printing:
      line(heading, p.mutedText, std::string(ctx.t(ApptStr::ApptSlipPrinting)));
      break;
    case kiosk::PrintState::Printed:
      line(heading, p.text, std::string(ctx.t(ApptStr::ApptSlipTake)));
      break;
    case kiosk::PrintState::Failed:
      line(heading, p.errorText,
           kiosk::format(ApptStr::ApptSlipNotPrinted, ctx.lang, {b.printProblem}));
      break;
  }
  float buttonW = 420.0f * m.scale, buttonH = 130.0f * m.scale;
  ImVec2 pos(area.centerX() - buttonW / 2, area.max.y - buttonH);
  if (bigButton(ctx, ctx.t(QueueStr::TicketDone),
                {pos, ImVec2(buttonW, buttonH), ButtonStyle::Primary})) {
    ctx.emit(kiosk::intent::FinishTicket{});
  }
  residentFooter(ctx);
  endScreen();
}

namespace {
[[maybe_unused]] const ScreenRegistration kRegistered{kiosk::screens::Booked, drawBookedScreen};
}  // namespace

}  // namespace yizhan::ui
