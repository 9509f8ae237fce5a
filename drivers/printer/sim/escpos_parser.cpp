#include "drivers/printer/sim/escpos_parser.h"

#include <algorithm>

#include "drivers/printer/gb18030.h"

namespace yizhan::drivers::sim {

using namespace escpos;

std::vector<PrintedTicket> EscPosParser::feed(std::span<const std::uint8_t> bytes) {
  buffer_.insert(buffer_.end(), bytes.begin(), bytes.end());
  std::vector<PrintedTicket> done;
  size_t at = 0;
  while (at < buffer_.size()) {
    size_t used = step(std::span<const std::uint8_t>(buffer_).subspan(at), done);
    if (used == 0) break;  // an incomplete command: wait for more bytes
    at += used;
  }
  buffer_.erase(buffer_.begin(), buffer_.begin() + static_cast<long>(at));
  return done;
}

void EscPosParser::resetStyle() {
  align_ = Align::Left;
  bold_ = false;
  width_ = height_ = 1;
}

void EscPosParser::flushText() {
  if (text_.empty()) return;
  ticket_.elements.push_back(TextLine{gb18030ToUtf8(text_), align_, bold_, width_, height_});
  text_.clear();
}

size_t EscPosParser::step(std::span<const std::uint8_t> b, std::vector<PrintedTicket>& done) {
  const size_t n = b.size();
  auto need = [&](size_t len) { return n >= len; };
  auto skip = [&](size_t len) {
    skipped_ += len;
    return len;
  };
  std::uint8_t c = b[0];

  if (c == LF) {
    if (text_.empty()) {
      ticket_.elements.push_back(TextLine{"", align_, bold_, width_, height_});
    }
    flushText();
    return 1;
  }
  if (c == ESC) {
    if (!need(2)) return 0;
    switch (b[1]) {
      case kInit:
        flushText();
        resetStyle();
        return 2;
      case kAlign:
        if (!need(3)) return 0;
        flushText();
        align_ = static_cast<Align>(std::min<int>(b[2] % 48, 2));  // 0-2 or '0'-'2'
        return 3;
      case kBold:
        if (!need(3)) return 0;
        bold_ = (b[2] & 1) != 0;
        return 3;
      case '!':  // print mode: bit 3 bold, bit 4 double height, bit 5 double width
        if (!need(3)) return 0;
        bold_ = (b[2] & 0x08) != 0;
        height_ = (b[2] & 0x10) ? 2 : 1;
        width_ = (b[2] & 0x20) ? 2 : 1;
        return 3;
      case kFeedLines:
        if (!need(3)) return 0;
        flushText();
        ticket_.elements.push_back(Feed{b[2]});
        return 3;
      case '2':  // default line spacing
        return 2;
      case '3':
      case '-':
      case 'J':
      case 't':
      case 'M':
      case 'G':
      case 'R':
      case 'V':
        return need(3) ? 3 : 0;  // one-parameter settings that do not change the content
      default:
        return skip(2);
    }
  }
  if (c == FS) {
    if (!need(2)) return 0;
    if (b[1] == kChineseOn || b[1] == '.') return 2;
    if (b[1] == '!' || b[1] == '-' || b[1] == 'W') return need(3) ? 3 : 0;
    return skip(2);
  }
  if (c == DLE) {
    if (!need(2)) return 0;
    if (b[1] == EOT || b[1] == 0x05) {  // DLE EOT n: status; DLE ENQ n: real-time request
      if (!need(3)) return 0;
      if (b[1] == EOT && b[2] >= 1 && b[2] <= 4 && onStatusRequest) {
        onStatusRequest(static_cast<StatusKind>(b[2]));
      } else if (b[1] == EOT) {
        skipped_ += 3;
      }
      return 3;
    }
    return skip(2);
  }
  if (c == GS) {
    if (!need(2)) return 0;
    switch (b[1]) {
      case kSize:
        if (!need(3)) return 0;
        width_ = ((b[2] >> 4) & 0x07) + 1;
        height_ = (b[2] & 0x07) + 1;
        return 3;
      case kCut: {
        if (!need(3)) return 0;
        std::uint8_t m = b[2];
        size_t len = (m == 65 || m == 66 || m == 97 || m == 98) ? 4 : 3;
        if (!need(len)) return 0;
        flushText();
        ticket_.cut = true;
        done.push_back(std::move(ticket_));
        ticket_ = {};
        return len;
      }
      case kRaster: {  // GS v 0 m xL xH yL yH data
        if (!need(8)) return 0;
        if (b[2] != '0') return skip(3);
        int bytesPerRow = b[4] | (b[5] << 8);
        int rows = b[6] | (b[7] << 8);
        if (bytesPerRow == 0 || rows == 0 || bytesPerRow > kMaxRasterBytesPerRow ||
            rows > kMaxRasterRows) {
          return skip(8);  // not an image any printer could hold; the data reads as text
        }
        size_t len = 8 + static_cast<size_t>(bytesPerRow) * rows;
        if (!need(len)) return 0;
        flushText();
        Bitmap band = Bitmap::fromPackedRows(b.data() + 8, bytesPerRow, rows);
        auto* last =
            ticket_.elements.empty() ? nullptr : std::get_if<RasterImage>(&ticket_.elements.back());
        if (last && last->bitmap.width == band.width) {
          // Tall images arrive in bands: join them back into one picture.
          Bitmap joined(band.width, last->bitmap.height + band.height);
          joined.blit(last->bitmap, 0, 0);
          joined.blit(band, 0, last->bitmap.height);
          last->bitmap = std::move(joined);
        } else {
          ticket_.elements.push_back(RasterImage{std::move(band)});
        }
        return len;
      }
      case kQr: {  // GS ( k pL pH cn fn [data]
        if (!need(5)) return 0;
        if (b[2] != 'k') {
          size_t len = 5 + (b[3] | (b[4] << 8));
          return need(len) ? skip(len) : 0;
        }
        size_t len = 5 + (b[3] | (b[4] << 8));
        if (!need(len)) return 0;
        if (len < 7 || b[5] != '1' || !nativeQr_) return skip(len);
        switch (b[6]) {
          case 'C':
            if (len >= 8) qrModule_ = std::clamp<int>(b[7], 1, 16);
            break;
          case 'E':
            if (len >= 8) qrLevel_ = static_cast<QrErrorLevel>(std::clamp(b[7] - '0', 0, 3));
            break;
          case 'P':
            if (len >= 8) qrData_.assign(b.begin() + 8, b.begin() + static_cast<long>(len));
            break;
          case 'Q':
            flushText();
            if (!qrData_.empty()) {
              ticket_.elements.push_back(QrSymbol{qrData_, qrModule_, qrLevel_, align_});
            }
            break;
          default:
            break;  // model selection and the rest change nothing we render
        }
        return len;
      }
      case 'B':
      case 'H':
      case 'h':
      case 'w':
      case 'f':
      case 'L':
        return need(3) ? 3 : 0;
      default:
        return skip(2);
    }
  }
  if (c < 0x20) return skip(1);  // CR, NUL and other controls print nothing
  text_.push_back(static_cast<char>(c));
  if (text_.size() >= kMaxTextLine) flushText();
  return 1;
}

}  // namespace yizhan::drivers::sim
