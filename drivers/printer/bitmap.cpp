#include "drivers/printer/bitmap.h"

#include <stb_image_write.h>

namespace yizhan::drivers {

Bitmap Bitmap::stretchedWidth(int num, int den) const {
  if (num == den || num <= 0 || den <= 0) return *this;
  Bitmap out(width * num / den, height);
  for (int y = 0; y < height; ++y) {
    for (int x = 0; x < out.width; ++x) out.set(x, y, at(x * den / num, y));
  }
  return out;
}

void Bitmap::blit(const Bitmap& other, int x, int y) {
  for (int row = 0; row < other.height; ++row) {
    int ty = y + row;
    if (ty < 0 || ty >= height) continue;
    for (int col = 0; col < other.width; ++col) {
      int tx = x + col;
      if (tx < 0 || tx >= width) continue;
      if (other.at(col, row)) set(tx, ty);
    }
  }
}

std::vector<std::uint8_t> Bitmap::packRows() const {
  int bytesPerRow = (width + 7) / 8;
  std::vector<std::uint8_t> out(static_cast<size_t>(bytesPerRow) * height, 0);
  for (int y = 0; y < height; ++y) {
    for (int x = 0; x < width; ++x) {
      if (at(x, y)) out[static_cast<size_t>(y) * bytesPerRow + x / 8] |= 0x80 >> (x % 8);
    }
  }
  return out;
}

Bitmap Bitmap::fromPackedRows(const std::uint8_t* data, int bytesPerRow, int rows) {
  Bitmap b(bytesPerRow * 8, rows);
  for (int y = 0; y < rows; ++y) {
    for (int x = 0; x < b.width; ++x) {
      if (data[static_cast<size_t>(y) * bytesPerRow + x / 8] & (0x80 >> (x % 8))) b.set(x, y);
    }
  }
  return b;
}

bool Bitmap::writePng(const std::string& file) const {
  if (width == 0 || height == 0) return false;
  std::vector<std::uint8_t> gray(dots.size());
  for (size_t i = 0; i < dots.size(); ++i) gray[i] = dots[i] ? 0 : 255;
  return stbi_write_png(file.c_str(), width, height, 1, gray.data(), width) != 0;
}

}  // namespace yizhan::drivers
