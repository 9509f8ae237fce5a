#include "kiosk/volunteers/points_config.h"

#include <algorithm>
#include <cmath>
#include <sstream>

#include "kiosk/app/config.h"
#include "kiosk/app/toml_reading.h"
#include "kiosk/calendar/work_calendar.h"

namespace yizhan::kiosk {

namespace {
// A number of points with at most one decimal, as tenths.
int tenthsOf(const toml::node& node, const std::string& where, const char* key, double most) {
  if (!node.is_number()) throw ConfigError(where + ": " + key + ": expected a number");
  double value = *node.value<double>();
  double tenths = value * 10;
  if (!(value >= 0 && value <= most) || std::fabs(tenths - std::round(tenths)) > 1e-6) {
    std::ostringstream got;
    got << value;
    throw ConfigError(where + ": " + key + ": must be from 0 to " + std::to_string(int(most)) +
                      " with at most one decimal, got " + got.str());
  }
  return static_cast<int>(std::lround(tenths));
}
}  // namespace

void readPointsArray(PointsRules& rules, const toml::node& node, const std::string& origin) {
  const toml::array* entries = node.as_array();
  if (!entries || entries->empty()) {
    throw ConfigError(tomlLine(origin, node) + ": [[volunteer_points]] must be one or more tables");
  }
  std::vector<PointsRule> read;
  for (const toml::node& entry : *entries) {
    const toml::table* table = entry.as_table();
    std::string where = tomlLine(origin, entry) + ": [[volunteer_points]]";
    if (!table) throw ConfigError(where + " must be a table");
    PointsRule rule;
    bool hasFrom = false;
    for (const auto& [name, value] : *table) {
      std::string key(name.str());
      std::string here = tomlLine(origin, value) + ": [[volunteer_points]] " + key;
      if (key == "from") {
        auto day = value.value<std::string>();
        if (!value.is_string() || !day || !weekdayOf(*day)) {
          throw ConfigError(here + ": expected a day in quotes, \"YYYY-MM-DD\"");
        }
        rule.from = *day;
        hasFrom = true;
      } else if (key == "per_hour") {
        rule.perHourTenths = tenthsOf(value, here, "per_hour", 100);
      } else if (key == "per_request") {
        rule.perRequestTenths = tenthsOf(value, here, "per_request", 100);
      } else if (key == "monthly_cap") {
        rule.monthlyCapTenths = tenthsOf(value, here, "monthly_cap", 10000);
      } else {
        throw ConfigError(here +
                          ": unknown key (known keys: from, per_hour, per_request, "
                          "monthly_cap)");
      }
    }
    if (!hasFrom) throw ConfigError(where + ": from is required (the day the rule begins)");
    for (const PointsRule& earlier : read) {
      if (earlier.from == rule.from) {
        throw ConfigError(where + ": two rules from " + rule.from);
      }
    }
    read.push_back(rule);
  }
  std::sort(read.begin(), read.end(),
            [](const PointsRule& a, const PointsRule& b) { return a.from < b.from; });
  rules.rules = std::move(read);
}

std::string renderPointsArray(const PointsRules& rules) {
  std::ostringstream out;
  out << "\n# Volunteers' points (双积分), each rule in force from its day; a change never "
         "rewrites\n"
         "# points already awarded. Points have at most one decimal.\n";
  for (const PointsRule& r : rules.rules) {
    out << "[[volunteer_points]]\n"
        << "from = \"" << r.from << "\"\n"
        << "per_hour = " << pointsText(r.perHourTenths) << "  # per credited hour\n"
        << "per_request = " << pointsText(r.perRequestTenths)
        << "  # per on-behalf request closed with the resident satisfied\n"
        << "monthly_cap = " << pointsText(r.monthlyCapTenths) << "  # 0: no cap\n";
  }
  return out.str();
}

}  // namespace yizhan::kiosk
