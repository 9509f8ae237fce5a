#pragma once
// Characters beyond the Basic Multilingual Plane — 𠮷 (U+20BB7) in a family name read from an
// ID card — drawn on screen. ImGui 1.86 here holds 16-bit characters, so each such character
// stands in the font atlas under a private-use code (U+E000 up) whose glyph FreeType renders
// from the real character as an image (FontLibrary::build). The text helpers
// (ui/widgets/drawing) swap each such character for its code before ImGui sees the text, and
// back in what they record as drawn. UI thread only, like ImGui itself.
#include <cstdint>
#include <map>
#include <string>
#include <string_view>

#include "imgui.h"

namespace yizhan::ui::astral {

inline constexpr ImWchar kFirstCode = 0xE000;
inline constexpr ImWchar kLastCode = 0xF8FF;

// The code standing for `cp` (above U+FFFF), given on first use; 0 once every code is used.
ImWchar codeFor(char32_t cp);
// Every character given a code so far.
const std::map<char32_t, ImWchar>& all();
// `utf8` with each character that has a code swapped for it (unchanged when there is none).
std::string drawable(std::string_view utf8);
// The reverse: the characters as they were.
std::string original(std::string_view drawable);

}  // namespace yizhan::ui::astral
