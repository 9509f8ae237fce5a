#include <string>
#include <vector>

#include "kiosk/volunteers/volunteer_flow.h"
#include "kiosk/volunteers/volunteer_strings.h"
#include "ui/screens/screen_registry.h"
#include "ui/widgets/choice_grid.h"
#include "ui/widgets/drawing.h"
#include "ui/widgets/screen_frame.h"

namespace yizhan::ui {

using kiosk::VolStr;

// Who is signing in (masked) and the seven activities: one tap signs them in.
void drawVolunteerActivityScreen(const kiosk::Snapshot& snap, UiContext& ctx) {
  const Palette& p = palette();
  const Metrics& m = ctx.metrics;
  ContentArea area = beginScreen(ctx, snap, ctx.t(VolStr::ActivityTitle));
  std::string hello = kiosk::format(VolStr::ActivityHello, ctx.lang,
                                    {snap.part<kiosk::VolunteerPart>().nameMasked});
  ctx.fonts.require(hello);
  float y = area.min.y;
  y += drawTextCentered(ctx.fonts.body(), area.centerX(), y, p.text, hello, area.width()).y +
       m.gap();
  std::vector<ChoiceCell> cells;
  for (std::string_view id : kiosk::kVolunteerActivities) {
    cells.push_back({kiosk::activityWords(id, ctx.lang), "", true, ButtonStyle::Primary});
  }
  GridSpec grid{ImVec2(area.min.x, y),
                area.max,
                m.portrait ? 2 : 4,
                ImVec2(m.px(120.0f), m.px(50.0f)),
                ImVec2(m.px(70.0f), m.px(30.0f)),
                ctx.fonts.heading(),
                "volunteer-activities"};
  int tapped = choiceGrid(ctx, cells, grid);
  if (tapped >= 0) {
    ctx.emit(kiosk::intent::PickActivity{
        std::string(kiosk::kVolunteerActivities[static_cast<size_t>(tapped)])});
  }
  residentFooter(ctx, snap);
  endScreen();
}

namespace {
[[maybe_unused]] const ScreenRegistration kRegistered{kiosk::screens::VolunteerActivity,
                                                      drawVolunteerActivityScreen};
}  // namespace

}  // namespace yizhan::ui
