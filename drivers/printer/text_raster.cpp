#include "drivers/printer/text_raster.h"

#include <ft2build.h>
#include FT_FREETYPE_H

#include <mutex>
#include <stdexcept>
#include <vector>

#include "drivers/text/utf8.h"

namespace yizhan::drivers {

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
  // Baseline so that the ascender of a CJK glyph fits: the em box is the line.
  const int baseline = static_cast<int>(pixelHeight * 0.88);
  // Each glyph is rendered once into its place; the line's width is known only at the end.
  struct Placed {
    Bitmap dots;
    int x, y;
  };
  std::vector<Placed> glyphs;
  int penX = 0;
  forEachUtf8(utf8, [&](char32_t cp, std::string_view) {
    if (cp == kInvalidCodepoint) cp = 0xFFFD;
    if (FT_Load_Char(face, cp, FT_LOAD_RENDER | FT_LOAD_TARGET_MONO) != 0) return;
    FT_GlyphSlot g = face->glyph;
    const FT_Bitmap& bm = g->bitmap;
    Bitmap dots(static_cast<int>(bm.width), static_cast<int>(bm.rows));
    for (unsigned row = 0; row < bm.rows; ++row) {
      const unsigned char* line = bm.buffer + static_cast<long>(row) * bm.pitch;
      for (unsigned col = 0; col < bm.width; ++col) {
        bool black = bm.pixel_mode == FT_PIXEL_MODE_MONO ? (line[col / 8] & (0x80 >> (col % 8)))
                                                         : line[col] >= 128;
        if (black) dots.set(static_cast<int>(col), static_cast<int>(row));
      }
    }
    glyphs.push_back({std::move(dots), penX + g->bitmap_left, baseline - g->bitmap_top});
    penX += static_cast<int>(g->advance.x >> 6);
  });
  Bitmap out(penX + (bold ? 1 : 0), pixelHeight);
  for (const Placed& glyph : glyphs) {
    out.blit(glyph.dots, glyph.x, glyph.y);
    if (bold) out.blit(glyph.dots, glyph.x + 1, glyph.y);  // printers embolden by a dot
  }
  return out;
}

}  // namespace yizhan::drivers
