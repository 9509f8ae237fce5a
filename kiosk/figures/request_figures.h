#pragma once
// The figures the district's grid-management platform judges a station by (issue 17,
// requirement 5), counted from the lifecycle's events for a day, a week (Monday to Sunday) or a
// month, for the station, each grid and each category, errands and appeals apart:
//   collected        requests accepted in the period
//   resolved         requests done in the period and not sent back since (counted once,
//                    however often redone)
//   resolution rate  of those collected in the period, the share done within it
//   on time          of those resolved, the share done by their due day (holds and extensions
//                    move the due day)
//   working days     the average from acceptance to done, less holds
//   satisfaction     satisfied callbacks over all callbacks that reached the resident
//   reopened         unsatisfied callbacks (each sends the request back to be done again)
//   closed, not done passed out (转办) or withdrawn, counted apart from done
// and for the station alone: volunteer hours credited and people served (residents with a
// request collected; those who left no name counted apart).
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "data/database.h"
#include "kiosk/base/clock.h"
#include "kiosk/calendar/work_calendar.h"
#include "kiosk/residents/grid_map.h"

namespace yizhan::kiosk {

enum class FigurePeriod { Day, Week, Month };

struct DayRange {
  std::string from, to;  // inclusive, YYYY-MM-DD
  bool operator==(const DayRange&) const = default;
};

// The day, the week (Monday to Sunday) or the month that holds `day`.
DayRange periodOf(FigurePeriod period, const std::string& day);
const char* periodId(FigurePeriod period);  // day, week, month
std::optional<FigurePeriod> periodFromId(std::string_view id);

// A period and a day as staff or a tool ask for them ("" takes `fallback` and today), checked:
// nullopt when the period is not day/week/month or the day is not a date of the calendar.
struct FiguresAsk {
  FigurePeriod period = FigurePeriod::Week;
  std::string day;  // YYYY-MM-DD
};
std::optional<FiguresAsk> figuresAsk(std::string_view period, std::string_view day,
                                     FigurePeriod fallback, TimePoint now);
inline constexpr const char* kFiguresAskProblem = "统计期不正确：请选日、周或月，日期如 2026-11-24";

struct Figures {
  int collected = 0, resolved = 0, resolvedOnTime = 0;
  int collectedAndResolved = 0;  // collected in the period and done within it
  int satisfied = 0, unsatisfied = 0;
  int reopened = 0, closedNotDone = 0;
  int workingDaysTotal = 0;  // over the resolved
  bool operator==(const Figures&) const = default;
  // The rates as shares of 1; nullopt when there is nothing to divide by.
  std::optional<double> resolutionRate() const;
  std::optional<double> onTimeRate() const;
  std::optional<double> satisfactionRate() const;
  std::optional<double> averageWorkingDays() const;
};

// One place after the point (2.1); as staff read the figures: 85.7% or 100% (a share of 1),
// 2.1, or — when there was nothing to divide by.
std::string oneDecimal(double value);
std::string percentText(const std::optional<double>& share);
std::string decimalText(const std::optional<double>& value);

struct FigureRow {
  std::string scope;  // station, grid, category
  std::string key;    // the grid's or category's id; '' for the station
  std::string name;   // 第一网格, 环境卫生; the station's name
  std::string kind;   // all, errand, appeal
  Figures figures;
};

struct FiguresReport {
  DayRange days;
  std::vector<FigureRow> rows;  // the station (all, errands, appeals), each grid, each category
  std::int64_t volunteerMinutes = 0;
  int peopleServed = 0;  // residents with a request or appeal collected in the period
  int anonymousServed = 0;
  const FigureRow* find(const std::string& scope, const std::string& key,
                        const std::string& kind) const;
};

FiguresReport computeFigures(data::Database& db, const WorkCalendar& calendar, const DayRange& days,
                             const std::vector<Grid>& grids, const std::string& stationName);

}  // namespace yizhan::kiosk
