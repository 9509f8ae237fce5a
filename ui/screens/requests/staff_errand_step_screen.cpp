#include <string>
#include <vector>

#include "kiosk/requests/request_strings.h"
#include "kiosk/requests/staff_errand_flow.h"
#include "ui/screens/screen_registry.h"
#include "ui/widgets/big_button.h"
#include "ui/widgets/choice_grid.h"
#include "ui/widgets/drawing.h"
#include "ui/widgets/screen_frame.h"

namespace yizhan::ui {

using kiosk::ReqStr;

// A step that needs something chosen: the volunteer to send it to (signed in and of the
// request's grid first), the reason, or the note; an extension's days above its reasons. The
// tap on a choice takes the step.
void drawStaffErrandStepScreen(const kiosk::Snapshot& snap, UiContext& ctx) {
  const Palette& p = palette();
  const Metrics& m = ctx.metrics;
  const auto& part = snap.part<kiosk::StaffErrandPart>();
  std::string what = part.step ? kiosk::actionWords(*part.step) : "";
  ContentArea area =
      beginScreen(ctx, snap, kiosk::format(ReqStr::StaffStepTitle, ctx.lang, {what}));
  ImFont* body = ctx.fonts.body();
  float y = area.min.y;
  if (part.chosen) {
    std::string which = part.chosen->errandName + " · " +
                        kiosk::format(ReqStr::VolErrandNumber, ctx.lang, {part.chosen->number});
    ctx.fonts.require(which);
    y += drawTextCentered(body, area.centerX(), y, p.mutedText, which, area.width()).y + m.gap();
  }
  y = problemLine(ctx, snap, area, y);
  if (part.days > 0) {
    std::string days = kiosk::format(ReqStr::StaffDays, ctx.lang, {std::to_string(part.days)});
    ctx.fonts.require(days);
    y += drawTextCentered(body, area.centerX(), y, p.calmText, days, area.width()).y + m.gap();
  }
  if (part.options.empty()) {
    drawTextCentered(ctx.fonts.heading(), area.centerX(), y + m.gap(), p.text,
                     ctx.t(ReqStr::StaffNoCandidates), area.width());
  }
  std::vector<ChoiceCell> cells;
  for (const kiosk::StaffErrandOption& o : part.options) {
    cells.push_back(
        {o.words, o.detail, true, o.preferred ? ButtonStyle::Primary : ButtonStyle::Plain});
  }
  GridSpec grid{ImVec2(area.min.x, y),
                area.max,
                m.portrait ? 1 : 2,
                ImVec2(m.px(200.0f), m.px(40.0f)),
                ImVec2(m.px(120.0f), m.px(30.0f)),
                body,
                "staff-errand-options"};
  int tapped = choiceGrid(ctx, cells, grid);
  if (tapped >= 0) ctx.emit(kiosk::intent::ChooseStaffErrandOption{tapped});
  if (footerButton(ctx, ctx.t(kiosk::Str::Back), FooterSide::Left)) ctx.emit(kiosk::intent::Back{});
  endScreen();
}

namespace {
[[maybe_unused]] const ScreenRegistration kRegistered{kiosk::screens::StaffErrandStep,
                                                      drawStaffErrandStepScreen};
}  // namespace

}  // namespace yizhan::ui
