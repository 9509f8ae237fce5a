#pragma once
// Builds the bytes of one receipt for an 80 mm ESC/POS printer. Text goes as GB18030 in the
// printer's own font; a line with a character the font cannot hold goes as an image drawn
// with our font; QR codes go natively or as an image, as the profile says.
#include <cstdint>
#include <string_view>
#include <vector>

#include "drivers/printer/bitmap.h"
#include "drivers/printer/escpos.h"
#include "drivers/printer/printer_profile.h"
#include "drivers/printer/qr_code.h"
#include "drivers/printer/text_raster.h"

namespace yizhan::drivers {

enum class Align : std::uint8_t { Left = 0, Center = 1, Right = 2 };

class EscPosBuilder {
 public:
  EscPosBuilder(const PrinterProfile& profile, const TextRaster& raster);

  EscPosBuilder& align(Align a);
  EscPosBuilder& bold(bool on);
  // Character magnification, 1 to 8 each way.
  EscPosBuilder& size(int width, int height);
  // One line of text and a line feed.
  EscPosBuilder& line(std::string_view utf8);
  // `moduleDots`: 1 to 16. Returns false (and prints nothing) if the payload cannot be a QR.
  bool qr(std::string_view payload, int moduleDots = 6, QrErrorLevel level = QrErrorLevel::M);
  // An image at the current alignment, cut to the paper width.
  EscPosBuilder& image(const Bitmap& picture);
  EscPosBuilder& feed(int lines);
  // Feeds past the cutter and cuts (partial cut, so the ticket does not drop to the floor).
  EscPosBuilder& cut();

  const std::vector<std::uint8_t>& bytes() const { return bytes_; }
  // How many lines used images because the printer's font lacked a character.
  int rasterTextLines() const { return rasterTextLines_; }

 private:
  void put(std::initializer_list<std::uint8_t> b) { bytes_.insert(bytes_.end(), b); }

  const PrinterProfile& profile_;
  const TextRaster& raster_;
  std::vector<std::uint8_t> bytes_;
  Align align_ = Align::Left;
  bool bold_ = false;
  int width_ = 1, height_ = 1;
  int rasterTextLines_ = 0;
};

// DLE EOT n
std::vector<std::uint8_t> statusRequest(escpos::StatusKind kind);

}  // namespace yizhan::drivers
