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
  const auto& booked = snap.part<kiosk::BookingPart>().booked;
  // The service in the title: the day and the time below have the room.
  ContentArea area = beginScreen(
      ctx, snap,
      kiosk::format(ApptStr::ApptBookedTitle, ctx.lang, {booked ? booked->serviceName : ""}));
  if (!booked) {
    endScreen();
    return;
  }
  const kiosk::BookedView& b = *booked;
  ImFont* heading = ctx.fonts.heading();
  ImFont* display = ctx.fonts.display();
  ImFont* body = ctx.fonts.body();
  // Landscape: what to remember (service, day, time, when to check in) on the left, the rest
  // on the right. Portrait: one column.
  ContentArea left = area, right = area;
  if (!m.portrait) {
    left.max.x = area.min.x + area.width() * 0.5f;
    right.min.x = left.max.x + m.gap();
  }
  float y = left.min.y + (m.portrait ? area.height() * 0.05f : 0);
  const ContentArea* column = &left;
  // Each line in the largest font it fits on one line of, down to body text.
  auto line = [&](ImFont* font, Rgb color, const std::string& text) {
    ctx.fonts.require(text);
    float w = column->width();
    ImFont* f = font == display   ? largestFitting({display, heading, body}, text, w)
                : font == heading ? largestFitting({heading, body}, text, w)
                                  : body;
    y += drawTextCentered(f, column->centerX(), y, color, text, w).y + m.minGap();
  };
  // The day and time as large as the screen allows: what the resident must remember.
  // Display size where the screen is tall enough for it and 好的 beneath (not 1280×800).
  ImFont* big = area.height() >= m.px(150.0f) ? display : heading;
  line(big, p.text, b.dayLabel);
  line(big, p.text, b.slot);
  line(heading, p.calmText,
       kiosk::format(ApptStr::ApptCheckInWindow, ctx.lang, {b.windowFrom, b.windowTo}));
  // 好的 under what to remember (landscape), or at the foot of the one column.
  float doneTop = y;
  if (!m.portrait) {
    column = &right;
    y = right.min.y;
  } else {
    y += m.gap();
  }
  line(body, p.mutedText, std::string(ctx.t(ApptStr::ApptCheckInHow)));
  line(body, p.mutedText, kiosk::format(ApptStr::ApptHolder, ctx.lang, {b.holderMasked}));
  line(body, p.mutedText, kiosk::format(ApptStr::SlipApptCode, ctx.lang, {b.number}));
  switch (b.print) {
    case kiosk::PrintState::Printing:
      line(heading, p.mutedText, std::string(ctx.t(ApptStr::ApptSlipPrinting)));
      break;
    case kiosk::PrintState::Printed:
      line(heading, p.calmText, std::string(ctx.t(ApptStr::ApptSlipTake)));
      break;
    case kiosk::PrintState::Failed:
      line(heading, p.errorText,
           kiosk::format(ApptStr::ApptSlipNotPrinted, ctx.lang, {b.printProblem}));
      break;
  }
  if (m.portrait) doneTop = y;
  if (doneButton(ctx, left, doneTop, area.max.y)) ctx.emit(kiosk::intent::FinishTicket{});
  // Done: one 好的, no 返回 that would read as "undo my booking".
  residentFooter(ctx, snap, {false, true});
  endScreen();
}

namespace {
[[maybe_unused]] const ScreenRegistration kRegistered{kiosk::screens::Booked, drawBookedScreen};
}  // namespace

}  // namespace yizhan::ui
