#pragma once
// Draws a line of text into dots with the kiosk's CJK font, for what the printer's own font
// cannot print (rare name characters) and for the simulator's rendered tickets; both use this
// so a rendered ticket looks like the paper.
#include <filesystem>
#include <memory>
#include <string_view>

#include "drivers/printer/bitmap.h"

namespace yizhan::drivers {

class TextRaster {
 public:
  // Throws std::runtime_error naming the file if the font cannot be loaded.
  TextRaster(const std::filesystem::path& fontFile, int face);
  ~TextRaster();
  TextRaster(const TextRaster&) = delete;
  TextRaster& operator=(const TextRaster&) = delete;

  // The line drawn `pixelHeight` dots high (the em box), as wide as it needs; bold smears
  // each dot one to the right, as printers do.
  Bitmap render(std::string_view utf8, int pixelHeight, bool bold = false) const;

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace yizhan::drivers
