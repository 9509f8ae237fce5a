#include <string>
#include <vector>

#include "kiosk/requests/request_strings.h"
#include "kiosk/requests/volunteer_errand_flow.h"
#include "ui/screens/screen_registry.h"
#include "ui/widgets/choice_grid.h"
#include "ui/widgets/drawing.h"
#include "ui/widgets/screen_frame.h"

namespace yizhan::ui {

using kiosk::ReqStr;

// The requests a volunteer on duty can take, or those they hold: one cell each (the errand
// and by when; the choices, grid and what matters — home visit, priority, overdue), paged; a
// tap opens one.
void drawVolunteerErrandsScreen(const kiosk::Snapshot& snap, UiContext& ctx) {
  const Palette& p = palette();
  const Metrics& m = ctx.metrics;
  const auto& part = snap.part<kiosk::VolunteerErrandPart>();
  ContentArea area = beginScreen(
      ctx, snap, ctx.t(part.holding ? ReqStr::VolHoldingTitle : ReqStr::VolTakeableTitle));
  float y = area.min.y;
  for (const std::optional<std::string>* line : {&snap.notice, &snap.error}) {
    if (!*line) continue;
    ctx.fonts.require(**line);
    y += drawTextCentered(ctx.fonts.body(), area.centerX(), y,
                          line == &snap.error ? p.errorText : p.deviceOk, **line, area.width())
             .y +
         m.minGap();
  }
  if (part.lines.empty()) {
    std::string_view none = ctx.t(part.holding ? ReqStr::VolNoneHeld : ReqStr::VolNoneTakeable);
    drawTextCentered(ctx.fonts.heading(), area.centerX(), y + m.gap(), p.text, none, area.width());
  }
  std::vector<ChoiceCell> cells;
  for (const kiosk::VolunteerErrandLine& l : part.lines) {
    std::string label = l.errandName + " · " + l.dueLabel;
    std::string detail = l.answers;
    auto add = [&detail](const std::string& s) {
      if (!s.empty()) detail += (detail.empty() ? "" : " · ") + s;
    };
    add(l.gridName);
    if (part.holding) add(l.stateWords);
    if (l.homeVisit) add(std::string(ctx.t(ReqStr::HomeVisit)));
    if (l.overdue) add(std::string(ctx.t(ReqStr::VolOverdue)));
    ChoiceCell cell{label, detail, true,
                    l.priority || l.overdue ? ButtonStyle::Primary : ButtonStyle::Plain};
    cells.push_back(cell);
  }
  GridSpec grid{ImVec2(area.min.x, y),
                area.max,
                m.portrait ? 1 : 2,
                ImVec2(m.px(260.0f), m.px(44.0f)),
                ImVec2(m.px(150.0f), m.px(32.0f)),
                ctx.fonts.body(),
                part.holding ? "volunteer-errands-held" : "volunteer-errands"};
  int tapped = choiceGrid(ctx, cells, grid);
  if (tapped >= 0)
    ctx.emit(kiosk::intent::ChooseVolunteerErrand{part.lines[static_cast<size_t>(tapped)].id});
  residentFooter(ctx, snap);
  endScreen();
}

namespace {
[[maybe_unused]] const ScreenRegistration kRegistered{kiosk::screens::VolunteerErrands,
                                                      drawVolunteerErrandsScreen};
}  // namespace

}  // namespace yizhan::ui
