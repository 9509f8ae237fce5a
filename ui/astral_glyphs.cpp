#include "ui/astral_glyphs.h"

#include "drivers/text/utf8.h"

namespace yizhan::ui::astral {

namespace {
std::map<char32_t, ImWchar>& codes() {
  static std::map<char32_t, ImWchar> map;
  return map;
}
std::map<ImWchar, char32_t>& characters() {
  static std::map<ImWchar, char32_t> map;
  return map;
}
}  // namespace

ImWchar codeFor(char32_t cp) {
  auto& map = codes();
  if (auto found = map.find(cp); found != map.end()) return found->second;
  if (map.size() > static_cast<size_t>(kLastCode - kFirstCode)) return 0;
  auto code = static_cast<ImWchar>(kFirstCode + map.size());
  map.emplace(cp, code);
  characters().emplace(code, cp);
  return code;
}

const std::map<char32_t, ImWchar>& all() {
  return codes();
}

std::string drawable(std::string_view utf8) {
  if (codes().empty()) return std::string(utf8);
  std::string out;
  out.reserve(utf8.size());
  drivers::forEachUtf8(utf8, [&](char32_t cp, std::string_view bytes) {
    auto found = cp > 0xFFFF ? codes().find(cp) : codes().end();
    if (found == codes().end()) {
      out.append(bytes);
    } else {
      drivers::appendUtf8(out, found->second);
    }
  });
  return out;
}

std::string original(std::string_view drawable) {
  if (codes().empty()) return std::string(drawable);
  std::string out;
  out.reserve(drawable.size());
  drivers::forEachUtf8(drawable, [&](char32_t cp, std::string_view bytes) {
    auto found = cp >= kFirstCode && cp <= kLastCode ? characters().find(static_cast<ImWchar>(cp))
                                                     : characters().end();
    if (found == characters().end()) {
      out.append(bytes);
    } else {
      drivers::appendUtf8(out, found->second);
    }
  });
  return out;
}

}  // namespace yizhan::ui::astral
