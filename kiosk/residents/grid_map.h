#pragma once
// The station's community as grids (网格): each a group of buildings with its grid officer
// (网格员), who answers for the residents there. A resident's building gives their grid, and
// the grid decides which volunteers and which officer see their requests. From the station's
// TOML ([[grids]]) now, from the district later.
#include <string>
#include <string_view>
#include <vector>

namespace yizhan::kiosk {

struct Grid {
  std::string id;       // grid-1 (the store's and the contract's)
  std::string name;     // 第一网格
  std::string officer;  // the grid officer's name, as posted on the station's notice board
  std::string officerPhone;
  std::vector<std::string> buildings;  // 1号楼, 2号楼, … as residents and staff say them
  bool operator==(const Grid&) const = default;
};

// Two demonstration grids of six buildings each, so the kiosk runs without a file.
std::vector<Grid> defaultGrids();

// The first thing wrong with `grids` (ids, names, phones, a building in two grids), naming the
// entry; empty when they are fine.
std::string gridsProblem(const std::vector<Grid>& grids);

// The grid `building` belongs to; null when no grid lists it.
const Grid* gridOfBuilding(const std::vector<Grid>& grids, std::string_view building);
const Grid* gridById(const std::vector<Grid>& grids, std::string_view id);

// Every building of every grid, in the order the grids list them (the staff's roster picker).
std::vector<std::string> allBuildings(const std::vector<Grid>& grids);

}  // namespace yizhan::kiosk
