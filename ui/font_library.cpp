#include "ui/font_library.h"

#include <chrono>

#include "drivers/text/utf8.h"
#include "imgui_freetype.h"
#include "kiosk/features.h"

namespace yizhan::ui {

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
    // ImGui here is built with 16-bit characters: planes beyond the BMP cannot be drawn.
    if (cp < 0x20 || cp > 0xFFFF) return;
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
  atlas.FontBuilderIO = ImGuiFreeType::GetBuilderForFreeType();
  atlas.FontBuilderFlags = ImGuiFreeTypeBuilderFlags_LightHinting;
  if (!atlas.Build())
    throw FontError("字体无法加载 (the font could not be built): face " + std::to_string(face_));
  fontFile_.evict();
  dirty_ = false;
  lastBuildMs_ =
      std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count();
}

}  // namespace yizhan::ui
