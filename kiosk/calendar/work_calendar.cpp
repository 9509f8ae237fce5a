#include "kiosk/calendar/work_calendar.h"

#include <nlohmann/json.hpp>

#include <chrono>
#include <cstdio>
#include <stdexcept>

namespace yizhan::kiosk {

namespace {
std::optional<std::chrono::year_month_day> parseDay(const std::string& day) {
  int y = 0;
  unsigned m = 0, d = 0;
  char tail = 0;
  if (day.size() != 10 || std::sscanf(day.c_str(), "%4d-%2u-%2u%c", &y, &m, &d, &tail) != 3) {
    return std::nullopt;
  }
  std::chrono::year_month_day ymd{std::chrono::year(y), std::chrono::month(m), std::chrono::day(d)};
  if (!ymd.ok()) return std::nullopt;
  return ymd;
}
}  // namespace

WorkCalendar WorkCalendar::builtIn() {
  WorkCalendar calendar;
  for (const char* schedule : builtInHolidaySchedules()) calendar.addSchedule(schedule);
  return calendar;
}

void WorkCalendar::addSchedule(std::string_view text) {
  nlohmann::json doc = nlohmann::json::parse(text, nullptr, false);
  if (doc.is_discarded() || !doc.is_object()) {
    throw std::runtime_error("holiday schedule: not a JSON object");
  }
  if (!doc.contains("year") || !doc["year"].is_number_integer()) {
    throw std::runtime_error("holiday schedule: \"year\" missing or not a number");
  }
  int year = doc["year"].get<int>();
  if (!doc.contains("days") || !doc["days"].is_array()) {
    throw std::runtime_error("holiday schedule " + std::to_string(year) + ": \"days\" missing");
  }
  std::map<std::string, Listed> days;
  for (const auto& entry : doc["days"]) {
    if (!entry.is_object() || !entry.contains("date") || !entry["date"].is_string() ||
        !entry.contains("isOffDay") || !entry["isOffDay"].is_boolean()) {
      throw std::runtime_error("holiday schedule " + std::to_string(year) +
                               ": an entry lacks \"date\" or \"isOffDay\"");
    }
    std::string date = entry["date"].get<std::string>();
    if (!parseDay(date)) {
      throw std::runtime_error("holiday schedule " + std::to_string(year) + ": bad date \"" + date +
                               "\"");
    }
    std::string name = entry.contains("name") && entry["name"].is_string()
                           ? entry["name"].get<std::string>()
                           : std::string();
    days[date] = {name, entry["isOffDay"].get<bool>()};
  }
  // Only once the whole schedule has been read: a bad one changes nothing. A year given again
  // (the district's schedule for a built-in year) replaces it whole.
  schedules_[year] = std::move(days);
  years_.insert(year);
  listed_.clear();
  for (const auto& [y, listed] : schedules_) {
    for (const auto& [date, day] : listed) listed_[date] = day;
  }
}

bool WorkCalendar::isWorkingDay(const std::string& day) const {
  if (auto it = listed_.find(day); it != listed_.end()) return !it->second.offDay;
  std::optional<int> weekday = weekdayOf(day);
  return weekday && *weekday >= 1 && *weekday <= 5;
}

std::optional<std::string> WorkCalendar::holidayName(const std::string& day) const {
  auto it = listed_.find(day);
  if (it == listed_.end() || !it->second.offDay) return std::nullopt;
  return it->second.name;
}

namespace {
// No schedule closes a station for this long: a bound for loops over a broken calendar.
constexpr int kLongestSearch = 366 * 2;
}  // namespace

std::string WorkCalendar::addWorkingDays(const std::string& day, int n) const {
  if (!parseDay(day)) return day;
  int step = n < 0 ? -1 : 1;
  std::string at = day;
  for (int left = n < 0 ? -n : n, walked = 0; left > 0 && walked < kLongestSearch; ++walked) {
    at = addDays(at, step);
    if (isWorkingDay(at)) --left;
  }
  return at;
}

int WorkCalendar::workingDaysBetween(const std::string& from, const std::string& to) const {
  auto a = parseDay(from), b = parseDay(to);
  if (!a || !b || from == to) return 0;
  // Forward: the days after `from` up to `to`; backward: from `to` up to the day before `from`
  // (the mirror image, so that going back n working days also counts as n).
  bool forward = from < to;
  std::string at = forward ? addDays(from, 1) : to;
  const std::string& end = forward ? to : from;
  int span = static_cast<int>(
      (std::chrono::sys_days(forward ? *b : *a) - std::chrono::sys_days(forward ? *a : *b))
          .count());
  int count = 0;
  for (int i = 0; i < span; ++i, at = addDays(at, 1)) {
    if (forward ? at > end : at >= end) break;
    if (isWorkingDay(at)) ++count;
  }
  return forward ? count : -count;
}

std::vector<std::string> WorkCalendar::workingDaysFrom(const std::string& from, int count) const {
  std::vector<std::string> out;
  if (!parseDay(from)) return out;
  std::string at = from;
  for (int walked = 0; static_cast<int>(out.size()) < count && walked < kLongestSearch; ++walked) {
    if (isWorkingDay(at)) out.push_back(at);
    at = addDays(at, 1);
  }
  return out;
}

std::optional<int> weekdayOf(const std::string& day) {
  auto ymd = parseDay(day);
  if (!ymd) return std::nullopt;
  return static_cast<int>(std::chrono::weekday(std::chrono::sys_days(*ymd)).c_encoding());
}

std::string addDays(const std::string& day, int days) {
  auto ymd = parseDay(day);
  if (!ymd) return day;
  std::chrono::year_month_day next{std::chrono::sys_days(*ymd) + std::chrono::days(days)};
  char out[16];
  std::snprintf(out, sizeof out, "%04d-%02u-%02u", static_cast<int>(next.year()),
                static_cast<unsigned>(next.month()), static_cast<unsigned>(next.day()));
  return out;
}

}  // namespace yizhan::kiosk
