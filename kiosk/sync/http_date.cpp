#include "kiosk/sync/http_date.h"

#include <algorithm>
#include <cctype>
#include <cstdio>
#include <ctime>
#include <string>

namespace yizhan::kiosk {

// Parsed by hand: strptime's %a and %b follow the process locale, and the header does not.
std::optional<std::int64_t> parseHttpDate(std::string_view text) {
  static constexpr std::string_view kMonths[] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                                 "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
  std::string copy(text);
  char weekday[4] = {}, month[4] = {}, zone[4] = {};
  int day = 0, year = 0, hour = 0, minute = 0, second = 0, used = 0;
  if (std::sscanf(copy.c_str(), "%3s, %d %3s %d %d:%d:%d %3s%n", weekday, &day, month, &year, &hour,
                  &minute, &second, zone, &used) != 8 ||
      static_cast<size_t>(used) != copy.size() || std::string_view(zone) != "GMT") {
    return std::nullopt;
  }
  auto m = std::find(std::begin(kMonths), std::end(kMonths), std::string_view(month));
  if (m == std::end(kMonths) || day < 1 || day > 31 || hour > 23 || minute > 59 || second > 60) {
    return std::nullopt;
  }
  std::tm tm{};
  tm.tm_year = year - 1900;
  tm.tm_mon = static_cast<int>(m - std::begin(kMonths));
  tm.tm_mday = day;
  tm.tm_hour = hour;
  tm.tm_min = minute;
  tm.tm_sec = second;
  return static_cast<std::int64_t>(timegm(&tm));
}

std::optional<std::int64_t> parseRetryAfter(std::string_view text, std::int64_t now) {
  if (!text.empty() && text.size() <= 9 &&
      std::all_of(text.begin(), text.end(), [](unsigned char c) { return std::isdigit(c); })) {
    return std::stoll(std::string(text));
  }
  if (auto at = parseHttpDate(text)) return std::max<std::int64_t>(0, *at - now);
  return std::nullopt;
}

}  // namespace yizhan::kiosk
