#include <string>

#include "kiosk/appeals/appeal_strings.h"
#include "kiosk/queue/take_number_flow.h"
#include "kiosk/requests/errand_flow.h"
#include "kiosk/requests/request_strings.h"
#include "ui/screens/screen_registry.h"
#include "ui/widgets/drawing.h"
#include "ui/widgets/screen_frame.h"

namespace yizhan::ui {

using kiosk::ReqStr;

// 进度查询: each request in plain words — what it is, where it stands, what happens next and
// by when — one block each, largest first line.
void drawErrandStatusScreen(const kiosk::Snapshot& snap, UiContext& ctx) {
  const Palette& p = palette();
  const Metrics& m = ctx.metrics;
  const auto& lines = snap.part<kiosk::ErrandPart>().status;
  ContentArea area = beginScreen(ctx, snap, ctx.t(ReqStr::StatusTitle));
  ImFont* heading = ctx.fonts.heading();
  ImFont* body = ctx.fonts.body();
  float y = area.min.y;
  if (lines.empty()) y = centredLine(ctx, area, y, std::string(ctx.t(ReqStr::StatusNone)), p.text);
  // As many as fit above 好的; the newest first (the rest are on the slips and with staff).
  float doneRoom = m.minTarget() + m.gap();
  for (const kiosk::ErrandStatusLine& l : lines) {
    std::string first = l.errandName + "  " + l.stateWords;
    std::string second = l.nextStep + (l.dueLabel.empty() ? "" : "，" + l.dueLabel);
    std::string third = l.appeal
                            ? kiosk::format(kiosk::AppealStr::SubmittedNumber, ctx.lang, {l.number})
                            : kiosk::format(ReqStr::SubmittedNumber, ctx.lang, {l.number});
    float need = heading->FontSize + 2 * body->FontSize + 3 * m.minGap() +
                 (l.reply.empty() ? 0.0f : body->FontSize + m.minGap());
    if (y + need > area.max.y - doneRoom) break;
    for (const std::string* t : {&first, &second, &third}) ctx.fonts.require(*t);
    ctx.fonts.require(l.reply);
    y += drawText(largestFitting({heading, body}, first, area.width()), ImVec2(area.min.x, y),
                  p.text, first, area.width())
             .y +
         m.minGap();
    y += drawText(body, ImVec2(area.min.x, y), p.calmText, second, area.width()).y + m.minGap();
    if (!l.reply.empty())
      y += drawText(body, ImVec2(area.min.x, y), p.text, l.reply, area.width()).y + m.minGap();
    y += drawText(body, ImVec2(area.min.x, y), p.mutedText, third, area.width()).y + m.gap();
  }
  if (doneButton(ctx, area, y, area.max.y)) ctx.emit(kiosk::intent::FinishTicket{});
  residentFooter(ctx, snap, {false, true});
  endScreen();
}

namespace {
[[maybe_unused]] const ScreenRegistration kRegistered{kiosk::screens::ErrandStatus,
                                                      drawErrandStatusScreen};
}  // namespace

}  // namespace yizhan::ui
