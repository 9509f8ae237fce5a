#include "kiosk/figures/request_figures.h"

#include <algorithm>
#include <cstdio>
#include <set>

#include "data/request_figures_repository.h"
#include "data/volunteer_shift_repository.h"
#include "kiosk/base/local_time.h"

namespace yizhan::kiosk {

namespace {
// One request's part in a row's figures; `workingDays` from acceptance to done, less holds.
void add(Figures& f, const data::RequestInPeriodRow& r, int workingDays) {
  if (r.accepted) ++f.collected;
  if (r.resolvedDay) {
    ++f.resolved;
    if (*r.resolvedDay <= r.dueDay) ++f.resolvedOnTime;
    if (r.accepted) ++f.collectedAndResolved;
    f.workingDaysTotal += workingDays;
  }
  f.satisfied += r.satisfied;
  f.unsatisfied += r.unsatisfied;
  f.reopened += r.unsatisfied;
  f.closedNotDone += r.closedNotDone;
}

std::optional<double> share(int part, int whole) {
  if (whole <= 0) return std::nullopt;
  return static_cast<double>(part) / whole;
}
}  // namespace

std::optional<FiguresAsk> figuresAsk(std::string_view period, std::string_view day,
                                     FigurePeriod fallback, TimePoint now) {
  FiguresAsk ask{fallback, day.empty() ? formatDay(now) : std::string(day)};
  if (!period.empty()) {
    auto p = periodFromId(period);
    if (!p) return std::nullopt;
    ask.period = *p;
  }
  if (ask.day.size() != 10 || !weekdayOf(ask.day)) return std::nullopt;
  return ask;
}

std::string oneDecimal(double value) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.1f", value);
  return buf;
}

std::string percentText(const std::optional<double>& share) {
  if (!share) return "—";
  std::string p = oneDecimal(*share * 100);
  // 100% and 50%, not 100.0%: the decimal only where it says something.
  if (p.ends_with(".0")) p.resize(p.size() - 2);
  return p + "%";
}

std::string decimalText(const std::optional<double>& value) {
  return value ? oneDecimal(*value) : "—";
}

DayRange periodOf(FigurePeriod period, const std::string& day) {
  switch (period) {
    case FigurePeriod::Day:
      return {day, day};
    case FigurePeriod::Week: {
      int weekday = weekdayOf(day).value_or(1);
      int sinceMonday = (weekday + 6) % 7;
      std::string monday = addDays(day, -sinceMonday);
      return {monday, addDays(monday, 6)};
    }
    case FigurePeriod::Month: {
      std::string first = day.substr(0, 8) + "01";
      std::string next = addDays(first, 31).substr(0, 8) + "01";
      return {first, addDays(next, -1)};
    }
  }
  return {day, day};
}

const char* periodId(FigurePeriod period) {
  switch (period) {
    case FigurePeriod::Day:
      return "day";
    case FigurePeriod::Week:
      return "week";
    case FigurePeriod::Month:
      return "month";
  }
  return "day";
}

std::optional<FigurePeriod> periodFromId(std::string_view id) {
  for (FigurePeriod p : {FigurePeriod::Day, FigurePeriod::Week, FigurePeriod::Month})
    if (id == periodId(p)) return p;
  return std::nullopt;
}

std::optional<double> Figures::resolutionRate() const {
  return share(collectedAndResolved, collected);
}
std::optional<double> Figures::onTimeRate() const {
  return share(resolvedOnTime, resolved);
}
std::optional<double> Figures::satisfactionRate() const {
  return share(satisfied, satisfied + unsatisfied);
}
std::optional<double> Figures::averageWorkingDays() const {
  if (resolved <= 0) return std::nullopt;
  return static_cast<double>(workingDaysTotal) / resolved;
}

const FigureRow* FiguresReport::find(const std::string& scope, const std::string& key,
                                     const std::string& kind) const {
  for (const FigureRow& r : rows)
    if (r.scope == scope && r.key == key && r.kind == kind) return &r;
  return nullptr;
}

FiguresReport computeFigures(data::Database& db, const WorkCalendar& calendar, const DayRange& days,
                             const std::vector<Grid>& grids, const std::string& stationName) {
  FiguresReport report;
  report.days = days;
  std::vector<data::RequestInPeriodRow> requests =
      data::RequestFiguresRepository(db).activeBetween(days.from, days.to);

  // The rows, in the order they are shown: the station, its grids, the categories as met.
  auto rowFor = [&](const std::string& scope, const std::string& key, const std::string& name,
                    const std::string& kind) -> Figures& {
    for (FigureRow& row : report.rows)
      if (row.scope == scope && row.key == key && row.kind == kind) return row.figures;
    report.rows.push_back({scope, key, name, kind, {}});
    return report.rows.back().figures;
  };
  for (const char* kind : {"all", "errand", "appeal"}) rowFor("station", "", stationName, kind);
  for (const Grid& g : grids) rowFor("grid", g.id, g.name, "all");

  std::set<std::int64_t> residents;
  for (const data::RequestInPeriodRow& r : requests) {
    int workingDays =
        r.resolvedDay
            ? std::max(0, calendar.workingDaysBetween(r.acceptedDay, *r.resolvedDay) - r.heldDays)
            : 0;
    add(rowFor("station", "", stationName, "all"), r, workingDays);
    add(rowFor("station", "", stationName, r.kind), r, workingDays);
    if (const Grid* grid = gridById(grids, r.grid))
      add(rowFor("grid", grid->id, grid->name, "all"), r, workingDays);
    add(rowFor("category", r.category, r.categoryName, r.kind), r, workingDays);
    if (r.accepted) {
      if (r.residentId) {
        residents.insert(*r.residentId);
      } else if (r.anonymous) {
        ++report.anonymousServed;
      }
    }
  }
  report.peopleServed = static_cast<int>(residents.size());
  for (const auto& v : data::VolunteerShiftRepository(db).creditedByVolunteer(days.from, days.to))
    report.volunteerMinutes += v.minutes;
  return report;
}

}  // namespace yizhan::kiosk
