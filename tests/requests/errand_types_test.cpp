// The errands residents can ask for (issue 16, requirement 3): the seven defaults, the station's
// own [[errand_types]] in its TOML file replacing them, and every mistake in that file named
// with its entry, key and line; the details only as choices.
#include <catch2/catch.hpp>

#include <nlohmann/json.hpp>

#include "kiosk/app/config.h"
#include "kiosk/district/station_settings.h"
#include "kiosk/requests/errand_types.h"
#include "support/config_error.h"

using namespace yizhan::kiosk;

namespace {
std::string errorOf(const std::string& toml) {
  return yizhan::test::configErrorOf(toml);
}

const char* kOneErrand = R"(
[[errand_types]]
id = "haircut"
name = "上门理发"
pictogram = "other"
deadline_working_days = 5
home_visit = true
skill = "理发"
[[errand_types.questions]]
ask = "希望什么时候"
choices = ["上午", "下午"]
)";
}  // namespace

TEST_CASE("the default errands are the common seven, each asked by choices only",
          "[requests][errands]") {
  std::vector<ErrandType> types = Config{}.errandTypes;
  REQUIRE(types.size() == 7);
  std::vector<std::string> names;
  for (const auto& t : types) names.push_back(t.name);
  CHECK(names == std::vector<std::string>{"代缴水电气费", "代取药品", "养老金资格认证",
                                          "高龄补贴申请", "家电维修", "代购生活用品",
                                          "其他（请工作人员联系我）"});
  CHECK(errandTypesProblem(types).empty());
  CHECK(types[0].questions.at(0).choices == std::vector<std::string>{"水费", "电费", "燃气费"});
  CHECK(types[0].questions.at(1).choices == std::vector<std::string>{"上午", "下午", "明天"});
  CHECK(types[1].homeVisit);
  CHECK(types[0].deadlineWorkingDays == 3);
  CHECK(types[6].questions.empty());  // 其他: staff call the resident
  CHECK(types[6].skill.empty());
}

TEST_CASE("a station's [[errand_types]] replaces the defaults, and shows as it reads",
          "[requests][errands]") {
  Config c = parseConfig(kOneErrand, "station.toml");
  REQUIRE(c.errandTypes.size() == 1);
  const ErrandType& t = c.errandTypes[0];
  CHECK(t.id == "haircut");
  CHECK(t.name == "上门理发");
  CHECK(t.deadlineWorkingDays == 5);
  CHECK(t.homeVisit);
  CHECK(t.skill == "理发");
  REQUIRE(t.questions.size() == 1);
  CHECK(t.questions[0].choices == std::vector<std::string>{"上午", "下午"});
  // The rendered configuration reads back the same, defaults and a station's own alike.
  CHECK(parseConfig(renderConfig(c), "shown").errandTypes == c.errandTypes);
  CHECK(parseConfig(renderConfig(Config{}), "shown").errandTypes == Config{}.errandTypes);
}

TEST_CASE("every mistake in [[errand_types]] is named with its line", "[requests][errands]") {
  auto with = [](const std::string& from, const std::string& to) {
    std::string toml = kOneErrand;
    toml.replace(toml.find(from), from.size(), to);
    return toml;
  };
  CHECK_THAT(errorOf(with("pictogram = \"other\"", "pictogram = \"scissors\"")),
             Catch::Contains("station.toml:2") && Catch::Contains("pictogram must be one of"));
  CHECK_THAT(errorOf(with("deadline_working_days = 5", "deadline_working_days = 0")),
             Catch::Contains("deadline_working_days must be from 1 to 30"));
  CHECK_THAT(errorOf(with("deadline_working_days = 5", "deadline_working_days = \"5\"")),
             Catch::Contains("station.toml:6") && Catch::Contains("expected a whole number"));
  CHECK_THAT(errorOf(with("home_visit = true", "home_visit = 1")),
             Catch::Contains("expected true or false"));
  CHECK_THAT(errorOf(with("id = \"haircut\"", "id = \"上门\"")),
             Catch::Contains("id must be 1-32 of a-z"));
  CHECK_THAT(errorOf(with("skill = \"理发\"", "skil = \"理发\"")),
             Catch::Contains("unknown key (known keys: id, name"));
  CHECK_THAT(errorOf(with("choices = [\"上午\", \"下午\"]", "choices = [\"上午\"]")),
             Catch::Contains("needs 2 to 6 choices"));
  CHECK_THAT(errorOf(with("choices = [\"上午\", \"下午\"]", "choices = [\"上午\", \"上午\"]")),
             Catch::Contains("a choice listed twice"));
  CHECK_THAT(errorOf(with("choices = [\"上午\", \"下午\"]", "choices = \"上午\"")),
             Catch::Contains("expected a list of strings"));
  CHECK_THAT(errorOf(with("ask = \"希望什么时候\"", "question = \"希望什么时候\"")),
             Catch::Contains("unknown key (known keys: ask, choices)"));
  CHECK_THAT(errorOf(std::string(kOneErrand) + kOneErrand), Catch::Contains("id used twice"));
  CHECK_THAT(errorOf("errand_types = []\n"), Catch::Contains("must be one or more tables"));
}

TEST_CASE("the district's errand_types replace the station's, by the same rules",
          "[requests][errands]") {
  using nlohmann::json;
  json utilities = {{"id", "utilities"},
                    {"name", "代缴水电气费"},
                    {"pictogram", "utilities"},
                    {"home_visit", false},
                    {"questions", {{{"ask", "缴哪一项"}, {"choices", {"水费", "电费"}}}}}};
  std::map<std::string, json> sections = {{"errand_types", json::array({utilities})}};
  StationSettings s = withDistrictSections(defaultCatalog(), sections, "district configuration");
  REQUIRE(s.errandTypes);
  REQUIRE(s.errandTypes->size() == 1);
  CHECK(s.errandTypes->at(0).questions.at(0).choices == std::vector<std::string>{"水费", "电费"});
  // Not sent: the station's own stay in force.
  CHECK_FALSE(withDistrictSections(defaultCatalog(), {}, "d").errandTypes);

  auto refused = [&](json entry) {
    std::map<std::string, json> bad = {{"errand_types", json::array({entry})}};
    try {
      withDistrictSections(defaultCatalog(), bad, "district configuration");
    } catch (const ConfigError& e) {
      return std::string(e.what());
    }
    return std::string();
  };
  json badPictogram = utilities;
  badPictogram["pictogram"] = "scissors";
  CHECK_THAT(refused(badPictogram), Catch::Contains("pictogram must be one of"));
  json oneChoice = utilities;
  oneChoice["questions"][0]["choices"] = {"水费"};
  CHECK_THAT(refused(oneChoice), Catch::Contains("needs 2 to 6 choices"));
  json unknown = utilities;
  unknown["price"] = 5;
  CHECK_THAT(refused(unknown), Catch::Contains("unknown key"));
  std::map<std::string, json> notList = {{"errand_types", utilities}};
  CHECK_THROWS_WITH(withDistrictSections(defaultCatalog(), notList, "d"),
                    Catch::Contains("errand_types: expected a list"));
}
