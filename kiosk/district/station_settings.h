#pragma once
// What the district may set for a station (docs/district-api.md §6), laid over the station's
// own TOML: the service catalog, the work calendar and announcements. The sections the
// district sent last are kept in the store (sync_state, "district_section:<name>") and read
// here, so a restart comes up with them before the network does.
#include <map>
#include <optional>
#include <string>
#include <vector>

#include <nlohmann/json_fwd.hpp>

#include "data/database.h"
#include "kiosk/calendar/work_calendar.h"
#include "kiosk/queue/service_catalog.h"
#include "kiosk/requests/errand_types.h"

namespace yizhan::kiosk {

// A notice for residents on the home screen, shown from `from` to `until` (YYYY-MM-DD).
struct Announcement {
  std::string id;
  std::string text;
  std::string from;
  std::string until;
  bool operator==(const Announcement&) const = default;
};

struct StationSettings {
  ServiceCatalog catalog;
  WorkCalendar calendar;
  std::vector<Announcement> announcements;
  // The district's errands when it sent them; nullopt: the station's own [[errand_types]].
  std::optional<std::vector<ErrandType>> errandTypes;
  std::string version;  // the district configuration in force; empty: the station's own
};

// The sections this station understands and keeps; others are ignored (§6).
const std::vector<std::string>& keptDistrictSections();

// `base` (from TOML, with the built-in calendar) with `sections` (name → JSON) laid over it.
// Throws ConfigError naming the section, entry and key at fault; `origin` names the source.
StationSettings withDistrictSections(const ServiceCatalog& base,
                                     const std::map<std::string, nlohmann::json>& sections,
                                     const std::string& origin);

// The stored district sections over `base`. A stored section that no longer reads (this
// program is older or stricter than the one that stored it) is skipped with a note on stderr.
StationSettings loadStationSettings(data::Database& db, const ServiceCatalog& base);
// The version of the stored district configuration; cheap, for noticing a new one.
std::string storedDistrictVersion(data::Database& db);

}  // namespace yizhan::kiosk
