#include "kiosk/appeals/appeal_catalog.h"

#include <algorithm>
#include <set>

#include "kiosk/base/strings.h"

namespace yizhan::kiosk {

namespace {
// On a big button, read at arm's length.
constexpr size_t kLongestName = 14;
constexpr size_t kLongestPlace = 8;
constexpr size_t kMostPlaces = 12;  // one screen of choices
constexpr size_t kLongestDepartment = 12;

// Names that must be distinct and short: public places, departments.
std::string listProblem(const std::vector<std::string>& items, const char* what, size_t longest,
                        size_t most) {
  if (items.empty()) return std::string("at least one ") + what + " is needed";
  if (items.size() > most) return std::string("at most ") + std::to_string(most) + " " + what + "s";
  std::set<std::string> seen;
  for (size_t i = 0; i < items.size(); ++i) {
    std::string where = std::string(what) + " #" + std::to_string(i + 1) + ": ";
    if (items[i].empty() || utf8Characters(items[i]) > longest)
      return where + "must be 1-" + std::to_string(longest) + " characters";
    if (!seen.insert(items[i]).second) return where + "listed twice";
  }
  return {};
}
}  // namespace

const AppealCategory* AppealCatalog::category(std::string_view id) const {
  for (const AppealCategory& c : categories)
    if (c.id == id) return &c;
  return nullptr;
}

bool AppealCatalog::isPublicPlace(std::string_view place) const {
  return std::find(publicPlaces.begin(), publicPlaces.end(), place) != publicPlaces.end();
}

AppealCatalog defaultAppealCatalog() {
  return {
      {
          {"sanitation", "环境卫生", "sanitation", 3},
          {"property", "物业服务", "property", 3},
          {"parking", "停车", "parking", 3},
          {"noise", "噪音", "noise", 3},
          {"facility", "设施报修", "facility", 3},
          {"neighbours", "邻里纠纷", "neighbours", 5},
          {"other", "其他（请工作人员联系我）", "other", 3},
      },
      {"小区大门", "停车场", "健身广场", "垃圾分类站", "绿化带", "道路", "电梯", "快递柜"},
      {"住建", "城管", "供水", "供电", "燃气", "物业公司", "派出所"},
  };
}

std::string appealCatalogProblem(const AppealCatalog& catalog) {
  if (catalog.categories.empty()) return "at least one appeal category is needed";
  std::set<std::string> ids, names;
  for (size_t i = 0; i < catalog.categories.size(); ++i) {
    const AppealCategory& c = catalog.categories[i];
    std::string where = "appeal category #" + std::to_string(i + 1) + " (" + c.id + "): ";
    if (!isConfigId(c.id)) return where + "id must be 1-32 of a-z, 0-9, - and _";
    if (!ids.insert(c.id).second) return where + "id used twice";
    if (c.name.empty() || utf8Characters(c.name) > kLongestName)
      return where + "name must be 1-14 characters";
    if (!names.insert(c.name).second) return where + "name used twice";
    if (std::find(kAppealPictograms.begin(), kAppealPictograms.end(), c.pictogram) ==
        kAppealPictograms.end()) {
      return where +
             "pictogram must be one of sanitation, property, parking, noise, facility, "
             "neighbours, other";
    }
    if (c.deadlineWorkingDays < 1 || c.deadlineWorkingDays > 30)
      return where + "deadline_working_days must be from 1 to 30";
  }
  if (auto p = listProblem(catalog.publicPlaces, "public place", kLongestPlace, kMostPlaces);
      !p.empty())
    return p;
  if (catalog.unitsPerBuilding < 0 || catalog.unitsPerBuilding > 12)
    return "units_per_building must be from 0 to 12";
  return listProblem(catalog.departments, "department", kLongestDepartment, 40);
}

}  // namespace yizhan::kiosk
