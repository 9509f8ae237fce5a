#include "kiosk/residents/grid_config.h"

#include <sstream>

#include "kiosk/app/config.h"
#include "kiosk/app/toml_reading.h"

namespace yizhan::kiosk {

void readGridArray(std::vector<Grid>& grids, const toml::node& node, const std::string& origin) {
  const toml::array* entries = node.as_array();
  if (!entries || entries->empty()) {
    throw ConfigError(tomlLine(origin, node) + ": [[grids]] must be one or more tables");
  }
  std::vector<Grid> read;
  for (const toml::node& entry : *entries) {
    const toml::table* table = entry.as_table();
    std::string where = tomlLine(origin, entry) + ": [[grids]]";
    if (!table) throw ConfigError(where + " must be a table");
    Grid g;
    for (const auto& [name, value] : *table) {
      std::string key(name.str());
      std::string here = tomlLine(origin, value) + ": [[grids]] " + key;
      if (key == "id") {
        g.id = tomlText(value, here);
      } else if (key == "name") {
        g.name = tomlText(value, here);
      } else if (key == "officer") {
        g.officer = tomlText(value, here);
      } else if (key == "officer_phone") {
        g.officerPhone = tomlText(value, here);
      } else if (key == "buildings") {
        g.buildings = tomlTexts(value, here);
      } else {
        throw ConfigError(
            here + ": unknown key (known keys: id, name, officer, officer_phone, buildings)");
      }
    }
    read.push_back(std::move(g));
    if (std::string problem = gridsProblem(read); !problem.empty()) {
      throw ConfigError(where + ": " + problem);
    }
  }
  grids = std::move(read);
}

std::string renderGridArray(const std::vector<Grid>& grids) {
  std::ostringstream out;
  out << "\n# Grids (网格): the buildings each grid officer answers for; a resident's building "
         "gives\n"
         "# their grid. A building may be in one grid only.\n";
  for (const Grid& g : grids) {
    out << "[[grids]]\n"
        << "id = " << toml::value<std::string>(g.id) << "\n"
        << "name = " << toml::value<std::string>(g.name) << "\n"
        << "officer = " << toml::value<std::string>(g.officer) << "\n"
        << "officer_phone = " << toml::value<std::string>(g.officerPhone) << "\n"
        << "buildings = " << tomlList(g.buildings) << "\n";
  }
  return out.str();
}

}  // namespace yizhan::kiosk
