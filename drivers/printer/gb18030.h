#pragma once
// Chinese receipt printers take GB18030 text, but their fonts hold only ASCII and the GBK
// character set. Characters GB18030 encodes in four bytes (CJK Extension B and later) or in
// two-byte codes GBK fonts never had (䶮 is FE9F) would print as garbage or blank, so the encoder
// says which characters it could not place and the printer driver draws those lines as images
// instead.
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace yizhan::drivers {

// The GB18030 bytes for `utf8` if every character is in a printer's GBK font; nullopt if any
// is not (or the UTF-8 is malformed).
std::optional<std::string> toPrintableGb18030(std::string_view utf8);

// Decodes GB18030 (any length) to UTF-8; undecodable bytes become U+FFFD. For the simulator.
std::string gb18030ToUtf8(std::string_view gb);

// Decodes GB18030 (a superset of the GBK that Excel in China saves) exactly: nullopt, with the
// offset of the first byte that is not GB18030 in `badAt`, rather than guessing. For files staff
// hand in (a volunteer roster), where a wrong guess would store garbled names.
std::optional<std::string> gb18030ToUtf8Exact(std::string_view gb, size_t* badAt = nullptr);
// Whether `s` is well-formed UTF-8; if not, the offset of the first bad byte in `badAt`.
bool isWellFormedUtf8(std::string_view s, size_t* badAt = nullptr);

}  // namespace yizhan::drivers
