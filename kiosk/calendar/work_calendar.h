#pragma once
// Which days the station works: Monday to Friday, except public holidays, plus the weekend
// days the State Council makes working days (调休). Appointments are offered on working days
// only. Built from the official schedules shipped with the kiosk, later from the district.
#include <map>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <vector>

namespace yizhan::kiosk {

class WorkCalendar {
 public:
  // The schedules built into the program (2025 and 2026).
  static WorkCalendar builtIn();

  // Adds one year's schedule in the holiday-cn JSON form ({"year", "days": [{"name", "date",
  // "isOffDay"}]}); a year added again replaces the earlier schedule of that year. Throws
  // std::runtime_error saying what is wrong.
  void addSchedule(std::string_view json);

  // `day` is YYYY-MM-DD. Years without a schedule follow the week.
  bool isWorkingDay(const std::string& day) const;
  // The holiday's name (e.g. 国庆节) when `day` is a listed day off.
  std::optional<std::string> holidayName(const std::string& day) const;
  bool hasScheduleFor(int year) const { return years_.count(year) > 0; }

  // Working-day arithmetic, for deadlines ("within 3 working days") and booking days. Holidays
  // and the weekend days made working days (调休) count as the schedule says.
  // The `n`-th working day after `day` (before it for a negative `n`; `day` itself for 0).
  std::string addWorkingDays(const std::string& day, int n) const;
  // Working days after `from` up to and including `to`; when `to` comes first, minus those from
  // `to` up to the day before `from`. So workingDaysBetween(d, addWorkingDays(d, n)) == n.
  int workingDaysBetween(const std::string& from, const std::string& to) const;
  // The first `count` working days from `from` on, `from` included when it is one.
  std::vector<std::string> workingDaysFrom(const std::string& from, int count) const;

 private:
  struct Listed {
    std::string name;
    bool offDay;
  };
  std::map<int, std::map<std::string, Listed>> schedules_;  // by the year that listed them
  std::map<std::string, Listed> listed_;
  std::set<int> years_;
};

// YYYY-MM-DD → 0 (Sunday) … 6; nullopt when it is not a valid date.
std::optional<int> weekdayOf(const std::string& day);
// YYYY-MM-DD plus `days` (may cross months and years).
std::string addDays(const std::string& day, int days);

const std::vector<const char*>& builtInHolidaySchedules();

}  // namespace yizhan::kiosk
