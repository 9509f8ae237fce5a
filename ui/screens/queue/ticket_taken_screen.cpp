#include <string>

#include "kiosk/queue/queue_strings.h"
#include "kiosk/queue/take_number_flow.h"
#include "ui/screens/screen_registry.h"
#include "ui/widgets/big_button.h"
#include "ui/widgets/drawing.h"
#include "ui/widgets/screen_frame.h"

namespace yizhan::ui {

using kiosk::QueueStr;
using kiosk::Str;

void drawTicketTakenScreen(const kiosk::Snapshot& snap, UiContext& ctx) {
  const Palette& p = palette();
  const Metrics& m = ctx.metrics;
  ContentArea area = beginScreen(ctx, snap, ctx.t(QueueStr::TicketTakenTitle));
  if (!snap.part<kiosk::TakeNumberPart>().ticket) {
    endScreen();
    return;
  }
  const kiosk::TakenTicket& t = *snap.part<kiosk::TakeNumberPart>().ticket;
  ImFont* heading = ctx.fonts.heading();
  ImFont* body = ctx.fonts.body();
  ImFont* numeral = ctx.fonts.numeral();
  ctx.fonts.require(t.serviceName);

  float y = area.min.y;
  std::string caption = t.serviceName + " · " + std::string(ctx.t(QueueStr::TicketYourNumber));
  y += drawTextCentered(heading, area.centerX(), y, p.mutedText, caption).y;

  // The number, as large as the screen allows; a priority mark beside it.
  ImVec2 numberSize = measureText(numeral, t.code);
  float numberX = area.centerX() - numberSize.x / 2;
  drawText(numeral, ImVec2(numberX, y), p.text, t.code);
  // A priority ticket, or a booking's ticket with its booked time, is marked beside it.
  std::string mark = t.priority ? std::string(ctx.t(QueueStr::TicketPriorityMark))
                     : !t.bookedAt.empty()
                         ? kiosk::format(QueueStr::TicketBookedMark, ctx.lang, {t.bookedAt})
                         : std::string();
  if (!mark.empty()) {
    ctx.fonts.require(mark);
    ImVec2 markSize = measureText(heading, mark);
    ImVec2 at(numberX + numberSize.x + m.gap(), y + (numberSize.y - markSize.y) / 2);
    ImDrawList* draw = ImGui::GetWindowDrawList();
    float pad = m.minGap();
    draw->AddRectFilled(ImVec2(at.x - pad, at.y - pad / 2),
                        ImVec2(at.x + markSize.x + pad, at.y + markSize.y + pad / 2),
                        toImU32(p.urgent), 12.0f * m.scale);
    drawText(heading, at, p.onUrgent, mark);
  }
  y += numberSize.y;

  std::string ahead = std::to_string(t.ahead);
  std::string waitLine =
      t.waitMinutes
          ? kiosk::format(QueueStr::TicketAhead, ctx.lang, {ahead, std::to_string(*t.waitMinutes)})
          : kiosk::format(QueueStr::TicketAheadNoCounter, ctx.lang, {ahead});
  y += drawTextCentered(heading, area.centerX(), y, p.text, waitLine, area.width()).y + m.gap();

  std::string printLine;
  Rgb printColor = p.text;
  switch (t.print) {
    case kiosk::PrintState::Printing:
      printLine = ctx.t(QueueStr::TicketPrinting);
      printColor = p.mutedText;
      break;
    case kiosk::PrintState::Printed:
      printLine = ctx.t(QueueStr::TicketTakeSlip);
      break;
    case kiosk::PrintState::Failed:
      printLine = kiosk::format(QueueStr::TicketNotPrinted, ctx.lang, {t.printProblem});
      printColor = p.errorText;
      break;
  }
  ctx.fonts.require(printLine);
  drawTextCentered(heading, area.centerX(), y, printColor, printLine, area.width());

  // 好的 where 返回 would be: done, back to the start.
  float buttonW = 420.0f * m.scale, buttonH = 130.0f * m.scale;
  ImVec2 pos(area.centerX() - buttonW / 2, area.max.y - buttonH);
  if (bigButton(ctx, ctx.t(QueueStr::TicketDone),
                {pos, ImVec2(buttonW, buttonH), ButtonStyle::Primary})) {
    ctx.emit(kiosk::intent::FinishTicket{});
  }
  (void)body;
  residentFooter(ctx);
  endScreen();
}

namespace {
[[maybe_unused]] const ScreenRegistration kRegistered{kiosk::screens::TicketTaken,
                                                      drawTicketTakenScreen};
}  // namespace

}  // namespace yizhan::ui
