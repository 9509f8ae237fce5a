#include "kiosk/district/station_settings.h"

#include <toml++/toml.h>
#include <nlohmann/json.hpp>

#include <cstdio>
#include <regex>

#include "data/sync_state_repository.h"
#include "kiosk/app/config.h"
#include "kiosk/queue/catalog_config.h"
#include "kiosk/requests/errand_config.h"

namespace yizhan::kiosk {

namespace {

// The district's services and counters use the TOML file's keys and rules, so they are read by
// the same code: the JSON becomes the TOML it stands for.
toml::array tomlArrayOf(const nlohmann::json& list);

std::optional<toml::table> tomlTableOf(const nlohmann::json& object);

void pushTomlValue(toml::array& into, const nlohmann::json& v) {
  if (v.is_string()) {
    into.push_back(v.get<std::string>());
  } else if (v.is_boolean()) {
    into.push_back(v.get<bool>());
  } else if (v.is_number_integer()) {
    into.push_back(v.get<std::int64_t>());
  } else if (v.is_number()) {
    into.push_back(v.get<double>());
  } else if (v.is_array()) {
    into.push_back(tomlArrayOf(v));
  } else if (auto t = tomlTableOf(v)) {
    into.push_back(std::move(*t));
  }
  // null has no TOML form: left out, so a required key reads as missing.
}

toml::array tomlArrayOf(const nlohmann::json& list) {
  toml::array out;
  for (const auto& v : list) pushTomlValue(out, v);
  return out;
}

std::optional<toml::table> tomlTableOf(const nlohmann::json& object) {
  if (!object.is_object()) return std::nullopt;
  toml::table out;
  for (const auto& [key, v] : object.items()) {
    toml::array one;
    pushTomlValue(one, v);
    if (!one.empty()) out.insert(key, std::move(*one.get(0)));
  }
  return out;
}

std::string stringField(const nlohmann::json& entry, const char* key, const std::string& where) {
  if (!entry.contains(key) || !entry[key].is_string() || entry[key].get<std::string>().empty()) {
    throw ConfigError(where + ": \"" + key + "\" missing or not a non-empty string");
  }
  return entry[key].get<std::string>();
}

void readCalendar(WorkCalendar& calendar, const nlohmann::json& years, const std::string& origin) {
  if (!years.is_object()) throw ConfigError(origin + ": calendar: expected an object by year");
  static const std::regex yearPattern("20[0-9][0-9]");
  for (const auto& [year, days] : years.items()) {
    std::string where = origin + ": calendar " + year;
    if (!std::regex_match(year, yearPattern)) throw ConfigError(where + ": not a year");
    if (!days.is_array()) throw ConfigError(where + ": expected a list of days");
    nlohmann::json schedule = {{"year", std::stoi(year)}, {"days", nlohmann::json::array()}};
    for (const auto& day : days) {
      if (!day.is_object() || !day.contains("is_off_day") || !day["is_off_day"].is_boolean()) {
        throw ConfigError(where + ": every day needs \"date\" and \"is_off_day\" (true or false)");
      }
      std::string date = stringField(day, "date", where);
      if (!weekdayOf(date)) throw ConfigError(where + ": \"" + date + "\" is not a date");
      schedule["days"].push_back({{"date", date},
                                  {"name", day.value("name", std::string())},
                                  {"isOffDay", day["is_off_day"].get<bool>()}});
    }
    try {
      calendar.addSchedule(schedule.dump());
    } catch (const std::runtime_error& e) {
      throw ConfigError(origin + ": " + e.what());
    }
  }
}

std::vector<Announcement> readAnnouncements(const nlohmann::json& list, const std::string& origin) {
  if (!list.is_array()) throw ConfigError(origin + ": announcements: expected a list");
  std::vector<Announcement> out;
  for (size_t i = 0; i < list.size(); ++i) {
    std::string where = origin + ": announcements #" + std::to_string(i + 1);
    const nlohmann::json& entry = list[i];
    if (!entry.is_object()) throw ConfigError(where + ": expected an object");
    Announcement a{stringField(entry, "id", where), stringField(entry, "text", where),
                   stringField(entry, "from", where), stringField(entry, "until", where)};
    if (a.text.size() > 600) throw ConfigError(where + ": text longer than 200 characters");
    if (!weekdayOf(a.from) || !weekdayOf(a.until) || a.until < a.from) {
      throw ConfigError(where + ": \"from\" and \"until\" must be dates, from not after until");
    }
    out.push_back(std::move(a));
  }
  return out;
}

}  // namespace

const std::vector<std::string>& keptDistrictSections() {
  static const std::vector<std::string> names = {"services", "counters", "calendar",
                                                 "announcements", "errand_types"};
  return names;
}

StationSettings withDistrictSections(const ServiceCatalog& base,
                                     const std::map<std::string, nlohmann::json>& sections,
                                     const std::string& origin) {
  StationSettings s{base, WorkCalendar::builtIn(), {}, std::nullopt, {}};
  for (const char* name : {"services", "counters"}) {
    auto it = sections.find(name);
    if (it == sections.end()) continue;
    if (!it->second.is_array()) throw ConfigError(origin + ": " + name + ": expected a list");
    readCatalogArray(s.catalog, name, tomlArrayOf(it->second), origin);
  }
  validateCatalog(s.catalog, origin);
  if (auto it = sections.find("calendar"); it != sections.end()) {
    readCalendar(s.calendar, it->second, origin);
  }
  if (auto it = sections.find("announcements"); it != sections.end()) {
    s.announcements = readAnnouncements(it->second, origin);
  }
  if (auto it = sections.find("errand_types"); it != sections.end()) {
    // The TOML file's keys and rules, read by the same code.
    if (!it->second.is_array()) throw ConfigError(origin + ": errand_types: expected a list");
    std::vector<ErrandType> errands;
    readErrandArray(errands, tomlArrayOf(it->second), origin);
    s.errandTypes = std::move(errands);
  }
  return s;
}

StationSettings loadStationSettings(data::Database& db, const ServiceCatalog& base) {
  std::map<std::string, nlohmann::json> sections;
  for (auto& [name, text] : data::SyncStateRepository(db).withPrefix(data::kSectionKeyPrefix)) {
    auto json = nlohmann::json::parse(text, nullptr, false);
    if (!json.is_discarded()) sections[name] = std::move(json);
  }
  std::string version = storedDistrictVersion(db);
  try {
    StationSettings s = withDistrictSections(base, sections, "district configuration " + version);
    s.version = version;
    return s;
  } catch (const ConfigError& e) {
    std::fprintf(stderr,
                 "yizhan: the stored district configuration no longer reads (%s); "
                 "using the station's own until the district sends a new one\n",
                 e.what());
    return StationSettings{base, WorkCalendar::builtIn(), {}, std::nullopt, {}};
  }
}

std::string storedDistrictVersion(data::Database& db) {
  return data::SyncStateRepository(db).get(data::kConfigVersionKey).value_or("");
}

}  // namespace yizhan::kiosk
