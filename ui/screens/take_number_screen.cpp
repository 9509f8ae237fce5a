#include <algorithm>
#include <string>

#include "ui/screens/screens.h"
#include "ui/widgets/big_button.h"
#include "ui/widgets/drawing.h"
#include "ui/widgets/screen_frame.h"

namespace yizhan::ui {

using kiosk::Str;

void drawTakeNumberScreen(const kiosk::Snapshot& snap, UiContext& ctx) {
  const Palette& p = palette();
  const Metrics& m = ctx.metrics;
  ContentArea area = beginScreen(ctx, snap, ctx.t(Str::TakeNumberTitle));
  ImFont* heading = ctx.fonts.heading();
  ImFont* body = ctx.fonts.body();

  // One line about the card: what it gives, that it was read, or that the reader is down.
  float y = area.min.y;
  std::string cardLine;
  Rgb cardColor = p.text;
  if (snap.residentPriority) {
    cardLine = ctx.t(*snap.residentPriority ? Str::CardReadPriority : Str::CardReadNormal);
    cardColor = p.deviceOk;
  } else if (snap.cardReadFailed) {
    cardLine = ctx.t(Str::CardReadFailed);
    cardColor = p.errorText;
  } else if (snap.readerDown) {
    cardLine = *snap.readerDown;
    cardColor = p.mutedText;
  } else {
    cardLine = ctx.t(Str::TakeNumberCardHint);
    cardColor = p.mutedText;
  }
  ctx.fonts.require(cardLine);
  y += drawTextCentered(heading, area.centerX(), y, cardColor, cardLine, area.width()).y + m.gap();

  if (snap.printerDown) {
    std::string notice = kiosk::format(Str::PrinterDownNotice, ctx.lang, {*snap.printerDown});
    ctx.fonts.require(notice);
    y +=
        drawTextCentered(heading, area.centerX(), y, p.errorText, notice, area.width()).y + m.gap();
  }

  // Services: two a row, as large as the rest of the space allows.
  const auto& services = snap.services;
  int count = static_cast<int>(services.size());
  int columns = count <= 1 ? 1 : 2;
  int rows = std::max(1, (count + columns - 1) / columns);
  float errorBand = body->FontSize + m.gap();
  float tileW = std::min(760.0f * m.scale, (area.width() - (columns - 1) * m.gap()) / columns);
  float room = area.max.y - errorBand - y;
  float tileH = std::min(280.0f * m.scale, (room - (rows - 1) * m.gap()) / rows);
  y += std::max(0.0f, (room - rows * tileH - (rows - 1) * m.gap()) / 2);
  for (int i = 0; i < count; ++i) {
    const kiosk::ServiceChoice& s = services[static_cast<size_t>(i)];
    ctx.fonts.require(s.name);
    ctx.fonts.require(s.status);
    int row = i / columns, col = i % columns;
    float rowW = columns * tileW + (columns - 1) * m.gap();
    ImVec2 pos(area.centerX() - rowW / 2 + col * (tileW + m.gap()), y + row * (tileH + m.gap()));
    ButtonSpec spec{pos, ImVec2(tileW, tileH), ButtonStyle::Primary, s.available,
                    ctx.fonts.display()};
    spec.detail = s.status;
    if (bigButton(ctx, s.name, spec)) ctx.emit(kiosk::intent::ChooseService{s.id});
  }
  if (snap.error) {
    drawTextCentered(body, area.centerX(), area.max.y - body->FontSize, p.errorText, *snap.error);
  }
  residentFooter(ctx);
  endScreen();
}

}  // namespace yizhan::ui
