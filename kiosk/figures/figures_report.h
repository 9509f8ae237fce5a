#pragma once
// The figures go up to the district as an event (`requests.figures`, docs/district-api.md §5):
// the counts of every row (station, grid, category; errands and appeals apart), from which the
// district works out its rates; no one is named. Written whenever staff take the figures out
// (the export, the console); the latest for a period counts.
#include "data/database.h"
#include "kiosk/base/clock.h"
#include "kiosk/figures/request_figures.h"

namespace yizhan::kiosk {

// In its own transaction unless the caller has one.
void reportFigures(data::Database& db, const FiguresReport& report, FigurePeriod period,
                   TimePoint at);

}  // namespace yizhan::kiosk
