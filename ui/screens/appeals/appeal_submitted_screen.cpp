#include <string>

#include "kiosk/appeals/appeal_flow.h"
#include "kiosk/appeals/appeal_strings.h"
#include "kiosk/queue/take_number_flow.h"
#include "ui/screens/requests/submitted_columns.h"
#include "ui/screens/screen_registry.h"
#include "ui/widgets/drawing.h"
#include "ui/widgets/screen_frame.h"

namespace yizhan::ui {

using kiosk::AppealStr;

// Accepted: the appeal's number very large, where and when an answer is due, what happens next
// (a call when done; the echo wall when nobody was named), and the slip.
void drawAppealSubmittedScreen(const kiosk::Snapshot& snap, UiContext& ctx) {
  const Palette& p = palette();
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
  SubmittedColumns c = submittedHead(
      ctx, area,
      s.alreadyOpen ? std::optional(std::string(ctx.t(AppealStr::SubmittedAlready))) : std::nullopt,
      kiosk::format(AppealStr::SubmittedNumber, ctx.lang, {""}), s.number,
      kiosk::format(AppealStr::ConfirmDue, ctx.lang, {s.dueLabel}));
  c.y = centredLine(ctx, c.column, c.y, kiosk::format(AppealStr::ConfirmPlace, ctx.lang, {s.place}),
                    p.text);
  if (s.urgent)
    c.y = centredLine(ctx, c.column, c.y, std::string(ctx.t(AppealStr::SubmittedUrgent)),
                      p.errorText);
  kiosk::AppealStr next = kiosk::nextWords(s);
  c.y = centredLine(ctx, c.column, c.y, std::string(ctx.t(next)),
                    next == AppealStr::SubmittedLeavePhone ? p.errorText : p.calmText);
  submittedTail(ctx, snap, area, c, s.print, s.printProblem);
  endScreen();
}

namespace {
[[maybe_unused]] const ScreenRegistration kRegistered{kiosk::screens::AppealSubmitted,
                                                      drawAppealSubmittedScreen};
}  // namespace

}  // namespace yizhan::ui
