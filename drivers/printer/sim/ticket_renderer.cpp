#include "drivers/printer/sim/ticket_renderer.h"

#include <algorithm>

namespace yizhan::drivers::sim {

namespace {
constexpr int kMargin = 16;  // white paper around the printable area

int alignedX(Align align, int width, int paper) {
  width = std::min(width, paper);
  return align == Align::Center ? (paper - width) / 2 : align == Align::Right ? paper - width : 0;
}

}  // namespace

Bitmap renderTicket(const PrintedTicket& ticket, const PrinterProfile& profile,
                    const TextRaster& raster) {
  const int paper = profile.dotsPerLine;
  const int lineGap = profile.lineDots / 4;  // default line spacing: 30 dots for 24-dot text
  // Everything is placed first: the page's height is known only at the end.
  struct Placed {
    Bitmap picture;
    int x, y;
  };
  std::vector<Placed> placed;
  int y = kMargin;
  auto place = [&](Bitmap picture, int x, int advance) {
    placed.push_back({std::move(picture), x, y});
    y += advance;
  };
  for (const TicketElement& element : ticket.elements) {
    if (auto* line = std::get_if<TextLine>(&element)) {
      int height = profile.lineDots * line->height;
      Bitmap text =
          raster.render(line->text, height, line->bold).stretchedWidth(line->width, line->height);
      int x = alignedX(line->align, text.width, paper);
      place(std::move(text), x, height + lineGap);
    } else if (auto* qr = std::get_if<QrSymbol>(&element)) {
      if (auto symbol = renderQr(qr->payload, qr->moduleDots, qr->level)) {
        int x = alignedX(qr->align, symbol->width, paper);
        int h = symbol->height;
        place(std::move(*symbol), x, h);
      }
    } else if (auto* image = std::get_if<RasterImage>(&element)) {
      int h = image->bitmap.height;
      place(image->bitmap, 0, h);
    } else if (auto* feed = std::get_if<Feed>(&element)) {
      y += feed->lines * (profile.lineDots + lineGap);
    }
  }
  Bitmap page(paper + 2 * kMargin, y + kMargin);
  for (const Placed& p : placed) page.blit(p.picture, kMargin + p.x, p.y);
  return page;
}

}  // namespace yizhan::drivers::sim
