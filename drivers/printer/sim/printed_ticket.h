#pragma once
// What came out of the simulated printer between two cuts, element by element.
#include <string>
#include <variant>
#include <vector>

#include "drivers/printer/bitmap.h"
#include "drivers/printer/escpos_builder.h"
#include "drivers/printer/qr_code.h"

namespace yizhan::drivers::sim {

struct TextLine {
  std::string text;  // UTF-8, decoded from the GB18030 the printer received
  Align align = Align::Left;
  bool bold = false;
  int width = 1, height = 1;
};
struct QrSymbol {
  std::string payload;
  int moduleDots = 3;
  QrErrorLevel level = QrErrorLevel::L;
  Align align = Align::Left;
};
struct RasterImage {
  Bitmap bitmap;
};
struct Feed {
  int lines = 0;
};
using TicketElement = std::variant<TextLine, QrSymbol, RasterImage, Feed>;

struct PrintedTicket {
  std::vector<TicketElement> elements;
  bool cut = false;

  std::vector<std::string> texts() const;
  std::vector<std::string> qrPayloads() const;
  int imageCount() const;
};

}  // namespace yizhan::drivers::sim
