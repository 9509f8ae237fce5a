#pragma once
// The CJK font, mapped into memory once, and an atlas built only from the glyphs the kiosk
// needs: the string catalog plus any text added at run time (a name read from a card). New
// glyphs mark the atlas for a rebuild between frames.
#include <cstdint>
#include <filesystem>
#include <set>
#include <stdexcept>
#include <string_view>
#include <vector>

#include "imgui.h"
#include "kiosk/base/strings.h"
#include "ui/mapped_font_file.h"
#include "ui/palette.h"

namespace yizhan::ui {

class FontError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

class FontLibrary {
 public:
  // Throws FontError with a message that says what to install.
  FontLibrary(const std::filesystem::path& file, int face, kiosk::Lang lang);

  // Makes sure every character of `utf8` will be drawable; returns true if any was new.
  bool require(std::string_view utf8);
  bool needsRebuild() const { return dirty_; }
  bool has(ImWchar codepoint) const { return glyphs_.count(codepoint) > 0; }

  // Clears and rebuilds `atlas` with the FreeType builder at the sizes of `metrics`.
  void build(ImFontAtlas& atlas, const Metrics& metrics);

  ImFont* body() const { return body_; }
  ImFont* heading() const { return heading_; }
  ImFont* display() const { return display_; }
  // Only A-Z and 0-9: for ticket numbers.
  ImFont* numeral() const { return numeral_; }
  size_t glyphCount() const { return glyphs_.size(); }
  double lastBuildMilliseconds() const { return lastBuildMs_; }

 private:
  MappedFontFile fontFile_;
  int face_;
  std::set<ImWchar> glyphs_;
  // Characters beyond the BMP this library was asked for (ui/astral_glyphs.h); the atlas
  // holds a glyph for each the font has.
  std::set<char32_t> astralWanted_;
  ImVector<ImWchar> ranges_;
  bool dirty_ = true;
  ImFont* body_ = nullptr;
  ImFont* heading_ = nullptr;
  ImFont* display_ = nullptr;
  ImFont* numeral_ = nullptr;
  double lastBuildMs_ = 0;
};

}  // namespace yizhan::ui
