#pragma once
// `yizhan admin import-volunteers FILE`: a roster sheet checked against the store row by row.
// A dry run (the default) writes nothing and reports what --apply would do; --apply writes the
// good rows in one transaction (each with its outbox event) and reports the bad ones by row, so
// staff correct them and import the same file again: rows already in are unchanged.
#include <string>
#include <utility>
#include <vector>

#include "data/database.h"
#include "kiosk/volunteers/roster_sheet.h"
#include "kiosk/volunteers/volunteer_roster.h"

namespace yizhan::kiosk {

struct ImportReport {
  std::string encoding;
  std::optional<std::string> fatal;
  bool applied = false;
  int enrolled = 0, updated = 0, unchanged = 0;
  std::vector<std::pair<int, std::string>> errors;  // row, what is wrong
};

ImportReport importRoster(const RosterSheet& sheet, VolunteerRoster& roster, data::Database& db,
                          bool apply, const std::string& actor);
// The report as staff read it (Chinese), one line per bad row.
std::string importReportText(const ImportReport& report);

}  // namespace yizhan::kiosk
