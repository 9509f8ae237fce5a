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

// 办好了: how it went, one tap from a short list (a volunteer at the kiosk does not type);
// the tap resolves the request with that note.
void drawVolunteerErrandResolveScreen(const kiosk::Snapshot& snap, UiContext& ctx) {
  const Palette& p = palette();
  const Metrics& m = ctx.metrics;
  const auto& part = snap.part<kiosk::VolunteerErrandPart>();
  ContentArea area = beginScreen(ctx, snap, ctx.t(ReqStr::VolResolveTitle));
  float y = area.min.y;
  if (part.chosen) {
    std::string what = part.chosen->errandName + " · " +
                       kiosk::format(ReqStr::VolErrandNumber, ctx.lang, {part.chosen->number});
    ctx.fonts.require(what);
    y += drawTextCentered(ctx.fonts.body(), area.centerX(), y, p.mutedText, what, area.width()).y +
         m.gap();
  }
  y = problemLine(ctx, snap, area, y);
  std::vector<ChoiceCell> cells;
  for (const std::string& n : part.notes) cells.push_back({n, "", true, ButtonStyle::Primary});
  GridSpec grid{ImVec2(area.min.x, y),
                area.max,
                m.portrait ? 1 : 2,
                ImVec2(m.px(150.0f), m.px(40.0f)),
                ImVec2(m.px(120.0f), m.px(30.0f)),
                ctx.fonts.body(),
                "volunteer-errand-notes"};
  int tapped = choiceGrid(ctx, cells, grid);
  if (tapped >= 0) ctx.emit(kiosk::intent::ResolveVolunteerErrand{tapped});
  residentFooter(ctx, snap);
  endScreen();
}

namespace {
[[maybe_unused]] const ScreenRegistration kRegistered{kiosk::screens::VolunteerErrandResolve,
                                                      drawVolunteerErrandResolveScreen};
}  // namespace

}  // namespace yizhan::ui
