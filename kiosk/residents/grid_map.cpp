#include "kiosk/residents/grid_map.h"

#include <regex>
#include <set>

#include "kiosk/base/strings.h"
#include "kiosk/residents/person_ref.h"

namespace yizhan::kiosk {

namespace {
constexpr size_t kLongestName = 16;  // characters, on a list's column

std::vector<std::string> buildingsNumbered(int from, int to) {
  std::vector<std::string> out;
  for (int b = from; b <= to; ++b) out.push_back(std::to_string(b) + "号楼");
  return out;
}
}  // namespace

std::vector<Grid> defaultGrids() {
  return {{"grid-1", "第一网格", "李红梅", "13800000001", buildingsNumbered(1, 6)},
          {"grid-2", "第二网格", "赵建国", "13800000002", buildingsNumbered(7, 12)}};
}

std::string gridsProblem(const std::vector<Grid>& grids) {
  static const std::regex idPattern("[a-z0-9_-]{1,32}");
  std::set<std::string> ids, buildings;
  for (size_t i = 0; i < grids.size(); ++i) {
    const Grid& g = grids[i];
    std::string which = "grid " + std::to_string(i + 1) + (g.id.empty() ? "" : " (" + g.id + ")");
    if (!std::regex_match(g.id, idPattern)) {
      return which + ": id must be 1-32 of a-z, 0-9, '-' and '_'";
    }
    if (!ids.insert(g.id).second) return which + ": id is used by an earlier grid";
    if (g.name.empty() || utf8Characters(g.name) > kLongestName) {
      return which + ": name must be 1-" + std::to_string(kLongestName) + " characters";
    }
    if (g.officer.empty() || utf8Characters(g.officer) > kLongestName) {
      return which + ": officer must be the grid officer's name, 1-" +
             std::to_string(kLongestName) + " characters";
    }
    if (!g.officerPhone.empty() && !isMobileNumber(g.officerPhone) &&
        !std::regex_match(g.officerPhone, std::regex("0[0-9]{2,3}-?[0-9]{7,8}"))) {
      return which + ": officer_phone must be a mobile number or a fixed line like 010-12345678";
    }
    if (g.buildings.empty()) return which + ": buildings must list at least one building";
    for (const std::string& b : g.buildings) {
      if (b.empty() || utf8Characters(b) > kLongestName) {
        return which + ": each building must be 1-" + std::to_string(kLongestName) + " characters";
      }
      if (!buildings.insert(b).second) {
        return which + ": building " + b + " is already in another grid";
      }
    }
  }
  return "";
}

const Grid* gridOfBuilding(const std::vector<Grid>& grids, std::string_view building) {
  for (const Grid& g : grids) {
    for (const std::string& b : g.buildings) {
      if (b == building) return &g;
    }
  }
  return nullptr;
}

const Grid* gridById(const std::vector<Grid>& grids, std::string_view id) {
  for (const Grid& g : grids) {
    if (g.id == id) return &g;
  }
  return nullptr;
}

std::vector<std::string> allBuildings(const std::vector<Grid>& grids) {
  std::vector<std::string> out;
  for (const Grid& g : grids) out.insert(out.end(), g.buildings.begin(), g.buildings.end());
  return out;
}

}  // namespace yizhan::kiosk
