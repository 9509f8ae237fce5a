#include "ui/screens/volunteers/volunteer_screen_parts.h"

#include <algorithm>
#include <string>

#include "kiosk/volunteers/volunteer_strings.h"
#include "ui/widgets/big_button.h"
#include "ui/widgets/drawing.h"

namespace yizhan::ui {

using kiosk::VolStr;

float recordButton(UiContext& ctx, const kiosk::VolunteerPart& v, const ContentArea& column,
                   float y) {
  const Palette& p = palette();
  const Metrics& m = ctx.metrics;
  std::string_view label = ctx.t(VolStr::PrintRecord);
  ImFont* body = ctx.fonts.body();
  ImVec2 size(std::min(column.width(), measureText(body, label).x + 2 * m.px(8.0f)),
              m.footerButtonHeight());
  ButtonSpec spec{ImVec2(column.centerX() - size.x / 2, y), size, ButtonStyle::Plain,
                  v.recordPrint != kiosk::PrintState::Printing, body};
  if (bigButton(ctx, label, spec)) ctx.emit(kiosk::intent::PrintServiceRecord{});
  y += size.y + m.minGap();
  if (!v.recordPrint) return y;
  std::string said = *v.recordPrint == kiosk::PrintState::Printing
                         ? std::string(ctx.t(VolStr::RecordPrinting))
                     : *v.recordPrint == kiosk::PrintState::Printed
                         ? std::string(ctx.t(VolStr::RecordTake))
                         : kiosk::format(VolStr::RecordNotPrinted, ctx.lang, {v.recordProblem});
  Rgb color = *v.recordPrint == kiosk::PrintState::Failed ? p.errorText : p.calmText;
  ctx.fonts.require(said);
  return y + drawTextCentered(body, column.centerX(), y, color, said, column.width()).y + m.gap();
}

float monthLines(UiContext& ctx, const kiosk::VolunteerPart& v, const ContentArea& column,
                 float y) {
  if (!v.month) return y;
  ImFont* body = ctx.fonts.body();
  for (const std::string& words :
       {kiosk::monthHoursWords(*v.month, ctx.lang), kiosk::monthPointsWords(*v.month, ctx.lang)}) {
    ctx.fonts.require(words);
    y += drawTextCentered(body, column.centerX(), y, palette().text, words, column.width()).y +
         ctx.metrics.minGap();
  }
  return y;
}

float topOffset(const Metrics& m, const ContentArea& area) {
  return area.height() < m.px(150.0f) ? 0 : area.height() * 0.1f;
}

}  // namespace yizhan::ui
