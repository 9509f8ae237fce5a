#include <catch2/catch.hpp>
#include <regex>
#include <set>

#include "kiosk/base/strings.h"

using namespace yizhan::kiosk;

namespace {
std::set<std::string> placeholders(std::string_view s) {
  std::set<std::string> found;
  std::regex pattern(R"(\{\d\})");
  std::string text(s);
  for (auto it = std::sregex_iterator(text.begin(), text.end(), pattern);
       it != std::sregex_iterator(); ++it) {
    found.insert(it->str());
  }
  return found;
}
}  // namespace

TEST_CASE("every catalog string exists in both languages with the same placeholders", "[strings]") {
  for (int i = 0; i < static_cast<int>(Str::Count); ++i) {
    auto id = static_cast<Str>(i);
    INFO("string #" << i << ": " << text(id, Lang::Zh));
    CHECK_FALSE(text(id, Lang::Zh).empty());
    CHECK_FALSE(text(id, Lang::En).empty());
    CHECK(placeholders(text(id, Lang::Zh)) == placeholders(text(id, Lang::En)));
  }
}

TEST_CASE("format fills placeholders in order", "[strings]") {
  CHECK(format(Str::PinWrong, Lang::Zh, {"3"}) == "密码不对，还可以再试3次");
  CHECK(format(Str::DateLine, Lang::Zh, {"2026", "11", "24", "星期二"}) == "2026年11月24日 星期二");
  // Missing arguments leave nothing behind rather than a raw "{0}".
  CHECK(format(Str::PinWrong, Lang::Zh, {}) == "密码不对，还可以再试次");
}

TEST_CASE("weekday names run from Sunday", "[strings]") {
  CHECK(weekdayName(0, Lang::Zh) == "星期日");
  CHECK(weekdayName(2, Lang::Zh) == "星期二");
  CHECK(weekdayName(6, Lang::En) == "Saturday");
}
