#pragma once
// A one-bit-per-dot image as a thermal printer sees it: true is a black dot.
#include <cstdint>
#include <string>
#include <vector>

namespace yizhan::drivers {

struct Bitmap {
  int width = 0;
  int height = 0;
  std::vector<std::uint8_t> dots;  // row-major, 0 or 1

  Bitmap() = default;
  Bitmap(int w, int h) : width(w), height(h), dots(static_cast<size_t>(w) * h, 0) {}
  bool at(int x, int y) const { return dots[static_cast<size_t>(y) * width + x] != 0; }
  void set(int x, int y, bool black = true) {
    dots[static_cast<size_t>(y) * width + x] = black ? 1 : 0;
  }
  // The same picture `num`/`den` times as wide (printers magnify width and height apart).
  Bitmap stretchedWidth(int num, int den) const;
  // Draws `other` with its top-left corner at (x, y), clipped.
  void blit(const Bitmap& other, int x, int y);
  // ESC/POS raster rows: bytes per row = ceil(width / 8), most significant bit leftmost.
  std::vector<std::uint8_t> packRows() const;
  static Bitmap fromPackedRows(const std::uint8_t* data, int bytesPerRow, int rows);
  // Writes a black-on-white PNG, one pixel a dot.
  bool writePng(const std::string& file) const;
};

}  // namespace yizhan::drivers
