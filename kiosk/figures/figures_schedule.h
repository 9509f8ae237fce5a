#pragma once
// The figures go up to the district by themselves, not only when staff take them out: each
// day, once it is over, the day's; after a Sunday, that week's; after a month's last day, that
// month's. Each once, whatever restarts: the last day reported is kept in the store with the
// events. A kiosk first started begins with that day; after a long time switched off it catches
// up at most the last kCatchUpDays days.
#include <string>
#include <vector>

#include "data/database.h"
#include "kiosk/base/clock.h"
#include "kiosk/calendar/work_calendar.h"
#include "kiosk/residents/grid_map.h"

namespace yizhan::kiosk {

inline constexpr int kCatchUpDays = 31;

// Reports every period that ended before `now`'s day and has not gone up yet, each day in one
// transaction; returns how many periods went up.
int reportEndedPeriods(data::Database& db, const WorkCalendar& calendar,
                       const std::vector<Grid>& grids, const std::string& stationName,
                       TimePoint now);

}  // namespace yizhan::kiosk
