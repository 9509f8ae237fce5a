#include <string>
#include <vector>

#include "kiosk/requests/errand_flow.h"
#include "kiosk/requests/request_strings.h"
#include "ui/screens/screen_registry.h"
#include "ui/widgets/big_button.h"
#include "ui/widgets/choice_grid.h"
#include "ui/widgets/drawing.h"
#include "ui/widgets/pictograms.h"
#include "ui/widgets/screen_frame.h"

namespace yizhan::ui {

using kiosk::ReqStr;

// The errands as big pictures with their names, under a greeting by the resident's masked
// name; a resident with requests under way gets a button to see how they are going.
void drawErrandChooseScreen(const kiosk::Snapshot& snap, UiContext& ctx) {
  const Palette& p = palette();
  const Metrics& m = ctx.metrics;
  const kiosk::ErrandPart& part = snap.part<kiosk::ErrandPart>();
  ContentArea area = beginScreen(ctx, snap, ctx.t(ReqStr::ChooseTitle));
  ImFont* body = ctx.fonts.body();
  float y = area.min.y;
  // Four rows of errands come first: on a short panel the greeting is only spoken (the prompt
  // says it), unless it carries the progress button.
  float rowsNeeded = 4 * (m.minTarget() + m.gap());
  bool greet = part.asker && (part.asker->openRequests > 0 ||
                              area.height() - body->FontSize - m.minGap() >= rowsNeeded);
  if (greet) {
    std::string hello = kiosk::format(ReqStr::Greeting, ctx.lang, {part.asker->nameMasked});
    if (part.asker->priority) hello += "  ·  " + std::string(ctx.t(ReqStr::PriorityNote));
    ctx.fonts.require(hello);
    float lineRight = area.max.x;
    if (part.asker->openRequests > 0) {
      // The progress button on the greeting's line, at its right end.
      std::string count =
          kiosk::format(ReqStr::OpenCount, ctx.lang, {std::to_string(part.asker->openRequests)});
      std::string_view label = ctx.t(ReqStr::SeeProgress);
      float w = std::max(measureText(body, label).x, measureText(body, count).x) + m.px(16.0f);
      float h = std::max(m.minTarget(), 2 * body->FontSize + m.px(8.0f));
      ButtonSpec see{ImVec2(area.max.x - w, y), ImVec2(w, h), ButtonStyle::Plain, true, body};
      see.detail = count;
      ctx.fonts.require(count);
      if (bigButton(ctx, label, see)) ctx.emit(kiosk::intent::ShowErrandStatus{});
      lineRight -= w + m.gap();
      y += std::max(0.0f, (h - body->FontSize) / 2);
      drawText(body, ImVec2(area.min.x, y), p.calmText, hello, lineRight - area.min.x);
      y = area.min.y + h + m.minGap();
    } else {
      y += drawText(body, ImVec2(area.min.x, y), p.calmText, hello, area.width()).y + m.minGap();
    }
  }
  std::vector<ChoiceCell> cells;
  for (const kiosk::ErrandChoice& e : part.errands) {
    ChoiceCell cell{e.label, "", true, ButtonStyle::Primary};
    cell.picture = errandPictogram(e.pictogram);
    cells.push_back(std::move(cell));
  }
  // Heading-size names where two columns of them fit (with their pictures), so all seven show
  // at once; on a narrower panel the body size, rather than a second page of errands.
  int columns = m.portrait ? 2 : 3;
  ImFont* font = ctx.fonts.heading();
  float widest = 0;
  for (const ChoiceCell& c : cells) widest = std::max(widest, measureText(font, c.label).x);
  float cellW = widest + font->FontSize * 1.3f + 4 * m.px(3.0f);
  if (2 * cellW + m.gap() > area.width()) font = body;
  GridSpec grid{ImVec2(area.min.x, y),
                area.max,
                columns,
                ImVec2(m.px(190.0f), m.px(56.0f)),
                ImVec2(m.px(80.0f), m.minTarget()),
                font,
                "errands"};
  int tapped = choiceGrid(ctx, cells, grid);
  if (tapped >= 0) {
    ctx.emit(kiosk::intent::ChooseErrand{part.errands[static_cast<size_t>(tapped)].id});
  }
  residentFooter(ctx, snap);
  endScreen();
}

namespace {
[[maybe_unused]] const ScreenRegistration kRegistered{kiosk::screens::ErrandChoose,
                                                      drawErrandChooseScreen};
}  // namespace

}  // namespace yizhan::ui
