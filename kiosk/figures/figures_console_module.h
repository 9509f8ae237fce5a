#pragma once
// The figures in the counter console (统计): a day, a week or a month by station, grid and
// category, the rates worked out; as CSV to download; and sent to the district on a click
// (the `requests.figures` event). Read from the console's own store connection.
#include <string>
#include <vector>

#include "kiosk/base/live.h"
#include "kiosk/calendar/work_calendar.h"
#include "kiosk/console/console_module.h"
#include "kiosk/residents/grid_map.h"

namespace yizhan::kiosk {

class FiguresConsoleModule : public ConsoleModule {
 public:
  FiguresConsoleModule(const Live<WorkCalendar>& calendar, std::vector<Grid> grids,
                       std::string stationName)
      : calendar_(calendar), grids_(std::move(grids)), stationName_(std::move(stationName)) {}
  void addRoutes(ConsoleCore& core) override;
  void addState(int, nlohmann::json&) override {}

 private:
  const Live<WorkCalendar>& calendar_;
  std::vector<Grid> grids_;
  std::string stationName_;
};

}  // namespace yizhan::kiosk
