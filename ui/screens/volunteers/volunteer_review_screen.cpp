#include <string>
#include <vector>

#include "kiosk/base/strings.h"
#include "kiosk/volunteers/volunteer_flow.h"
#include "kiosk/volunteers/volunteer_review_flow.h"
#include "kiosk/volunteers/volunteer_strings.h"
#include "ui/screens/screen_registry.h"
#include "ui/widgets/choice_grid.h"
#include "ui/widgets/drawing.h"
#include "ui/widgets/screen_frame.h"

namespace yizhan::ui {

using kiosk::Str;
using kiosk::VolStr;

// The flagged shifts, one cell each (who, day, activity; why, what the rules propose); a tap
// opens one to confirm or correct.
void drawVolunteerReviewScreen(const kiosk::Snapshot& snap, UiContext& ctx) {
  const Palette& p = palette();
  const Metrics& m = ctx.metrics;
  const auto& part = snap.part<kiosk::VolunteerReviewPart>();
  ContentArea area = beginScreen(ctx, snap, ctx.t(VolStr::ReviewTitle));
  float y = area.min.y;
  if (snap.notice) {
    ctx.fonts.require(*snap.notice);
    y += drawTextCentered(ctx.fonts.body(), area.centerX(), y, p.deviceOk, *snap.notice).y +
         m.minGap();
  }
  if (part.shifts.empty()) {
    drawTextCentered(ctx.fonts.heading(), area.centerX(), y + m.gap(), p.text,
                     ctx.t(VolStr::ReviewNone), area.width());
  }
  std::vector<ChoiceCell> cells;
  for (const auto& s : part.shifts) {
    std::string label = s.title;
    std::string detail = kiosk::flagWords(s.flag, ctx.lang) + " · " + s.times + " · " +
                         kiosk::format(VolStr::ReviewProposed, ctx.lang,
                                       {kiosk::serviceTimeWords(s.proposedMinutes, ctx.lang)});
    cells.push_back({label, detail, true, ButtonStyle::Plain});
  }
  GridSpec grid{ImVec2(area.min.x, y),
                area.max,
                m.portrait ? 1 : 2,
                ImVec2(m.px(240.0f), m.px(40.0f)),
                ImVec2(m.px(150.0f), m.px(30.0f)),
                ctx.fonts.body(),
                "volunteer-review"};
  int tapped = choiceGrid(ctx, cells, grid);
  if (tapped >= 0) {
    ctx.emit(kiosk::intent::ChooseFlaggedShift{part.shifts[static_cast<size_t>(tapped)].id});
  }
  if (footerButton(ctx, ctx.t(Str::Back), FooterSide::Left)) ctx.emit(kiosk::intent::Back{});
  endScreen();
}

namespace {
[[maybe_unused]] const ScreenRegistration kRegistered{kiosk::screens::VolunteerReview,
                                                      drawVolunteerReviewScreen};
}  // namespace

}  // namespace yizhan::ui
