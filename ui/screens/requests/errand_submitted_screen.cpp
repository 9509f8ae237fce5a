#include <string>

#include "kiosk/queue/take_number_flow.h"
#include "kiosk/requests/errand_flow.h"
#include "kiosk/requests/request_strings.h"
#include "ui/screens/requests/request_slip_line.h"
#include "ui/screens/screen_registry.h"
#include "ui/widgets/drawing.h"
#include "ui/widgets/screen_frame.h"

namespace yizhan::ui {

using kiosk::ReqStr;

// Accepted: the request number very large, the day it will be done, when staff will call (or
// that the resident should leave a phone number at the desk), and the slip.
void drawErrandSubmittedScreen(const kiosk::Snapshot& snap, UiContext& ctx) {
  const Palette& p = palette();
  const Metrics& m = ctx.metrics;
  const auto& submitted = snap.part<kiosk::ErrandPart>().submitted;
  ContentArea area = beginScreen(
      ctx, snap,
      kiosk::format(ReqStr::SubmittedTitle, ctx.lang, {submitted ? submitted->errandName : ""}));
  if (!submitted) {
    endScreen();
    return;
  }
  const kiosk::ErrandSubmittedView& s = *submitted;
  ContentArea left = area, right = area;
  if (!m.portrait) {
    left.max.x = area.min.x + area.width() * 0.5f;
    right.min.x = left.max.x + m.gap();
  }
  float y = left.min.y + (m.portrait ? area.height() * 0.04f : 0);
  if (s.alreadyOpen)
    y = centredLine(ctx, left, y, std::string(ctx.t(ReqStr::SubmittedAlready)), p.calmText);
  y = centredLine(ctx, left, y, kiosk::format(ReqStr::SubmittedNumber, ctx.lang, {""}),
                  p.mutedText);
  // The number as large as fits: what the resident reads out when they call.
  ctx.fonts.require(s.number);
  ImFont* big = largestFitting({ctx.fonts.display(), ctx.fonts.heading()}, s.number, left.width());
  y += drawTextCentered(big, left.centerX(), y, p.text, s.number, left.width()).y + m.gap();
  y = centredLine(ctx, left, y, kiosk::format(ReqStr::ConfirmDue, ctx.lang, {s.dueLabel}),
                  p.calmText);
  float doneTop = y;
  if (!m.portrait) y = right.min.y;
  const ContentArea& column = m.portrait ? left : right;
  y = centredLine(ctx, column, y,
                  s.callByLabel.empty()
                      ? std::string(ctx.t(ReqStr::SubmittedLeavePhone))
                      : kiosk::format(ReqStr::SubmittedCallBy, ctx.lang, {s.callByLabel}),
                  s.callByLabel.empty() ? p.errorText : p.calmText);
  y = centredLine(ctx, column, y, kiosk::format(ReqStr::ConfirmWho, ctx.lang, {s.residentMasked}),
                  p.mutedText);
  y = requestSlipLine(ctx, column, y, s.print, s.printProblem);
  if (m.portrait) doneTop = y;
  if (doneButton(ctx, left, doneTop, area.max.y)) ctx.emit(kiosk::intent::FinishTicket{});
  residentFooter(ctx, snap, {false, true});
  endScreen();
}

namespace {
[[maybe_unused]] const ScreenRegistration kRegistered{kiosk::screens::ErrandSubmitted,
                                                      drawErrandSubmittedScreen};
}  // namespace

}  // namespace yizhan::ui
