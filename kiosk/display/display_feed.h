#pragma once
// Reads the queue for the display from the store, read-only: the calls at each counter, the
// last few calls and who waits for what; and the calls made since it last looked, each once.
#include <cstdint>
#include <filesystem>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "data/call_log_repository.h"
#include "data/database.h"
#include "kiosk/base/live.h"
#include "kiosk/base/strings.h"
#include "kiosk/calendar/work_calendar.h"
#include "kiosk/display/display_state.h"
#include "kiosk/queue/service_catalog.h"
#include "kiosk/residents/grid_map.h"

namespace yizhan::kiosk {

class DisplayFeed {
 public:
  DisplayFeed(std::filesystem::path databaseFile, const ServiceCatalog& catalog,
              const Clock& clock);

  // Opens the store if it exists by now; calls made before that are history, not news.
  bool ready();
  // Whether anything was committed since the last call (cheap: PRAGMA data_version).
  bool changed();
  void fill(DisplayState& state);
  // This month's volunteer board: read once a minute, not on every call (it changes slowly).
  void fillBoard(DisplayState& state);
  // The echo wall: read with the board, once a minute.
  void fillEcho(DisplayState& state, const std::vector<Grid>& grids, Lang lang);
  // Calls and recalls committed since the last time, oldest first.
  std::vector<data::CallRecord> newCalls();

 private:
  void followDistrictSettings();

  std::filesystem::path file_;
  const ServiceCatalog base_;  // the station's TOML; district sections replace parts of it
  Live<ServiceCatalog> catalog_;
  WorkCalendar calendar_ = WorkCalendar::builtIn();  // the district's, once it sent one
  std::string districtVersion_;
  const Clock& clock_;
  std::optional<data::Database> db_;
  std::int64_t lastCall_ = 0;
  std::int64_t dataVersion_ = -1;
};

}  // namespace yizhan::kiosk
