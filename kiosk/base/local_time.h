#pragma once
// Local calendar time for the station's time zone, and the text forms we show and store.
#include <cstdint>
#include <optional>
#include <string>

#include "kiosk/base/clock.h"

namespace yizhan::kiosk {

struct LocalDateTime {
  int year, month, day, hour, minute, second;
  int weekday;           // 0 = Sunday
  int utcOffsetSeconds;  // e.g. 28800 for +08:00
};

// Selects the process time zone (IANA name such as Asia/Shanghai). Returns false if the zone
// is unknown; China's zone falls back to a fixed UTC+8 when tzdata is missing.
bool useTimeZone(const std::string& name);
bool isKnownTimeZone(const std::string& name);

LocalDateTime toLocal(TimePoint t);
// 2026-11-24T09:30:00+08:00
std::string formatIso(TimePoint t);
// 2026-11-24, the local calendar day: queue numbers and statistics run per day
std::string formatDay(TimePoint t);
// 09:30, the local time of day as people read it
std::string formatClock(TimePoint t);
// 2026-11-24 09:30, the local day and minute as printed on slips
std::string formatMinute(TimePoint t);
// 20261124-093000, for file names
std::string formatStamp(TimePoint t);
std::int64_t epochSeconds(TimePoint t);
TimePoint fromEpochSeconds(std::int64_t seconds);

}  // namespace yizhan::kiosk

namespace yizhan::kiosk {
// Parses "YYYY-MM-DDTHH:MM:SS" as local time in the process time zone.
std::optional<TimePoint> parseLocalDateTime(const std::string& text);
// An ISO time as staff read it in a list: "2026-11-24T09:30:00+08:00" → "11-24 09:30"; empty
// when there is none.
std::string shortLocalTime(const std::optional<std::string>& iso);

}  // namespace yizhan::kiosk
