#include "drivers/printer/text_raster.h"

#include <ft2build.h>
#include FT_FREETYPE_H

#include <mutex>
#include <stdexcept>
#include <vector>

namespace yizhan::drivers {

namespace {
std::vector<char32_t> decodeUtf8(std::string_view s) {
  std::vector<char32_t> out;
  size_t i = 0;
  while (i < s.size()) {
    auto c = static_cast<unsigned char>(s[i]);
    size_t len = c < 0x80           ? 1
                 : (c >> 5) == 0x6  ? 2
                 : (c >> 4) == 0xE  ? 3
                 : (c >> 3) == 0x1E ? 4
                                    : 0;
    if (len == 0 || i + len > s.size()) {
      out.push_back(0xFFFD);
      ++i;
      continue;
    }
    char32_t cp = len == 1 ? c : len == 2 ? (c & 0x1F) : len == 3 ? (c & 0x0F) : (c & 0x07);
    for (size_t k = 1; k < len; ++k) cp = (cp << 6) | (static_cast<unsigned char>(s[i + k]) & 0x3F);
    out.push_back(cp);
    i += len;
  }
  return out;
}
}  // namespace

struct TextRaster::Impl {
  FT_Library library = nullptr;
  FT_Face face = nullptr;
  std::mutex mutex;  // a FreeType face is not thread-safe
};

TextRaster::TextRaster(const std::filesystem::path& fontFile, int face)
    : impl_(std::make_unique<Impl>()) {
  if (FT_Init_FreeType(&impl_->library) != 0) throw std::runtime_error("FreeType did not start");
  if (FT_New_Face(impl_->library, fontFile.c_str(), face, &impl_->face) != 0) {
    FT_Done_FreeType(impl_->library);
    throw std::runtime_error("字体无法加载 (cannot load font): " + fontFile.string());
  }
}

TextRaster::~TextRaster() {
  FT_Done_Face(impl_->face);
  FT_Done_FreeType(impl_->library);
}

Bitmap TextRaster::render(std::string_view utf8, int pixelHeight, bool bold) const {
  std::lock_guard lock(impl_->mutex);
  FT_Face face = impl_->face;
  FT_Set_Pixel_Sizes(face, 0, static_cast<FT_UInt>(pixelHeight));
  std::vector<char32_t> text = decodeUtf8(utf8);
  // First pass: the advance of each glyph gives the width.
  int width = 0;
  for (char32_t cp : text) {
    if (FT_Load_Char(face, cp, FT_LOAD_DEFAULT) == 0) {
      width += static_cast<int>(face->glyph->advance.x >> 6);
    }
  }
  Bitmap out(width + (bold ? 1 : 0), pixelHeight);
  // Baseline so that the ascender of a CJK glyph fits: the em box is the line.
  int baseline = static_cast<int>(pixelHeight * 0.88);
  int penX = 0;
  for (char32_t cp : text) {
    if (FT_Load_Char(face, cp, FT_LOAD_RENDER | FT_LOAD_TARGET_MONO) != 0) continue;
    FT_GlyphSlot g = face->glyph;
    const FT_Bitmap& bm = g->bitmap;
    for (unsigned row = 0; row < bm.rows; ++row) {
      for (unsigned col = 0; col < bm.width; ++col) {
        const unsigned char* line = bm.buffer + static_cast<long>(row) * bm.pitch;
        bool black = bm.pixel_mode == FT_PIXEL_MODE_MONO ? (line[col / 8] & (0x80 >> (col % 8)))
                                                         : line[col] >= 128;
        if (!black) continue;
        int x = penX + g->bitmap_left + static_cast<int>(col);
        int y = baseline - g->bitmap_top + static_cast<int>(row);
        if (x < 0 || y < 0 || x >= out.width || y >= out.height) continue;
        out.set(x, y);
        if (bold && x + 1 < out.width) out.set(x + 1, y);
      }
    }
    penX += static_cast<int>(g->advance.x >> 6);
  }
  return out;
}

}  // namespace yizhan::drivers
