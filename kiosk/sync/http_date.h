#pragma once
// The HTTP Date header (RFC 9110 IMF-fixdate, "Sun, 06 Nov 1994 08:49:37 GMT") as seconds
// since 1970, and the Retry-After header (seconds, or a date).
#include <cstdint>
#include <optional>
#include <string_view>

namespace yizhan::kiosk {

std::optional<std::int64_t> parseHttpDate(std::string_view text);
// Seconds to wait; a date is turned into seconds from `now`. Nothing when malformed.
std::optional<std::int64_t> parseRetryAfter(std::string_view text, std::int64_t now);

}  // namespace yizhan::kiosk
