#include "drivers/printer/escpos_builder.h"

#include <algorithm>

#include "drivers/printer/escpos.h"
#include "drivers/printer/gb18030.h"

namespace yizhan::drivers {

using namespace escpos;

EscPosBuilder::EscPosBuilder(const PrinterProfile& profile, const TextRaster& raster)
    : profile_(profile), raster_(raster) {
  put({ESC, kInit, FS, kChineseOn});
}

EscPosBuilder& EscPosBuilder::align(Align a) {
  align_ = a;
  put({ESC, kAlign, static_cast<std::uint8_t>(a)});
  return *this;
}

EscPosBuilder& EscPosBuilder::bold(bool on) {
  bold_ = on;
  put({ESC, kBold, static_cast<std::uint8_t>(on ? 1 : 0)});
  return *this;
}

EscPosBuilder& EscPosBuilder::size(int width, int height) {
  width_ = std::clamp(width, 1, 8);
  height_ = std::clamp(height, 1, 8);
  put({GS, kSize, static_cast<std::uint8_t>(((width_ - 1) << 4) | (height_ - 1))});
  return *this;
}

EscPosBuilder& EscPosBuilder::line(std::string_view utf8) {
  if (auto gb = toPrintableGb18030(utf8)) {
    bytes_.insert(bytes_.end(), gb->begin(), gb->end());
    put({LF});
    return *this;
  }
  // The printer's font lacks a character: draw the line ourselves at the same size.
  Bitmap glyphs =
      raster_.render(utf8, profile_.lineDots * height_, bold_).stretchedWidth(width_, height_);
  // With the printer's own line spacing below it, so the image sits like a text line.
  Bitmap text(glyphs.width, glyphs.height + profile_.lineDots / 4 * height_);
  text.blit(glyphs, 0, 0);
  ++rasterTextLines_;
  return image(text);
}

bool EscPosBuilder::qr(std::string_view payload, int moduleDots, QrErrorLevel level) {
  moduleDots = std::clamp(moduleDots, 1, 16);
  if (!profile_.nativeQr) {
    auto symbol = renderQr(payload, moduleDots, level);
    if (!symbol) return false;
    image(*symbol);
    return true;
  }
  // Native QR keeps the payload at most 7089 bytes (version 40); reject what cannot fit.
  if (payload.empty() || payload.size() > 7089 || !renderQr(payload, 1, level)) return false;
  put({GS, kQr, 'k', 4, 0, '1', 'A', '2', 0});                                 // model 2
  put({GS, kQr, 'k', 3, 0, '1', 'C', static_cast<std::uint8_t>(moduleDots)});  // module size
  put({GS, kQr, 'k', 3, 0, '1', 'E', static_cast<std::uint8_t>('0' + static_cast<int>(level))});
  size_t len = payload.size() + 3;
  put({GS, kQr, 'k', static_cast<std::uint8_t>(len & 0xFF), static_cast<std::uint8_t>(len >> 8),
       '1', 'P', '0'});
  bytes_.insert(bytes_.end(), payload.begin(), payload.end());
  put({GS, kQr, 'k', 3, 0, '1', 'Q', '0'});  // print
  put({LF});
  return true;
}

EscPosBuilder& EscPosBuilder::image(const Bitmap& picture) {
  // Placed on a full-width canvas: alignment of raster images differs between printers.
  int width = std::min(picture.width, profile_.dotsPerLine);
  int x = align_ == Align::Left     ? 0
          : align_ == Align::Center ? (profile_.dotsPerLine - width) / 2
                                    : profile_.dotsPerLine - width;
  constexpr int kBand = 128;  // rows per GS v 0: small printers have small buffers
  for (int top = 0; top < picture.height; top += kBand) {
    int rows = std::min(kBand, picture.height - top);
    Bitmap band(profile_.dotsPerLine, rows);
    band.blit(picture, x, -top);
    std::vector<std::uint8_t> data = band.packRows();
    int bytesPerRow = (band.width + 7) / 8;
    put({GS, kRaster, '0', 0, static_cast<std::uint8_t>(bytesPerRow & 0xFF),
         static_cast<std::uint8_t>(bytesPerRow >> 8), static_cast<std::uint8_t>(rows & 0xFF),
         static_cast<std::uint8_t>(rows >> 8)});
    bytes_.insert(bytes_.end(), data.begin(), data.end());
  }
  return *this;
}

EscPosBuilder& EscPosBuilder::feed(int lines) {
  put({ESC, kFeedLines, static_cast<std::uint8_t>(std::clamp(lines, 0, 255))});
  return *this;
}

EscPosBuilder& EscPosBuilder::cut() {
  put({GS, kCut, 66, 3});  // feed 3 lines to the cutter, then partial cut
  return *this;
}

std::vector<std::uint8_t> statusRequest(StatusKind kind) {
  return {DLE, EOT, static_cast<std::uint8_t>(kind)};
}

}  // namespace yizhan::drivers
