#include <string>
#include <vector>

#include "kiosk/appeals/appeal_flow.h"
#include "kiosk/appeals/appeal_strings.h"
#include "ui/screens/screen_registry.h"
#include "ui/widgets/big_button.h"
#include "ui/widgets/choice_grid.h"
#include "ui/widgets/screen_frame.h"
#include "ui/widgets/step_line.h"

namespace yizhan::ui {

using kiosk::AppealStr;

// Which unit of the building, or 整栋楼或说不清 for a problem that is the whole building's.
void drawAppealUnitScreen(const kiosk::Snapshot& snap, UiContext& ctx) {
  const Metrics& m = ctx.metrics;
  const kiosk::AppealPart& part = snap.part<kiosk::AppealPart>();
  const auto& draft = part.draft;
  ContentArea area = beginScreen(
      ctx, snap,
      kiosk::format(AppealStr::UnitTitle, ctx.lang, {draft ? draft->building : std::string()}));
  if (!draft) {
    endScreen();
    return;
  }
  area = stepLine(ctx, area, 3, 4, draft->categoryName + " · " + draft->building);
  std::vector<ChoiceCell> cells;
  for (const std::string& u : part.units) cells.push_back({u, "", true, ButtonStyle::Primary});
  cells.push_back({std::string(ctx.t(AppealStr::UnitWhole)),
                   std::string(ctx.t(AppealStr::UnitNotSure)), true, ButtonStyle::Plain});
  // Heading size: display-size words would leave one cell a row and page five choices.
  GridSpec grid{area.min,
                area.max,
                m.portrait ? 2 : 3,
                ImVec2(m.px(190.0f), m.px(70.0f)),
                ImVec2(m.px(90.0f), m.px(44.0f)),
                ctx.fonts.heading(),
                "appeal-units"};
  int tapped = choiceGrid(ctx, cells, grid);
  if (tapped >= 0) {
    size_t i = static_cast<size_t>(tapped);
    ctx.emit(kiosk::intent::ChooseAppealUnit{i < part.units.size() ? part.units[i] : ""});
  }
  residentFooter(ctx, snap);
  endScreen();
}

namespace {
[[maybe_unused]] const ScreenRegistration kRegistered{kiosk::screens::AppealUnit,
                                                      drawAppealUnitScreen};
}  // namespace

}  // namespace yizhan::ui
