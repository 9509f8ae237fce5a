#include <algorithm>
#include <string>

#include "kiosk/devices/device_strings.h"
#include "kiosk/queue/queue_strings.h"
#include "kiosk/queue/take_number_flow.h"
#include "ui/screens/screen_registry.h"
#include "ui/widgets/big_button.h"
#include "ui/widgets/choice_grid.h"
#include "ui/widgets/drawing.h"
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
  } else if (snap.part<kiosk::TakeNumberPart>().cardReadFailed) {
    cardLine = ctx.t(Str::CardReadFailed);
    cardColor = p.errorText;
  } else if (snap.readerDown) {
    cardLine = *snap.readerDown;
    cardColor = p.mutedText;
  } else {
    cardLine = ctx.t(QueueStr::TakeNumberCardHint);
    cardColor = p.mutedText;
  }
  ctx.fonts.require(cardLine);
  y += drawTextCentered(heading, area.centerX(), y, cardColor, cardLine, area.width()).y + m.gap();

  if (snap.printerDown) {
    std::string notice = kiosk::format(DeviceStr::PrinterDownNotice, ctx.lang, {*snap.printerDown});
    ctx.fonts.require(notice);
    y +=
        drawTextCentered(heading, area.centerX(), y, p.errorText, notice, area.width()).y + m.gap();
  }

  // Services: two a row, as large as the rest of the space allows.
  std::vector<ChoiceCell> cells;
  for (const kiosk::ServiceChoice& s : snap.part<kiosk::TakeNumberPart>().services) {
    cells.push_back({s.name, s.status, s.available, ButtonStyle::Primary});
  }
  float errorBand = body->FontSize + m.gap();
  GridSpec grid{ImVec2(area.min.x, y), ImVec2(area.max.x, area.max.y - errorBand), 2,
                ImVec2(760.0f * m.scale, 280.0f * m.scale), ctx.fonts.display()};
  int tapped = choiceGrid(ctx, cells, grid);
  if (tapped >= 0) {
    ctx.emit(kiosk::intent::ChooseService{
        snap.part<kiosk::TakeNumberPart>().services[static_cast<size_t>(tapped)].id});
  }
  if (snap.error) {
    drawTextCentered(body, area.centerX(), area.max.y - body->FontSize, p.errorText, *snap.error);
  }
  residentFooter(ctx);
  endScreen();
}

namespace {
[[maybe_unused]] const ScreenRegistration kRegistered{kiosk::screens::TakeNumber,
                                                      drawTakeNumberScreen};
}  // namespace

}  // namespace yizhan::ui
