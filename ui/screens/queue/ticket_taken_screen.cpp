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

namespace {
std::string joined(const std::vector<std::string>& names) {
  std::string out;
  for (const std::string& n : names) out += (out.empty() ? "" : "、") + n;
  return out;
}
}  // namespace

// The number, very large; the service and the windows that serve it; how many are ahead and
// how long, or that it is soon; the slip. One 好的: the number is kept, nothing here looks like
// giving it up.
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

  // Landscape: the number on the left, what to do on the right. Portrait: one column.
  ContentArea numberSide = area, infoSide = area;
  if (!m.portrait) {
    numberSide.max.x = area.min.x + area.width() * 0.44f;
    infoSide.min.x = numberSide.max.x + m.gap();
  }
  // Portrait: the block sits in the upper middle, where eyes are, not under the header.
  float y = numberSide.min.y + (m.portrait ? area.height() * 0.12f : 0);
  std::string caption = t.serviceName + " · " + std::string(ctx.t(QueueStr::TicketYourNumber));
  ctx.fonts.require(caption);
  y += drawTextCentered(largestFitting({heading, body}, caption, numberSide.width()),
                        numberSide.centerX(), y, p.mutedText, caption, numberSide.width())
           .y;
  ImVec2 numberSize = measureText(numeral, t.code);
  if (!m.portrait) y = std::max(y, area.min.y + (area.height() - numberSize.y) / 2 - m.gap());
  drawText(numeral, ImVec2(numberSide.centerX() - numberSize.x / 2, y), p.text, t.code);
  y += numberSize.y;
  // A priority ticket, or a booking's ticket with its booked time, is marked under it.
  std::string mark = t.priority ? std::string(ctx.t(QueueStr::TicketPriorityMark))
                     : !t.bookedAt.empty()
                         ? kiosk::format(QueueStr::TicketBookedMark, ctx.lang, {t.bookedAt})
                         : std::string();
  if (!mark.empty()) {
    ctx.fonts.require(mark);
    ImVec2 markSize = measureText(heading, mark);
    ImVec2 at(numberSide.centerX() - markSize.x / 2, y);
    float pad = m.minGap();
    ImGui::GetWindowDrawList()->AddRectFilled(
        ImVec2(at.x - pad, at.y - pad / 2),
        ImVec2(at.x + markSize.x + pad, at.y + markSize.y + pad / 2), toImU32(p.urgent),
        m.rounding());
    drawText(heading, at, p.onUrgent, mark);
    y += markSize.y + m.gap();
  }

  if (!m.portrait)
    y = infoSide.min.y + m.gap();
  else
    y += m.gap();
  auto line = [&](const std::string& words, Rgb color) {
    y = centredLine(ctx, infoSide, y, words, color);
  };
  if (!t.windows.empty()) {
    line(kiosk::format(QueueStr::TicketWindows, ctx.lang, {joined(t.windows)}), p.text);
  }
  std::string ahead = std::to_string(t.ahead);
  std::string waitLine =
      t.ahead == 0 ? std::string(ctx.t(t.waitMinutes ? QueueStr::TicketNoneAhead
                                                     : QueueStr::TicketNoneAheadNoCounter))
      : t.waitMinutes
          ? kiosk::format(QueueStr::TicketAhead, ctx.lang, {ahead, std::to_string(*t.waitMinutes)})
          : kiosk::format(QueueStr::TicketAheadNoCounter, ctx.lang, {ahead});
  line(waitLine, p.text);

  switch (t.print) {
    case kiosk::PrintState::Printing:
      line(std::string(ctx.t(QueueStr::TicketPrinting)), p.mutedText);
      break;
    case kiosk::PrintState::Printed:
      line(std::string(ctx.t(QueueStr::TicketTakeSlip)), p.calmText);
      break;
    case kiosk::PrintState::Failed:
      line(kiosk::format(QueueStr::TicketNotPrinted, ctx.lang, {t.printProblem}), p.errorText);
      break;
  }

  // 好的: done, the number kept, back to the start.
  if (doneButton(ctx, infoSide, y, area.max.y)) ctx.emit(kiosk::intent::FinishTicket{});
  residentFooter(ctx, snap, {false, true});
  endScreen();
}

namespace {
[[maybe_unused]] const ScreenRegistration kRegistered{kiosk::screens::TicketTaken,
                                                      drawTicketTakenScreen};
}  // namespace

}  // namespace yizhan::ui
