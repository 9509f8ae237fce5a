#pragma once
// A station offering on-behalf requests with its counter console started and staff logged in
// at counter 1 (PIN 246810): 张桂兰 on the residents' roster, 王小明 on the volunteers'. The
// requests and residents console tests speak to it over real HTTP.
#include <httplib.h>

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include "drivers/audio/capturing_sound_output.h"
#include "kiosk/station.h"
#include "support/console_login.h"
#include "support/request_fixture.h"
#include "support/temp_dir.h"
#include "support/times.h"
#include "support/volunteer_fixture.h"

namespace yizhan::test {

struct RequestConsoleFixture {
  TempDir dir;
  kiosk::ManualClock clock{tuesdayMorning()};
  drivers::CapturingSoundOutput sound;
  kiosk::Station station{offeringRequests(), dir.path(), clock, sound};
  kiosk::CounterConsole* console = station.startConsole(0);
  httplib::Client client{console->url().substr(0, console->url().size() - 1)};
  std::string cookie;
  std::int64_t zhang =
      station.requests().residents().enrollOrUpdate(zhangGuilan(), "staff", "t").resident->id;
  std::int64_t wang = enrolVolunteer(station);

  RequestConsoleFixture() {
    station.auth().setPin("246810", "test");
    cookie = consoleLogin(client, 1, "246810");
  }
  // A step posted as the console's own page does; the answer, after checking its status.
  nlohmann::json post(const std::string& path, const nlohmann::json& body, int status = 200) {
    auto res = client.Post(path.c_str(), {{"Cookie", cookie}, {"X-Yizhan", "1"}}, body.dump(),
                           "application/json");
    REQUIRE(res);
    INFO(res->body);
    REQUIRE(res->status == status);
    return nlohmann::json::parse(res->body);
  }
  nlohmann::json get(const std::string& path, int status = 200) {
    auto res = client.Get(path.c_str(), {{"Cookie", cookie}});
    REQUIRE(res);
    INFO(res->body);
    REQUIRE(res->status == status);
    return nlohmann::json::parse(res->body);
  }
};

}  // namespace yizhan::test
