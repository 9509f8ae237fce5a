#include "ui/widgets/step_line.h"

#include <string>

#include "ui/widgets/drawing.h"

namespace yizhan::ui {

ContentArea stepLine(UiContext& ctx, const ContentArea& area, int step, int steps,
                     std::string_view chosen) {
  std::string words =
      kiosk::format(kiosk::Str::StepOf, ctx.lang, {std::to_string(step), std::to_string(steps)});
  if (!chosen.empty()) words += "  ·  " + std::string(chosen);
  ctx.fonts.require(words);
  ImVec2 size = drawText(ctx.fonts.body(), area.min, palette().calmText, words, area.width());
  ContentArea rest = area;
  rest.min.y += size.y + ctx.metrics.minGap();
  return rest;
}

}  // namespace yizhan::ui
