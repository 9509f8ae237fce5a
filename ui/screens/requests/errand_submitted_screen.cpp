#include <string>

#include "kiosk/queue/take_number_flow.h"
#include "kiosk/requests/errand_flow.h"
#include "kiosk/requests/request_strings.h"
#include "ui/screens/requests/submitted_columns.h"
#include "ui/screens/screen_registry.h"
#include "ui/widgets/drawing.h"
#include "ui/widgets/screen_frame.h"

namespace yizhan::ui {

using kiosk::ReqStr;

// Accepted: the request number very large, the day it will be done, when staff will call (or
// that the resident should leave a phone number at the desk), and the slip.
void drawErrandSubmittedScreen(const kiosk::Snapshot& snap, UiContext& ctx) {
  const Palette& p = palette();
  const auto& submitted = snap.part<kiosk::ErrandPart>().submitted;
  ContentArea area = beginScreen(
      ctx, snap,
      kiosk::format(ReqStr::SubmittedTitle, ctx.lang, {submitted ? submitted->errandName : ""}));
  if (!submitted) {
    endScreen();
    return;
  }
  const kiosk::ErrandSubmittedView& s = *submitted;
  SubmittedColumns c = submittedHead(
      ctx, area,
      s.alreadyOpen ? std::optional(std::string(ctx.t(ReqStr::SubmittedAlready))) : std::nullopt,
      kiosk::format(ReqStr::SubmittedNumber, ctx.lang, {""}), s.number,
      kiosk::format(ReqStr::ConfirmDue, ctx.lang, {s.dueLabel}));
  c.y = centredLine(ctx, c.column, c.y,
                    s.callByLabel.empty()
                        ? std::string(ctx.t(ReqStr::SubmittedLeavePhone))
                        : kiosk::format(ReqStr::SubmittedCallBy, ctx.lang, {s.callByLabel}),
                    s.callByLabel.empty() ? p.errorText : p.calmText);
  c.y = centredLine(ctx, c.column, c.y,
                    kiosk::format(ReqStr::ConfirmWho, ctx.lang, {s.residentMasked}), p.mutedText);
  submittedTail(ctx, snap, area, c, s.print, s.printProblem);
  endScreen();
}

namespace {
[[maybe_unused]] const ScreenRegistration kRegistered{kiosk::screens::ErrandSubmitted,
                                                      drawErrandSubmittedScreen};
}  // namespace

}  // namespace yizhan::ui
