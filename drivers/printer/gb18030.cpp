#include "drivers/printer/gb18030.h"

#include <iconv.h>

#include <cerrno>
#include <stdexcept>

#include "drivers/text/utf8.h"

namespace yizhan::drivers {

namespace {
// One iconv conversion; iconv_t is not thread-safe, so each call opens its own.
class Converter {
 public:
  Converter(const char* to, const char* from) : cd_(iconv_open(to, from)) {
    if (cd_ == reinterpret_cast<iconv_t>(-1)) {
      throw std::runtime_error(std::string("iconv cannot convert ") + from + " to " + to);
    }
  }
  ~Converter() { iconv_close(cd_); }
  Converter(const Converter&) = delete;
  Converter& operator=(const Converter&) = delete;

  // Converts as much as it can; on an invalid sequence it stops and reports where.
  bool convert(std::string_view in, std::string& out, size_t& consumed) {
    iconv(cd_, nullptr, nullptr, nullptr, nullptr);
    char* src = const_cast<char*>(in.data());
    size_t srcLeft = in.size();
    char buffer[256];
    while (srcLeft > 0) {
      char* dst = buffer;
      size_t dstLeft = sizeof buffer;
      size_t r = iconv(cd_, &src, &srcLeft, &dst, &dstLeft);
      out.append(buffer, static_cast<size_t>(dst - buffer));
      if (r == static_cast<size_t>(-1) && errno != E2BIG) {
        consumed = in.size() - srcLeft;
        return false;
      }
    }
    consumed = in.size();
    return true;
  }

 private:
  iconv_t cd_;
};

// Two-byte codes outside the GBK character set proper: the user-defined areas, and the few
// codes (FE50-FEFE, and some in A6/A8/A9) that GB18030 assigned to rare characters such as
// 䶮 (FE9F) after printers' GBK fonts were made. Those fonts print them blank or as garbage.
bool inPrinterFont(unsigned char lead, unsigned char trail) {
  if (lead == 0xFE) return false;
  if (((lead >= 0xAA && lead <= 0xAF) || (lead >= 0xF8 && lead <= 0xFD)) && trail >= 0xA1) {
    return false;
  }
  if (lead >= 0xA1 && lead <= 0xA7 && trail >= 0x40 && trail <= 0xA0) return false;
  unsigned code = (lead << 8) | trail;
  if ((code >= 0xA6D9 && code <= 0xA6DF) || (code >= 0xA6EC && code <= 0xA6F3) || code == 0xA8BC ||
      code == 0xA8BF || (code >= 0xA989 && code <= 0xA995)) {
    return false;
  }
  return true;
}

}  // namespace

std::optional<std::string> toPrintableGb18030(std::string_view utf8) {
  Converter toGb("GB18030", "UTF-8");
  std::string out;
  bool printable = true;
  // One character at a time: the size of each one's encoding is what decides.
  forEachUtf8(utf8, [&](char32_t cp, std::string_view bytes) {
    if (!printable) return;
    std::string one;
    size_t consumed = 0;
    printable = cp != kInvalidCodepoint && toGb.convert(bytes, one, consumed) && one.size() <= 2 &&
                (one.size() < 2 || inPrinterFont(static_cast<unsigned char>(one[0]),
                                                 static_cast<unsigned char>(one[1])));
    out += one;
  });
  if (!printable) return std::nullopt;
  return out;
}

std::string gb18030ToUtf8(std::string_view gb) {
  Converter toUtf8("UTF-8", "GB18030");
  std::string out;
  while (!gb.empty()) {
    size_t consumed = 0;
    if (toUtf8.convert(gb, out, consumed)) break;
    out += "\xEF\xBF\xBD";  // U+FFFD
    gb.remove_prefix(std::min(gb.size(), consumed + 1));
  }
  return out;
}

std::optional<std::string> gb18030ToUtf8Exact(std::string_view gb, size_t* badAt) {
  Converter toUtf8("UTF-8", "GB18030");
  std::string out;
  size_t consumed = 0;
  if (toUtf8.convert(gb, out, consumed)) return out;
  if (badAt) *badAt = consumed;
  return std::nullopt;
}

bool isWellFormedUtf8(std::string_view s, size_t* badAt) {
  bool ok = true;
  size_t offset = 0;
  forEachUtf8(s, [&](char32_t cp, std::string_view bytes) {
    if (ok && cp == kInvalidCodepoint) {
      ok = false;
      if (badAt) *badAt = offset;
    }
    offset += bytes.size();
  });
  return ok;
}

}  // namespace yizhan::drivers
