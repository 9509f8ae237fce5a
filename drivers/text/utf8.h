#pragma once
// UTF-8 walked one character at a time, for the places that need codepoints (font atlas,
// glyph rendering, GB18030 checks, ID card text). Malformed input never reads out of bounds:
// each bad byte is reported on its own as kInvalidCodepoint and the walk goes on.
#include <cstdint>
#include <string>
#include <string_view>

namespace yizhan::drivers {

inline constexpr char32_t kInvalidCodepoint = 0xFFFFFFFF;

// Calls visit(codepoint, bytes) for each character of `s`; `bytes` is its encoding in `s`.
template <typename Visit>
void forEachUtf8(std::string_view s, Visit visit) {
  size_t i = 0;
  while (i < s.size()) {
    auto c = static_cast<unsigned char>(s[i]);
    size_t len = c < 0x80           ? 1
                 : (c >> 5) == 0x6  ? 2
                 : (c >> 4) == 0xE  ? 3
                 : (c >> 3) == 0x1E ? 4
                                    : 0;
    char32_t cp = len == 1 ? c : len == 2 ? (c & 0x1F) : len == 3 ? (c & 0x0F) : (c & 0x07);
    bool ok = len != 0 && i + len <= s.size();
    for (size_t k = 1; ok && k < len; ++k) {
      auto cc = static_cast<unsigned char>(s[i + k]);
      ok = (cc >> 6) == 0x2;
      cp = (cp << 6) | (cc & 0x3F);
    }
    if (!ok) {
      visit(kInvalidCodepoint, s.substr(i, 1));
      ++i;
      continue;
    }
    visit(cp, s.substr(i, len));
    i += len;
  }
}

// Appends the UTF-8 encoding of `cp` (U+FFFD for what is not a codepoint).
inline void appendUtf8(std::string& out, char32_t cp) {
  if (cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) cp = 0xFFFD;
  if (cp < 0x80) {
    out.push_back(static_cast<char>(cp));
  } else if (cp < 0x800) {
    out.push_back(static_cast<char>(0xC0 | (cp >> 6)));
    out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  } else if (cp < 0x10000) {
    out.push_back(static_cast<char>(0xE0 | (cp >> 12)));
    out.push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
    out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  } else {
    out.push_back(static_cast<char>(0xF0 | (cp >> 18)));
    out.push_back(static_cast<char>(0x80 | ((cp >> 12) & 0x3F)));
    out.push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
    out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  }
}

}  // namespace yizhan::drivers
