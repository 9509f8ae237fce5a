#include "kiosk/figures/figures_schedule.h"

#include "data/sync_state_repository.h"
#include "kiosk/base/local_time.h"
#include "kiosk/figures/figures_report.h"
#include "kiosk/figures/request_figures.h"

namespace yizhan::kiosk {

int reportEndedPeriods(data::Database& db, const WorkCalendar& calendar,
                       const std::vector<Grid>& grids, const std::string& stationName,
                       TimePoint now) {
  const std::string today = formatDay(now);
  const std::string yesterday = addDays(today, -1);
  data::SyncStateRepository state(db);
  std::optional<std::string> kept = state.get(data::kFiguresReportedKey);
  if (!kept) {
    // First started: from today on (the days before it were not this kiosk's to count).
    state.set(data::kFiguresReportedKey, yesterday);
    return 0;
  }
  std::string last = *kept;
  // A clock set back, or a key from the future: nothing to send until the days catch up.
  if (last >= yesterday) return 0;
  if (last < addDays(today, -kCatchUpDays - 1)) last = addDays(today, -kCatchUpDays - 1);
  int reported = 0;
  for (std::string day = addDays(last, 1); day < today; day = addDays(day, 1)) {
    std::vector<FigurePeriod> ended = {FigurePeriod::Day};
    if (weekdayOf(day) == 0) ended.push_back(FigurePeriod::Week);  // a Sunday ends the week
    if (addDays(day, 1).substr(8) == "01") ended.push_back(FigurePeriod::Month);
    data::Transaction tx(db);
    for (FigurePeriod period : ended) {
      reportFigures(db, computeFigures(db, calendar, periodOf(period, day), grids, stationName),
                    period, now);
      ++reported;
    }
    state.set(data::kFiguresReportedKey, day);
    tx.commit();
  }
  return reported;
}

}  // namespace yizhan::kiosk
