#include <algorithm>
#include <string>

#include "kiosk/devices/device_strings.h"
#include "kiosk/queue/queue_strings.h"
#include "kiosk/queue/take_number_flow.h"
#include "ui/screens/screen_registry.h"
#include "ui/widgets/big_button.h"
#include "ui/widgets/choice_grid.h"
#include "ui/widgets/drawing.h"
#include "ui/widgets/pictograms.h"
#include "ui/widgets/screen_frame.h"

namespace yizhan::ui {

using kiosk::DeviceStr;
using kiosk::QueueStr;
using kiosk::Str;

void drawTakeNumberScreen(const kiosk::Snapshot& snap, UiContext& ctx) {
  const Palette& p = palette();
  const Metrics& m = ctx.metrics;
  ContentArea area = beginScreen(ctx, snap, ctx.t(QueueStr::TakeNumberTitle));
  ImFont* heading = ctx.fonts.heading();
  ImFont* body = ctx.fonts.body();

  // One line about the card: what it gives, that it was read, or that the reader is down.
  float y = area.min.y;
  std::string cardLine;
  Rgb cardColor = p.text;
  if (snap.part<kiosk::TakeNumberPart>().residentPriority) {
    cardLine =
        ctx.t(*snap.part<kiosk::TakeNumberPart>().residentPriority ? QueueStr::CardReadPriority
                                                                   : QueueStr::CardReadNormal);
    cardColor = p.deviceOk;
  } else if (snap.part<kiosk::TakeNumberPart>().cardProblem) {
    cardLine = *snap.part<kiosk::TakeNumberPart>().cardProblem;
    cardColor = p.errorText;
  } else if (snap.readerDown) {
    cardLine = *snap.readerDown;
    cardColor = p.mutedText;
  } else {
    cardLine = ctx.t(QueueStr::TakeNumberCardHint);
    cardColor = p.mutedText;
  }
  // The card line beside a picture of the card going onto the reader.
  ctx.fonts.require(cardLine);
  float icon = m.px(18.0f);
  float textW = area.width() - icon - m.gap();
  ImFont* cardFont = largestFitting({heading, body}, cardLine, textW);
  float lineW = std::min(textW, measureText(cardFont, cardLine, textW).x);
  float left = area.centerX() - (icon + m.gap() + lineW) / 2;
  drawPictogram(Pictogram::CardOnReader, ImVec2(left, y), icon, p.primary);
  float textH = drawText(cardFont, ImVec2(left + icon + m.gap(), y), cardColor, cardLine, textW).y;
  y += std::max(icon, textH) + m.gap();

  if (snap.printerDown) {
    std::string notice = kiosk::format(DeviceStr::PrinterDownNotice, ctx.lang, {*snap.printerDown});
    ctx.fonts.require(notice);
    y += drawTextCentered(largestFitting({heading, body}, notice, area.width()), area.centerX(), y,
                          p.errorText, notice, area.width())
             .y +
         m.gap();
  }

  // Services: two a row, as large as the rest of the space allows.
  std::vector<ChoiceCell> cells;
  for (const kiosk::ServiceChoice& s : snap.part<kiosk::TakeNumberPart>().services) {
    cells.push_back({s.name, s.status, s.available, ButtonStyle::Primary});
  }
  float errorBand = snap.error ? body->FontSize + m.gap() : 0;
  GridSpec grid{ImVec2(area.min.x, y),
                ImVec2(area.max.x, area.max.y - errorBand),
                2,
                ImVec2(m.px(190.0f), m.px(70.0f)),
                ImVec2(m.px(110.0f), m.px(40.0f)),
                ctx.fonts.heading(),
                "take-number-services"};
  int tapped = choiceGrid(ctx, cells, grid);
  if (tapped >= 0) {
    ctx.emit(kiosk::intent::ChooseService{
        snap.part<kiosk::TakeNumberPart>().services[static_cast<size_t>(tapped)].id});
  }
  if (snap.error) {
    drawTextCentered(body, area.centerX(), area.max.y - body->FontSize, p.errorText, *snap.error,
                     area.width());
  }
  residentFooter(ctx, snap);
  endScreen();
}

namespace {
[[maybe_unused]] const ScreenRegistration kRegistered{kiosk::screens::TakeNumber,
                                                      drawTakeNumberScreen};
}  // namespace

}  // namespace yizhan::ui
