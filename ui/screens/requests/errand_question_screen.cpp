#include <string>
#include <vector>

#include "kiosk/requests/errand_flow.h"
#include "ui/screens/screen_registry.h"
#include "ui/widgets/choice_grid.h"
#include "ui/widgets/drawing.h"
#include "ui/widgets/pictograms.h"
#include "ui/widgets/screen_frame.h"
#include "ui/widgets/step_line.h"

namespace yizhan::ui {

// One of the errand's questions, its choices as big buttons: residents never type.
void drawErrandQuestionScreen(const kiosk::Snapshot& snap, UiContext& ctx) {
  const Metrics& m = ctx.metrics;
  const auto& draft = snap.part<kiosk::ErrandPart>().draft;
  bool asking = draft && draft->answers.size() < draft->asks.size();
  ContentArea area = beginScreen(ctx, snap, asking ? draft->asks[draft->answers.size()] : "");
  if (!asking) {
    endScreen();
    return;
  }
  std::string chosen = draft->errandName;
  for (const std::string& a : draft->answers) chosen += " · " + a;
  // The errand, then each question, then the confirmation.
  int steps = static_cast<int>(draft->asks.size()) + 2;
  area = stepLine(ctx, area, static_cast<int>(draft->answers.size()) + 2, steps, chosen);
  std::vector<ChoiceCell> cells;
  for (const std::string& c : draft->choices) cells.push_back({c, "", true, ButtonStyle::Primary});
  GridSpec grid{area.min,
                area.max,
                m.portrait ? 2 : 3,
                ImVec2(m.px(190.0f), m.px(70.0f)),
                ImVec2(m.px(110.0f), m.px(44.0f)),
                ctx.fonts.display(),
                "errand-choices"};
  int tapped = choiceGrid(ctx, cells, grid);
  if (tapped >= 0) {
    ctx.emit(kiosk::intent::AnswerErrand{draft->choices[static_cast<size_t>(tapped)]});
  }
  residentFooter(ctx, snap);
  endScreen();
}

namespace {
[[maybe_unused]] const ScreenRegistration kRegistered{kiosk::screens::ErrandQuestion,
                                                      drawErrandQuestionScreen};
}  // namespace

}  // namespace yizhan::ui
