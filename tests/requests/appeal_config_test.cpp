// What appeals can be about, from the station's TOML (issue 17, requirement 1): the default
// categories, places and departments; a file's own replace them; each mistake is named with
// its line; the rendered configuration reads back as the same.
#include <catch2/catch.hpp>

#include "kiosk/app/config.h"
#include "support/config_error.h"

using namespace yizhan;
using namespace yizhan::kiosk;

TEST_CASE("the default appeal categories, places and departments", "[requests][appeals][config]") {
  AppealCatalog c = defaultAppealCatalog();
  CHECK(appealCatalogProblem(c).empty());
  std::vector<std::string> names;
  for (const auto& category : c.categories) names.push_back(category.name);
  CHECK(names == std::vector<std::string>{"环境卫生", "物业服务", "停车", "噪音", "设施报修",
                                          "邻里纠纷", "其他（请工作人员联系我）"});
  CHECK(c.isPublicPlace("停车场"));
  CHECK_FALSE(c.isPublicPlace("3号楼"));
  CHECK(c.departments ==
        std::vector<std::string>{"住建", "城管", "供水", "供电", "燃气", "物业公司", "派出所"});
  CHECK(Config{}.appeals == c);
}

TEST_CASE("a station's own appeal categories, places and departments",
          "[requests][appeals]"
          "[config]") {
  Config c = parseConfig(R"(
[appeals]
public_places = ["东门", "地下车库"]
departments = ["街道城管科", "物业公司"]

[[appeal_categories]]
id = "lift"
name = "电梯故障"
pictogram = "facility"
deadline_working_days = 1

[[appeal_categories]]
id = "other"
name = "其他"
)",
                         "station.toml");
  REQUIRE(c.appeals.categories.size() == 2);
  CHECK(c.appeals.categories[0].deadlineWorkingDays == 1);
  CHECK(c.appeals.categories[1].pictogram == "other");
  CHECK(c.appeals.categories[1].deadlineWorkingDays == 3);
  CHECK(c.appeals.publicPlaces == std::vector<std::string>{"东门", "地下车库"});
  CHECK(c.appeals.departments == std::vector<std::string>{"街道城管科", "物业公司"});
  // Rendered and read again, it is the same.
  CHECK(parseConfig(renderConfig(c), "rendered").appeals == c.appeals);
}

TEST_CASE("each mistake in the appeals' configuration is named with its line",
          "[requests][appeals][config]") {
  using test::configErrorOf;
  CHECK_THAT(configErrorOf("[[appeal_categories]]\nid = \"x\"\nname = \"某事\"\npictogram = "
                           "\"rocket\"\n"),
             Catch::Contains("station.toml:1") && Catch::Contains("pictogram must be one of"));
  CHECK_THAT(configErrorOf("[[appeal_categories]]\nid = \"x\"\nname = \"某事\"\ncolour = 1\n"),
             Catch::Contains("station.toml:4") && Catch::Contains("unknown key"));
  CHECK_THAT(configErrorOf("[[appeal_categories]]\nid = \"x\"\nname = \"某事\"\n"
                           "deadline_working_days = 31\n"),
             Catch::Contains("deadline_working_days must be from 1 to 30"));
  CHECK_THAT(configErrorOf("[[appeal_categories]]\nid = \"x\"\nname = \"甲\"\n"
                           "[[appeal_categories]]\nid = \"x\"\nname = \"乙\"\n"),
             Catch::Contains("station.toml:4") && Catch::Contains("id used twice"));
  CHECK_THAT(configErrorOf("[appeals]\ndepartments = [\"城管\", \"城管\"]\n"),
             Catch::Contains("station.toml:2") && Catch::Contains("department #2: listed twice"));
  CHECK_THAT(configErrorOf("[appeals]\ndepartments = []\n"),
             Catch::Contains("at least one department"));
  CHECK_THAT(configErrorOf("[appeals]\npublic_places = [\"一个非常非常长的地点名字\"]\n"),
             Catch::Contains("public place #1: must be 1-8 characters"));
  CHECK_THAT(configErrorOf("[appeals]\nunits_per_building = 13\n"),
             Catch::Contains("units_per_building must be from 0 to 12"));
  CHECK_THAT(configErrorOf("[appeals]\nunits_per_building = \"4\"\n"),
             Catch::Contains("expected a whole number"));
  CHECK_THAT(configErrorOf("[appeals]\nbuildings = []\n"),
             Catch::Contains("unknown key") && Catch::Contains("public_places, departments"));
}
