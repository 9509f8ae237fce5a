#include <catch2/catch.hpp>
#include <regex>
#include <set>
#include <vector>

#include "kiosk/appointments/appointment_strings.h"
#include "kiosk/base/strings.h"
#include "kiosk/console/console_strings.h"
#include "kiosk/devices/device_strings.h"
#include "kiosk/echo/echo_strings.h"
#include "kiosk/features.h"
#include "kiosk/figures/figures_strings.h"
#include "kiosk/queue/queue_strings.h"
#include "kiosk/requests/request_strings.h"
#include "kiosk/residents/resident_strings.h"
#include "kiosk/session/home_strings.h"
#include "kiosk/staff/staff_strings.h"
#include "kiosk/sync/sync_strings.h"
#include "kiosk/volunteers/volunteer_strings.h"

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
  // The walker the font atlas uses visits every catalog in the same order for both languages.
  std::vector<std::string> zh, en;
  forEachText(Lang::Zh, [&](std::string_view t) { zh.emplace_back(t); });
  forEachText(Lang::En, [&](std::string_view t) { en.emplace_back(t); });
  REQUIRE(zh.size() == en.size());
  REQUIRE(zh.size() > 200);
  for (size_t i = 0; i < zh.size(); ++i) {
    INFO("string #" << i << ": " << zh[i] << " / " << en[i]);
    CHECK_FALSE(zh[i].empty());
    CHECK_FALSE(en[i].empty());
    CHECK(placeholders(zh[i]) == placeholders(en[i]));
  }
}

TEST_CASE("the font atlas walker visits every feature's catalog", "[strings]") {
  std::set<std::string> all;
  forEachText(Lang::Zh, [&](std::string_view t) { all.emplace(t); });
  // One word of each catalog: a catalog left out of kiosk/features.cpp has its
  // characters missing on screen.
  for (std::string_view word :
       {text(Str::Back, Lang::Zh), text(HomeStr::HomeHint, Lang::Zh),
        text(StaffStr::StaffMenuTitle, Lang::Zh), text(DeviceStr::DevicesHeading, Lang::Zh),
        text(ResidentStr::PriorityRegisterTitle, Lang::Zh),
        text(QueueStr::TicketTakenTitle, Lang::Zh), text(ApptStr::CheckInTitle, Lang::Zh),
        text(SyncStr::SyncTitle, Lang::Zh), text(ConsoleStr::ConsoleError, Lang::Zh),
        text(VolStr::SignInTitle, Lang::Zh), text(ReqStr::StatusTitle, Lang::Zh),
        text(EchoStr::Subtitle, Lang::Zh), text(FigStr::SlipTitle, Lang::Zh)}) {
    INFO(word);
    CHECK(all.count(std::string(word)) == 1);
  }
}

TEST_CASE("format fills placeholders in order", "[strings]") {
  CHECK(format(StaffStr::PinWrong, Lang::Zh, {"3"}) == "密码不对，还可以再试3次");
  CHECK(format(Str::DateLine, Lang::Zh, {"2026", "11", "24", "星期二"}) == "2026年11月24日 星期二");
  // Missing arguments leave nothing behind rather than a raw "{0}".
  CHECK(format(StaffStr::PinWrong, Lang::Zh, {}) == "密码不对，还可以再试次");
}

TEST_CASE("weekday names run from Sunday", "[strings]") {
  CHECK(weekdayName(0, Lang::Zh) == "星期日");
  CHECK(weekdayName(2, Lang::Zh) == "星期二");
  CHECK(weekdayName(6, Lang::En) == "Saturday");
}

TEST_CASE("the card reader has one name for residents: 感应区", "[strings]") {
  // Residents are told where to put the card in the same words on every screen.
  int mentions = 0;
  forEachText(Lang::Zh, [&](std::string_view t) {
    INFO(t);
    CHECK(t.find("读卡区") == std::string_view::npos);
    if (t.find("放在感应区") != std::string_view::npos) ++mentions;
  });
  CHECK(mentions >= 4);
}
