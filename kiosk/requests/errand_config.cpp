#include "kiosk/requests/errand_config.h"

#include <algorithm>
#include <sstream>

#include "kiosk/app/config.h"
#include "kiosk/app/toml_reading.h"

namespace yizhan::kiosk {

namespace {
std::vector<ErrandQuestion> questionsOf(const toml::node& node, const std::string& here) {
  const toml::array* list = node.as_array();
  if (!list) throw ConfigError(here + ": expected [[errand_types.questions]] tables");
  std::vector<ErrandQuestion> out;
  for (const toml::node& entry : *list) {
    const toml::table* table = entry.as_table();
    if (!table) throw ConfigError(here + ": each question must be a table");
    ErrandQuestion q;
    for (const auto& [name, value] : *table) {
      std::string key(name.str());
      if (key == "ask") {
        q.ask = tomlText(value, here + ".ask");
      } else if (key == "choices") {
        q.choices = tomlTexts(value, here + ".choices");
      } else {
        throw ConfigError(here + " " + key + ": unknown key (known keys: ask, choices)");
      }
    }
    out.push_back(std::move(q));
  }
  return out;
}
}  // namespace

void readErrandArray(std::vector<ErrandType>& types, const toml::node& node,
                     const std::string& origin) {
  const toml::array* entries = node.as_array();
  if (!entries || entries->empty()) {
    throw ConfigError(tomlLine(origin, node) + ": [[errand_types]] must be one or more tables");
  }
  std::vector<ErrandType> read;
  for (const toml::node& entry : *entries) {
    const toml::table* table = entry.as_table();
    std::string where = tomlLine(origin, entry) + ": [[errand_types]]";
    if (!table) throw ConfigError(where + " must be a table");
    ErrandType t;
    t.pictogram = "other";
    for (const auto& [name, value] : *table) {
      std::string key(name.str());
      std::string here = tomlLine(origin, value) + ": [[errand_types]] " + key;
      if (key == "id") {
        t.id = tomlText(value, here);
      } else if (key == "name") {
        t.name = tomlText(value, here);
      } else if (key == "pictogram") {
        t.pictogram = tomlText(value, here);
      } else if (key == "skill") {
        t.skill = tomlText(value, here);
      } else if (key == "deadline_working_days") {
        auto days = value.value<std::int64_t>();
        if (!value.is_integer() || !days) throw ConfigError(here + ": expected a whole number");
        t.deadlineWorkingDays = static_cast<int>(std::clamp<std::int64_t>(*days, -1, 1000));
      } else if (key == "home_visit") {
        auto visit = value.value<bool>();
        if (!value.is_boolean() || !visit) throw ConfigError(here + ": expected true or false");
        t.homeVisit = *visit;
      } else if (key == "questions") {
        t.questions = questionsOf(value, here);
      } else {
        throw ConfigError(here +
                          ": unknown key (known keys: id, name, pictogram, questions, "
                          "deadline_working_days, home_visit, skill)");
      }
    }
    read.push_back(std::move(t));
    if (std::string problem = errandTypesProblem(read); !problem.empty()) {
      throw ConfigError(where + ": " + problem);
    }
  }
  types = std::move(read);
}

std::string renderErrandArray(const std::vector<ErrandType>& types) {
  std::ostringstream out;
  out << "\n# On-behalf errands (红色代办) residents can ask for: the details are asked as choices "
         "only,\n"
         "# at most 2 questions of 2-6 choices; pictogram: utilities, medicine, pension, subsidy,\n"
         "# repair, shopping or other; skill: the roster's skill a volunteer needs to take it.\n";
  for (const ErrandType& t : types) {
    out << "[[errand_types]]\n"
        << "id = " << toml::value<std::string>(t.id) << "\n"
        << "name = " << toml::value<std::string>(t.name) << "\n"
        << "pictogram = " << toml::value<std::string>(t.pictogram) << "\n"
        << "deadline_working_days = " << t.deadlineWorkingDays << "\n"
        << "home_visit = " << (t.homeVisit ? "true" : "false") << "\n"
        << "skill = " << toml::value<std::string>(t.skill) << "\n";
    for (const ErrandQuestion& q : t.questions) {
      out << "[[errand_types.questions]]\n"
          << "ask = " << toml::value<std::string>(q.ask) << "\n"
          << "choices = " << tomlList(q.choices) << "\n";
    }
  }
  return out.str();
}

}  // namespace yizhan::kiosk
