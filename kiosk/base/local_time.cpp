#include "kiosk/base/local_time.h"

#include <cstdio>
#include <cstdlib>
#include <ctime>
#include <filesystem>

namespace yizhan::kiosk {

bool isKnownTimeZone(const std::string& name) {
  if (name.empty() || name.find("..") != std::string::npos || name.front() == '/') return false;
  if (name == "Asia/Shanghai" || name == "UTC") return true;
  return std::filesystem::exists(std::filesystem::path("/usr/share/zoneinfo") / name);
}

bool useTimeZone(const std::string& name) {
  if (!isKnownTimeZone(name)) return false;
  std::string tz = name;
  // China has kept UTC+8 without daylight saving since 1991; a POSIX rule needs no tzdata.
  if (name == "Asia/Shanghai" && !std::filesystem::exists("/usr/share/zoneinfo/Asia/Shanghai")) {
    tz = "CST-8";
  }
  setenv("TZ", tz.c_str(), 1);
  tzset();
  return true;
}

LocalDateTime toLocal(TimePoint t) {
  std::time_t seconds = std::chrono::system_clock::to_time_t(t);
  std::tm tm{};
  localtime_r(&seconds, &tm);
  return {tm.tm_year + 1900, tm.tm_mon + 1, tm.tm_mday, tm.tm_hour,
          tm.tm_min,         tm.tm_sec,     tm.tm_wday, static_cast<int>(tm.tm_gmtoff)};
}

std::string formatIso(TimePoint t) {
  LocalDateTime l = toLocal(t);
  int offsetMinutes = l.utcOffsetSeconds / 60;
  char sign = offsetMinutes < 0 ? '-' : '+';
  if (offsetMinutes < 0) offsetMinutes = -offsetMinutes;
  char text[40];
  std::snprintf(text, sizeof text, "%04d-%02d-%02dT%02d:%02d:%02d%c%02d:%02d", l.year, l.month,
                l.day, l.hour, l.minute, l.second, sign, offsetMinutes / 60, offsetMinutes % 60);
  return text;
}

std::string formatDay(TimePoint t) {
  LocalDateTime l = toLocal(t);
  char day[16];
  std::snprintf(day, sizeof day, "%04d-%02d-%02d", l.year, l.month, l.day);
  return day;
}

std::string formatMinute(TimePoint t) {
  std::string iso = formatIso(t);
  return iso.substr(0, 10) + " " + iso.substr(11, 5);
}

std::string formatStamp(TimePoint t) {
  LocalDateTime l = toLocal(t);
  char text[32];
  std::snprintf(text, sizeof text, "%04d%02d%02d-%02d%02d%02d", l.year, l.month, l.day, l.hour,
                l.minute, l.second);
  return text;
}

std::int64_t epochSeconds(TimePoint t) {
  return std::chrono::duration_cast<std::chrono::seconds>(t.time_since_epoch()).count();
}

TimePoint fromEpochSeconds(std::int64_t seconds) {
  return TimePoint(std::chrono::seconds(seconds));
}

}  // namespace yizhan::kiosk

namespace yizhan::kiosk {

std::optional<TimePoint> parseLocalDateTime(const std::string& text) {
  std::tm tm{};
  int consumed = 0;
  if (std::sscanf(text.c_str(), "%4d-%2d-%2dT%2d:%2d:%2d%n", &tm.tm_year, &tm.tm_mon, &tm.tm_mday,
                  &tm.tm_hour, &tm.tm_min, &tm.tm_sec, &consumed) != 6 ||
      static_cast<size_t>(consumed) != text.size()) {
    return std::nullopt;
  }
  if (tm.tm_mon < 1 || tm.tm_mon > 12 || tm.tm_mday < 1 || tm.tm_mday > 31 || tm.tm_hour > 23 ||
      tm.tm_min > 59 || tm.tm_sec > 60) {
    return std::nullopt;
  }
  tm.tm_year -= 1900;
  tm.tm_mon -= 1;
  tm.tm_isdst = -1;
  std::time_t t = std::mktime(&tm);
  if (t == -1) return std::nullopt;
  return std::chrono::system_clock::from_time_t(t);
}

std::string shortLocalTime(const std::optional<std::string>& iso) {
  if (!iso || iso->size() < 16) return {};
  return iso->substr(5, 5) + " " + iso->substr(11, 5);
}

std::string formatClock(TimePoint t) {
  LocalDateTime l = toLocal(t);
  char text[8];
  std::snprintf(text, sizeof text, "%02d:%02d", l.hour % 24, l.minute % 60);
  return text;
}

}  // namespace yizhan::kiosk
