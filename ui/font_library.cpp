#include "ui/font_library.h"

#include <chrono>

#include <ft2build.h>
#include FT_FREETYPE_H

#include <cmath>

#include "drivers/text/utf8.h"
#include "imgui_freetype.h"
#include "kiosk/features.h"
#include "ui/astral_glyphs.h"

namespace yizhan::ui {

namespace {
// One character beyond the BMP as FreeType draws it at one size, placed as the ImGui FreeType
// builder places its glyphs: sized by the real dimensions (ascender - descender) at the pixel
// height, offset from the line's top by the ascender.
struct AstralImage {
  int width = 0, height = 0;
  float left = 0, top = 0, advance = 0;
  std::vector<unsigned char> alpha;
};

AstralImage renderAstral(FT_Face face, char32_t cp, float pixelHeight) {
  AstralImage out;
  FT_Size_RequestRec req{};
  req.type = FT_SIZE_REQUEST_TYPE_REAL_DIM;
  req.height = static_cast<FT_Long>(pixelHeight) * 64;
  if (FT_Request_Size(face, &req) != 0) return out;
  float ascender = std::ceil(static_cast<float>(face->size->metrics.ascender) / 64.0f);
  if (FT_Load_Char(face, cp, FT_LOAD_RENDER | FT_LOAD_TARGET_LIGHT) != 0) return out;
  const FT_GlyphSlot g = face->glyph;
  const FT_Bitmap& bm = g->bitmap;
  out.width = static_cast<int>(bm.width);
  out.height = static_cast<int>(bm.rows);
  out.left = static_cast<float>(g->bitmap_left);
  out.top = ascender - static_cast<float>(g->bitmap_top);
  out.advance = static_cast<float>(g->advance.x) / 64.0f;
  out.alpha.resize(static_cast<size_t>(out.width) * out.height);
  for (int y = 0; y < out.height; ++y) {
    for (int x = 0; x < out.width; ++x)
      out.alpha[static_cast<size_t>(y) * out.width + x] = bm.buffer[y * bm.pitch + x];
  }
  return out;
}
}  // namespace

FontLibrary::FontLibrary(const std::filesystem::path& file, int face, kiosk::Lang lang)
    : fontFile_(file), face_(face) {
  for (ImWchar c = 0x20; c < 0x7F; ++c) glyphs_.insert(c);
  require("●·…—，。：；！？、（）《》“”");
  kiosk::forEachText(lang, [this](std::string_view text) { require(text); });
  dirty_ = true;
}

bool FontLibrary::require(std::string_view utf8) {
  bool added = false;
  drivers::forEachUtf8(utf8, [&](char32_t cp, std::string_view) {
    if (cp < 0x20 || cp == drivers::kInvalidCodepoint) return;
    // ImGui here is built with 16-bit characters: a character beyond the BMP gets a
    // private-use code, its glyph drawn by FreeType at build (ui/astral_glyphs.h).
    if (cp > 0xFFFF) {
      if (cp > 0x10FFFF) return;
      if (astral::codeFor(cp) == 0) return;
      added |= astralWanted_.insert(cp).second;
      return;
    }
    added |= glyphs_.insert(static_cast<ImWchar>(cp)).second;
  });
  dirty_ |= added;
  return added;
}

void FontLibrary::build(ImFontAtlas& atlas, const Metrics& metrics) {
  auto start = std::chrono::steady_clock::now();
  atlas.Clear();
  ranges_.clear();
  // Pairs of [first, last], merged where consecutive, zero-terminated.
  for (ImWchar c : glyphs_) {
    if (!ranges_.empty() && ranges_.back() + 1 == c) {
      ranges_.back() = c;
    } else {
      ranges_.push_back(c);
      ranges_.push_back(c);
    }
  }
  ranges_.push_back(0);

  ImFontConfig config;
  // ImGui 1.86 copies font data it does not own: three sizes would copy the 19 MB file three
  // times (≈ 200 ms and 60 MB). Handing it over as owned avoids the copies; ownership is taken
  // back below so that Clear() never frees the mapping.
  config.FontDataOwnedByAtlas = true;
  config.FontNo = face_;
  config.OversampleH = 1;
  config.OversampleV = 1;
  auto add = [&](float px) {
    return atlas.AddFontFromMemoryTTF(const_cast<void*>(fontFile_.data()),
                                      static_cast<int>(fontFile_.size()), px, &config,
                                      ranges_.Data);
  };
  body_ = add(metrics.bodyPx());
  heading_ = add(metrics.headingPx());
  display_ = add(metrics.displayPx());
  // Ticket numbers as residents read them across the room: letters and digits only, so the
  // largest size costs little atlas space.
  static const ImWchar numeralRanges[] = {'0', '9', 'A', 'Z', 0};
  numeral_ = atlas.AddFontFromMemoryTTF(const_cast<void*>(fontFile_.data()),
                                        static_cast<int>(fontFile_.size()), metrics.numeralPx(),
                                        &config, numeralRanges);
  for (ImFontConfig& added : atlas.ConfigData) added.FontDataOwnedByAtlas = false;
  // Each character beyond the BMP, at each text size, as a custom glyph under its code.
  struct Placed {
    int rect;
    AstralImage image;
  };
  std::vector<Placed> astralGlyphs;
  if (!astral::all().empty()) {
    FT_Library library = nullptr;
    FT_Face face = nullptr;
    if (FT_Init_FreeType(&library) == 0 &&
        FT_New_Memory_Face(library, static_cast<const FT_Byte*>(fontFile_.data()),
                           static_cast<FT_Long>(fontFile_.size()), face_, &face) == 0) {
      for (auto [font, px] :
           {std::pair{body_, metrics.bodyPx()}, std::pair{heading_, metrics.headingPx()},
            std::pair{display_, metrics.displayPx()}}) {
        for (auto [cp, code] : astral::all()) {
          AstralImage image = renderAstral(face, cp, px);
          if (image.width == 0) continue;  // not in the font: drawn as the font's missing mark
          int rect = atlas.AddCustomRectFontGlyph(font, code, image.width, image.height,
                                                  image.advance, ImVec2(image.left, image.top));
          astralGlyphs.push_back({rect, std::move(image)});
        }
      }
    }
    if (face) FT_Done_Face(face);
    if (library) FT_Done_FreeType(library);
  }
  atlas.FontBuilderIO = ImGuiFreeType::GetBuilderForFreeType();
  atlas.FontBuilderFlags = ImGuiFreeTypeBuilderFlags_LightHinting;
  if (!atlas.Build())
    throw FontError("字体无法加载 (the font could not be built): face " + std::to_string(face_));
  if (!astralGlyphs.empty()) {
    unsigned char* pixels = nullptr;
    int width = 0, height = 0;
    atlas.GetTexDataAsAlpha8(&pixels, &width, &height);
    for (const Placed& p : astralGlyphs) {
      const ImFontAtlasCustomRect* r = atlas.GetCustomRectByIndex(p.rect);
      for (int y = 0; y < p.image.height && r->Y + y < height; ++y) {
        for (int x = 0; x < p.image.width && r->X + x < width; ++x)
          pixels[(r->Y + y) * width + r->X + x] =
              p.image.alpha[static_cast<size_t>(y) * p.image.width + x];
      }
    }
  }
  fontFile_.evict();
  dirty_ = false;
  lastBuildMs_ =
      std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count();
}

}  // namespace yizhan::ui
