#include <string>
#include <vector>

#include "kiosk/appeals/appeal_flow.h"
#include "kiosk/appeals/appeal_strings.h"
#include "ui/screens/screen_registry.h"
#include "ui/widgets/big_button.h"
#include "ui/widgets/choice_grid.h"
#include "ui/widgets/drawing.h"
#include "ui/widgets/pictograms.h"
#include "ui/widgets/screen_frame.h"
#include "ui/widgets/step_line.h"

namespace yizhan::ui {

using kiosk::AppealStr;

// What the problem is about, as big pictures with their names: a bin, a block of flats, a car…
void drawAppealCategoryScreen(const kiosk::Snapshot& snap, UiContext& ctx) {
  const Metrics& m = ctx.metrics;
  const kiosk::AppealPart& part = snap.part<kiosk::AppealPart>();
  ContentArea area = beginScreen(ctx, snap, ctx.t(AppealStr::CategoryTitle));
  area = stepLine(ctx, area, 1, 4);
  std::vector<ChoiceCell> cells;
  for (const kiosk::AppealCategoryChoice& c : part.categories) {
    ChoiceCell cell{c.label, "", true, ButtonStyle::Primary};
    cell.picture = appealPictogram(c.pictogram);
    cells.push_back(std::move(cell));
  }
  // Heading-size names where two columns of them fit with their pictures, so all seven show
  // at once; on a narrower panel the body size, rather than a second page.
  ImFont* font = ctx.fonts.heading();
  float widest = 0;
  for (const ChoiceCell& c : cells) widest = std::max(widest, measureText(font, c.label).x);
  float cellW = widest + font->FontSize * 1.3f + 4 * m.px(3.0f);
  if (2 * cellW + m.gap() > area.width()) font = ctx.fonts.body();
  GridSpec grid{area.min,
                area.max,
                m.portrait ? 2 : 3,
                ImVec2(m.px(190.0f), m.px(56.0f)),
                ImVec2(m.px(80.0f), m.minTarget()),
                font,
                "appeal-categories"};
  int tapped = choiceGrid(ctx, cells, grid);
  if (tapped >= 0)
    ctx.emit(kiosk::intent::ChooseAppealCategory{part.categories[static_cast<size_t>(tapped)].id});
  residentFooter(ctx, snap);
  endScreen();
}

namespace {
[[maybe_unused]] const ScreenRegistration kRegistered{kiosk::screens::AppealCategory,
                                                      drawAppealCategoryScreen};
}  // namespace

}  // namespace yizhan::ui
