#include "kiosk/appeals/appeal_config.h"

#include <algorithm>
#include <sstream>

#include "kiosk/app/config.h"
#include "kiosk/app/toml_reading.h"

namespace yizhan::kiosk {

namespace {
void check(const AppealCatalog& catalog, const std::string& where) {
  if (std::string problem = appealCatalogProblem(catalog); !problem.empty())
    throw ConfigError(where + ": " + problem);
}
}  // namespace

void readAppealCategoryArray(AppealCatalog& catalog, const toml::node& node,
                             const std::string& origin) {
  const toml::array* entries = node.as_array();
  if (!entries || entries->empty()) {
    throw ConfigError(tomlLine(origin, node) +
                      ": [[appeal_categories]] must be one or more tables");
  }
  AppealCatalog read = catalog;
  read.categories.clear();
  for (const toml::node& entry : *entries) {
    const toml::table* table = entry.as_table();
    std::string where = tomlLine(origin, entry) + ": [[appeal_categories]]";
    if (!table) throw ConfigError(where + " must be a table");
    AppealCategory c;
    c.pictogram = "other";
    for (const auto& [name, value] : *table) {
      std::string key(name.str());
      std::string here = tomlLine(origin, value) + ": [[appeal_categories]] " + key;
      if (key == "id") {
        c.id = tomlText(value, here);
      } else if (key == "name") {
        c.name = tomlText(value, here);
      } else if (key == "pictogram") {
        c.pictogram = tomlText(value, here);
      } else if (key == "deadline_working_days") {
        auto days = value.value<std::int64_t>();
        if (!value.is_integer() || !days) throw ConfigError(here + ": expected a whole number");
        c.deadlineWorkingDays = static_cast<int>(std::clamp<std::int64_t>(*days, -1, 1000));
      } else {
        throw ConfigError(here +
                          ": unknown key (known keys: id, name, pictogram, deadline_working_days)");
      }
    }
    read.categories.push_back(std::move(c));
    check(read, where);
  }
  catalog = std::move(read);
}

void readAppealTable(AppealCatalog& catalog, const toml::node& node, const std::string& origin) {
  const toml::table* table = node.as_table();
  if (!table) throw ConfigError(tomlLine(origin, node) + ": [appeals] must be a table");
  AppealCatalog read = catalog;
  for (const auto& [name, value] : *table) {
    std::string key(name.str());
    std::string here = tomlLine(origin, value) + ": [appeals] " + key;
    if (key == "public_places") {
      read.publicPlaces = tomlTexts(value, here);
    } else if (key == "departments") {
      read.departments = tomlTexts(value, here);
    } else if (key == "units_per_building") {
      auto units = value.value<std::int64_t>();
      if (!value.is_integer() || !units) throw ConfigError(here + ": expected a whole number");
      read.unitsPerBuilding = static_cast<int>(std::clamp<std::int64_t>(*units, -1, 1000));
    } else {
      throw ConfigError(here +
                        ": unknown key (known keys: public_places, departments, "
                        "units_per_building)");
    }
    check(read, here);
  }
  catalog = std::move(read);
}

std::string renderAppealConfig(const AppealCatalog& catalog) {
  std::ostringstream out;
  out << "\n[appeals]\n"
      << "# places residents can name for an appeal beside a building (at most 12, 1-8 "
         "characters)\n"
      << "public_places = " << tomlList(catalog.publicPlaces) << "\n"
      << "# departments staff pass an appeal up to (吹哨), as the district names them\n"
      << "departments = " << tomlList(catalog.departments) << "\n"
      << "# how many units (单元) a building has, for the resident to pick one (0-12; 0: do not "
         "ask)\n"
      << "units_per_building = " << catalog.unitsPerBuilding << "\n"
      << "\n# Appeals (民意诉求) residents can raise: pictogram: sanitation, property, parking,\n"
         "# noise, facility, neighbours or other; deadline in working days (1-30).\n";
  for (const AppealCategory& c : catalog.categories) {
    out << "[[appeal_categories]]\n"
        << "id = " << toml::value<std::string>(c.id) << "\n"
        << "name = " << toml::value<std::string>(c.name) << "\n"
        << "pictogram = " << toml::value<std::string>(c.pictogram) << "\n"
        << "deadline_working_days = " << c.deadlineWorkingDays << "\n";
  }
  return out.str();
}

}  // namespace yizhan::kiosk
