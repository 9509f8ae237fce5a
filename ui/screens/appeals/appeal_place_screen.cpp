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

// Where it is: the buildings as big buttons, then the public places (小区大门, 停车场, …) in
// their own colour, paged when they do not all fit.
void drawAppealPlaceScreen(const kiosk::Snapshot& snap, UiContext& ctx) {
  const Metrics& m = ctx.metrics;
  const kiosk::AppealPart& part = snap.part<kiosk::AppealPart>();
  ContentArea area = beginScreen(ctx, snap, ctx.t(AppealStr::PlaceTitle));
  if (!part.draft) {
    endScreen();
    return;
  }
  area = stepLine(ctx, area, 2, 4, part.draft->categoryName);
  std::vector<ChoiceCell> cells;
  for (size_t i = 0; i < part.places.size(); ++i) {
    bool building = static_cast<int>(i) < part.buildings;
    cells.push_back(
        {part.places[i], "", true, building ? ButtonStyle::Primary : ButtonStyle::Plain});
  }
  GridSpec grid{area.min,
                area.max,
                m.portrait ? 3 : 4,
                ImVec2(m.px(150.0f), m.px(48.0f)),
                ImVec2(m.px(70.0f), m.minTarget()),
                ctx.fonts.body(),
                "appeal-places"};
  int tapped = choiceGrid(ctx, cells, grid);
  if (tapped >= 0)
    ctx.emit(kiosk::intent::ChooseAppealPlace{part.places[static_cast<size_t>(tapped)]});
  residentFooter(ctx, snap);
  endScreen();
}

namespace {
[[maybe_unused]] const ScreenRegistration kRegistered{kiosk::screens::AppealPlace,
                                                      drawAppealPlaceScreen};
}  // namespace

}  // namespace yizhan::ui
