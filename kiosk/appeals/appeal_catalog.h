#pragma once
// What an appeal (民意诉求) can be about and where it goes: the categories residents pick by
// pictogram (环境卫生, 物业服务, …, each with its deadline in working days), the public spots
// they can name when it is not at a home (小区大门, 停车场, …), and the departments staff pass
// it up to (住建, 城管, …). From the station's TOML ([[appeal_categories]], [appeals]) now,
// the district later; the defaults are the common ones.
#include <array>
#include <string>
#include <string_view>
#include <vector>

namespace yizhan::kiosk {

// The pictograms the kiosk draws for appeal categories (ui/ draws each by this id).
inline constexpr std::array<std::string_view, 7> kAppealPictograms = {
    "sanitation", "property", "parking", "noise", "facility", "neighbours", "other"};

struct AppealCategory {
  std::string id;  // sanitation, … (the store's and the contract's)
  std::string name;
  std::string pictogram;
  int deadlineWorkingDays = 3;
  bool operator==(const AppealCategory&) const = default;
};

struct AppealCatalog {
  std::vector<AppealCategory> categories;
  std::vector<std::string> publicPlaces;
  std::vector<std::string> departments;
  // How many units (单元) a building has: the resident picks 1单元 … N单元 after the building;
  // 0: the building is as near as the kiosk asks.
  int unitsPerBuilding = 4;
  bool operator==(const AppealCatalog&) const = default;
  const AppealCategory* category(std::string_view id) const;
  bool isPublicPlace(std::string_view place) const;
};

// 环境卫生, 物业服务, 停车, 噪音, 设施报修, 邻里纠纷, 其他（请工作人员联系我）; 小区大门, 停车场,
// 健身广场, …; 住建, 城管, 供水, 供电, 燃气, 物业公司, 派出所.
AppealCatalog defaultAppealCatalog();

// The first thing wrong with the catalog (ids, names, pictograms, deadlines, places,
// departments), naming the entry; empty when it is fine.
std::string appealCatalogProblem(const AppealCatalog& catalog);

}  // namespace yizhan::kiosk
