#include "ui/screens/requests/submitted_columns.h"

#include "ui/screens/requests/request_slip_line.h"
#include "ui/widgets/drawing.h"

namespace yizhan::ui {

SubmittedColumns submittedHead(UiContext& ctx, const ContentArea& area,
                               const std::optional<std::string>& already,
                               const std::string& numberLabel, const std::string& number,
                               const std::string& due) {
  const Palette& p = palette();
  const Metrics& m = ctx.metrics;
  SubmittedColumns c{area, area};
  if (!m.portrait) {
    c.left.max.x = area.min.x + area.width() * 0.5f;
    c.column.min.x = c.left.max.x + m.gap();
  }
  float y = c.left.min.y + (m.portrait ? area.height() * 0.04f : 0);
  if (already) y = centredLine(ctx, c.left, y, *already, p.calmText);
  y = centredLine(ctx, c.left, y, numberLabel, p.mutedText);
  ctx.fonts.require(number);
  ImFont* big = largestFitting({ctx.fonts.display(), ctx.fonts.heading()}, number, c.left.width());
  y += drawTextCentered(big, c.left.centerX(), y, p.text, number, c.left.width()).y + m.gap();
  y = centredLine(ctx, c.left, y, due, p.calmText);
  c.doneTop = y;
  // Portrait: one column, the rest under the number.
  if (m.portrait) {
    c.column = c.left;
    c.y = y;
  } else {
    c.y = c.column.min.y;
  }
  return c;
}

void submittedTail(UiContext& ctx, const kiosk::Snapshot& snap, const ContentArea& area,
                   SubmittedColumns& c, kiosk::PrintState print, const std::string& problem) {
  c.y = requestSlipLine(ctx, c.column, c.y, print, problem);
  if (ctx.metrics.portrait) c.doneTop = c.y;
  if (doneButton(ctx, c.left, c.doneTop, area.max.y)) ctx.emit(kiosk::intent::FinishTicket{});
  residentFooter(ctx, snap, {false, true});
}

}  // namespace yizhan::ui
