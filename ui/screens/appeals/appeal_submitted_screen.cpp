#include <string>

#include "kiosk/appeals/appeal_flow.h"
#include "kiosk/appeals/appeal_strings.h"
#include "kiosk/queue/take_number_flow.h"
#include "ui/screens/requests/request_slip_line.h"
#include "ui/screens/screen_registry.h"
#include "ui/widgets/drawing.h"
#include "ui/widgets/screen_frame.h"

namespace yizhan::ui {

using kiosk::AppealStr;

// Accepted: the appeal's number very large, where and when an answer is due, what happens next
// (a call when done; the echo wall when nobody was named), and the slip.
void drawAppealSubmittedScreen(const kiosk::Snapshot& snap, UiContext& ctx) {
  const Palette& p = palette();
  const Metrics& m = ctx.metrics;
  const auto& submitted = snap.part<kiosk::AppealPart>().submitted;
  ContentArea area =
      beginScreen(ctx, snap,
                  kiosk::format(AppealStr::SubmittedTitle, ctx.lang,
                                {submitted ? submitted->categoryName : std::string()}));
  if (!submitted) {
    endScreen();
    return;
  }
  const kiosk::AppealSubmittedView& s = *submitted;
  ContentArea left = area, right = area;
  if (!m.portrait) {
    left.max.x = area.min.x + area.width() * 0.5f;
    right.min.x = left.max.x + m.gap();
  }
  float y = left.min.y + (m.portrait ? area.height() * 0.04f : 0);
  if (s.alreadyOpen)
    y = centredLine(ctx, left, y, std::string(ctx.t(AppealStr::SubmittedAlready)), p.calmText);
  y = centredLine(ctx, left, y, kiosk::format(AppealStr::SubmittedNumber, ctx.lang, {""}),
                  p.mutedText);
  ctx.fonts.require(s.number);
  ImFont* big = largestFitting({ctx.fonts.display(), ctx.fonts.heading()}, s.number, left.width());
  y += drawTextCentered(big, left.centerX(), y, p.text, s.number, left.width()).y + m.gap();
  y = centredLine(ctx, left, y, kiosk::format(AppealStr::ConfirmDue, ctx.lang, {s.dueLabel}),
                  p.calmText);
  float doneTop = y;
  // Landscape: the number and the day on the left over 好的, the rest on the right.
  if (!m.portrait) y = right.min.y;
  const ContentArea& column = m.portrait ? left : right;
  y = centredLine(ctx, column, y, kiosk::format(AppealStr::ConfirmPlace, ctx.lang, {s.place}),
                  p.text);
  if (s.urgent)
    y = centredLine(ctx, column, y, std::string(ctx.t(AppealStr::SubmittedUrgent)), p.errorText);
  kiosk::AppealStr next = kiosk::nextWords(s);
  y = centredLine(ctx, column, y, std::string(ctx.t(next)),
                  next == AppealStr::SubmittedLeavePhone ? p.errorText : p.calmText);
  y = requestSlipLine(ctx, column, y, s.print, s.printProblem);
  if (m.portrait) doneTop = y;
  if (doneButton(ctx, left, doneTop, area.max.y)) ctx.emit(kiosk::intent::FinishTicket{});
  residentFooter(ctx, snap, {false, true});
  endScreen();
}

namespace {
[[maybe_unused]] const ScreenRegistration kRegistered{kiosk::screens::AppealSubmitted,
                                                      drawAppealSubmittedScreen};
}  // namespace

}  // namespace yizhan::ui
