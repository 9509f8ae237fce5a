#include "kiosk/echo/public_note.h"

#include <algorithm>
#include <array>

namespace yizhan::kiosk {

namespace {
// UTF-8 in and out, one code point at a time: the rules below are about characters.
std::u32string decode(std::string_view s) {
  std::u32string out;
  for (size_t i = 0; i < s.size();) {
    unsigned char c = static_cast<unsigned char>(s[i]);
    int extra = c < 0x80 ? 0 : c < 0xE0 ? 1 : c < 0xF0 ? 2 : 3;
    if (c >= 0x80 && c < 0xC0) extra = 0;  // a stray continuation byte: taken as it is
    char32_t cp = extra == 0 ? c : (c & (0x3F >> extra));
    size_t j = 1;
    for (; j <= static_cast<size_t>(extra) && i + j < s.size(); ++j)
      cp = (cp << 6) | (static_cast<unsigned char>(s[i + j]) & 0x3F);
    out.push_back(cp);
    i += j;
  }
  return out;
}

std::string encode(std::u32string_view s) {
  std::string out;
  for (char32_t c : s) {
    if (c < 0x80) {
      out += static_cast<char>(c);
    } else if (c < 0x800) {
      out += static_cast<char>(0xC0 | (c >> 6));
      out += static_cast<char>(0x80 | (c & 0x3F));
    } else if (c < 0x10000) {
      out += static_cast<char>(0xE0 | (c >> 12));
      out += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
      out += static_cast<char>(0x80 | (c & 0x3F));
    } else {
      out += static_cast<char>(0xF0 | (c >> 18));
      out += static_cast<char>(0x80 | ((c >> 12) & 0x3F));
      out += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
      out += static_cast<char>(0x80 | (c & 0x3F));
    }
  }
  return out;
}

bool isDigit(char32_t c) {
  return (c >= U'0' && c <= U'9') || (c >= U'０' && c <= U'９');
}

bool isHan(char32_t c) {
  return (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0x3400 && c <= 0x4DBF) ||
         (c >= 0x20000 && c <= 0x2FFFF);
}

// Forms of address that follow a surname: 张阿姨 is one household's grandmother.
constexpr std::array<std::u32string_view, 16> kAddresses = {
    U"阿姨", U"大爷", U"大妈", U"奶奶", U"爷爷", U"老人", U"师傅", U"阿婆",
    U"老伯", U"大姐", U"大哥", U"先生", U"女士", U"老师", U"婆婆", U"大娘"};

// After a number, a measure word says it is an amount (200元, 3袋), not a door or a phone.
constexpr std::array<std::u32string_view, 20> kMeasures = {
    U"元", U"块", U"个", U"次", U"斤", U"公斤", U"件", U"袋", U"瓶", U"盒",
    U"天", U"小时", U"分钟", U"米", U"度", U"吨", U"箱", U"盏", U"只", U"平方"};
// Longer than this, a number is a phone or an ID whatever follows it.
constexpr size_t kLongestAmount = 6;

bool startsWith(std::u32string_view s, size_t at, std::u32string_view prefix) {
  return s.substr(at, prefix.size()) == prefix;
}

// `pattern` (a masked name, * any one character) matches at `at`.
bool matchesAt(std::u32string_view s, size_t at, std::u32string_view pattern) {
  if (at + pattern.size() > s.size()) return false;
  for (size_t k = 0; k < pattern.size(); ++k) {
    if (pattern[k] == U'*' ? !isHan(s[at + k]) : pattern[k] != s[at + k]) return false;
  }
  return true;
}
}  // namespace

std::string publicNote(std::string_view note, const std::vector<KnownName>& names) {
  std::u32string in = decode(note);
  std::vector<std::pair<std::u32string, std::u32string>> patterns;
  for (const KnownName& n : names) {
    // 张*兰 110***********0022: the name is what comes before the space.
    std::u32string masked = decode(n.masked.substr(0, n.masked.find(' ')));
    bool useful = masked.size() >= 2 && masked[0] != U'*';
    if (useful) patterns.emplace_back(masked, decode(n.replacement));
  }
  std::u32string out;
  for (size_t i = 0; i < in.size();) {
    bool replaced = false;
    for (const auto& [pattern, replacement] : patterns) {
      if (matchesAt(in, i, pattern)) {
        out += replacement;
        i += pattern.size();
        replaced = true;
        break;
      }
    }
    if (replaced) continue;
    if (isHan(in[i])) {
      for (std::u32string_view address : kAddresses) {
        if (startsWith(in, i + 1, address)) {
          out += address;  // the surname goes, the form of address stays
          i += 1 + address.size();
          replaced = true;
          break;
        }
      }
      if (replaced) continue;
    }
    if (isDigit(in[i])) {
      size_t end = i;
      while (end < in.size() && isDigit(in[end])) ++end;
      if (startsWith(in, end, U"单元")) {
        i = end + 2;  // 2单元: which household's door, near enough
        continue;
      }
      bool amount = end - i <= kLongestAmount &&
                    std::any_of(kMeasures.begin(), kMeasures.end(),
                                [&](std::u32string_view w) { return startsWith(in, end, w); });
      if (end - i >= 3 && !amount) {
        out += U"＊";  // a room, a phone, an ID number
        i = end;
        continue;
      }
      out.append(in, i, end - i);
      i = end;
      continue;
    }
    out.push_back(in[i]);
    ++i;
  }
  if (out.size() > kPublicNoteCharacters) {
    out.resize(kPublicNoteCharacters - 1);
    out += U"…";
  }
  return encode(out);
}

}  // namespace yizhan::kiosk
