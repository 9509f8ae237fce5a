// The counter console over real HTTP: login, refusals, actions, live events; and the page
// itself in headless Chromium (tests/web/counter_console.mjs).
#include <httplib.h>
#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include "drivers/audio/capturing_sound_output.h"
#include "kiosk/station.h"
#include "support/run_binary.h"
#include "support/station_fixture.h"
#include "support/temp_dir.h"
#include "support/times.h"

using namespace yizhan;
using namespace yizhan::kiosk;

namespace {
struct Fixture : test::StationFixture {
  CounterConsole* console = station.startConsole(0);
  httplib::Client client{console->url().substr(0, console->url().size() - 1)};

  Fixture() { station.auth().setPin("246810", "test"); }

  // Logs in at `counter`; returns the session cookie.
  std::string login(int counter, const std::string& pin = "246810") {
    auto res = client.Post("/login", "counter=" + std::to_string(counter) + "&pin=" + pin,
                           "application/x-www-form-urlencoded");
    REQUIRE(res);
    if (res->status != 303) return "";
    std::string cookie = res->get_header_value("Set-Cookie");
    return cookie.substr(0, cookie.find(';'));
  }
  nlohmann::json act(const std::string& cookie, const std::string& path) {
    auto res = client.Post(path.c_str(), {{"Cookie", cookie}, {"X-Yizhan", "1"}}, "", "text/plain");
    REQUIRE(res);
    REQUIRE(res->status == 200);
    return nlohmann::json::parse(res->body);
  }
};
}  // namespace

TEST_CASE("console: the PIN opens one counter's page; without it nothing is served",
          "[queue][console]") {
  Fixture f;
  auto page = f.client.Get("/");
  REQUIRE(page);
  CHECK(page->status == 200);
  CHECK(page->body.find("1号窗口") != std::string::npos);
  CHECK(page->body.find("红帆驿站（演示）") != std::string::npos);

  auto wrong = f.client.Post("/login", "counter=1&pin=1111", "application/x-www-form-urlencoded");
  CHECK(wrong->status == 403);
  CHECK(wrong->body.find("密码不对，还可以再试4次") != std::string::npos);
  // The kiosk and the console share the lockout: the failure counts at the kiosk too.
  CHECK(f.station.auth().begin().hash);

  CHECK(f.client.Get("/api/counter/1")->status == 401);
  CHECK(f.client.Get("/counter/1")->status == 303);
  std::string cookie = f.login(1);
  REQUIRE_FALSE(cookie.empty());
  auto state = f.client.Get("/api/counter/1", {{"Cookie", cookie}});
  CHECK(state->status == 200);
  CHECK(nlohmann::json::parse(state->body)["open"] == true);  // logging in opens the counter
  // The session is for counter 1 only.
  CHECK(f.client.Get("/api/counter/2", {{"Cookie", cookie}})->status == 401);
  // Actions need the page's header: a form on another site cannot send it.
  auto forged = f.client.Post("/api/counter/1/action/next", {{"Cookie", cookie}}, "", "text/plain");
  CHECK(forged->status == 403);
}

TEST_CASE("console: calling from the page changes the queue the kiosk uses", "[queue][console]") {
  Fixture f;
  f.station.queue().issue("social-security", false);
  f.station.queue().issue("social-security", true);
  std::string cookie = f.login(1);
  auto called = f.act(cookie, "/api/counter/1/action/next");
  CHECK(called["current"]["code"] == "A002");  // the priority ticket, first of the day
  CHECK(called["current"]["priority"] == true);
  CHECK(called["problem"] == "");
  auto refused = f.act(cookie, "/api/counter/1/action/no-show");
  CHECK(refused["problem"] == "请先重呼2次，再标记过号");
  f.act(cookie, "/api/counter/1/action/hold");
  auto next = f.act(cookie, "/api/counter/1/action/next");
  CHECK(next["current"]["code"] == "A001");
  REQUIRE(next["held"].size() == 1);
  auto back =
      f.act(cookie, "/api/counter/1/resume/" + std::to_string(next["held"][0]["id"].get<int>()));
  CHECK(back["current"]["code"] == "A002");
  auto moved = f.act(cookie, "/api/counter/1/transfer/utilities");
  CHECK(moved["current"] == nullptr);
  CHECK(f.station.queue().ticket(2)->queueService == "utilities");
  CHECK(f.station.queue().counterStatus(1).current == std::nullopt);
}

TEST_CASE("console: a page hears of every change at once through server-sent events",
          "[queue][console]") {
  Fixture f;
  std::string cookie = f.login(2);
  std::vector<nlohmann::json> events;
  std::string buffer;
  std::thread listener([&] {
    httplib::Client c(f.console->url().substr(0, f.console->url().size() - 1));
    c.Get("/api/counter/2/events", {{"Cookie", cookie}}, [&](const char* data, size_t n) {
      buffer.append(data, n);
      for (size_t end; (end = buffer.find("\n\n")) != std::string::npos;) {
        std::string event = buffer.substr(0, end);
        buffer.erase(0, end + 2);
        if (event.rfind("data: ", 0) == 0) events.push_back(nlohmann::json::parse(event.substr(6)));
      }
      return events.size() < 3;  // then hang up
    });
  });
  // Wait for the first event (the state on connecting), then change the queue twice.
  for (int i = 0; i < 100 && events.empty(); ++i) {
    std::this_thread::sleep_for(std::chrono::milliseconds(20));
  }
  f.station.queue().issue("civil-affairs", false);
  std::this_thread::sleep_for(std::chrono::milliseconds(100));
  f.station.queue().issue("social-security", false);
  listener.join();
  REQUIRE(events.size() == 3);
  CHECK(events[0]["waiting"] == 0);
  CHECK(events[1]["waiting"] == 1);
  CHECK(events[2]["waiting"] == 2);
}

TEST_CASE("console: a port in use is a clear error, and the kiosk goes on", "[queue][console]") {
  Fixture f;
  int port = std::stoi(f.console->url().substr(f.console->url().rfind(':') + 1));
  test::TempDir other;
  ManualClock clock{test::tuesdayMorning()};
  drivers::CapturingSoundOutput sound;
  Station second{Config{}, other.path(), clock, sound};
  CHECK_THROWS_WITH(second.startConsole(port), Catch::Contains("cannot listen"));
  CHECK(second.queue().issue("social-security", false).issued);
}

TEST_CASE("console page in Chromium: log in, call next, see the number change live",
          "[queue][console][browser]") {
  Fixture f;
  f.station.queue().issue("social-security", false);
  f.station.queue().issue("social-security", false);
  std::filesystem::create_directories(YIZHAN_ARTIFACT_DIR);
  std::string cmd = std::string("timeout 120 node ") + YIZHAN_WEB_TESTS + "/counter_console.mjs " +
                    f.console->url() + " 246810 " + YIZHAN_ARTIFACT_DIR + " >" +
                    (f.dir / "out").string() + " 2>" + (f.dir / "err").string();
  int status = std::system(cmd.c_str());
  INFO(test::slurp(f.dir / "err"));
  REQUIRE(WEXITSTATUS(status) == 0);
  auto seen = nlohmann::json::parse(test::slurp(f.dir / "out"));
  CHECK(seen["counter1"] == "A001");
  CHECK(seen["counter2"] == "A002");
  CHECK(seen["problem"] == "没有等候的号");
  // What the pages did is in the store: A001 served at counter 1, A002 called at counter 2.
  CHECK(f.station.queue().ticket(1)->status == "served");
  CHECK(f.station.queue().ticket(1)->counter == 1);
  CHECK(f.station.queue().ticket(2)->counter == 2);
  auto calls = data::TicketRepository(f.station.store().db()).callsAfter(0, 10);
  REQUIRE(calls.size() == 3);  // A001, A002, and the recall of A001
  CHECK(calls[2].kind == "recall");
}
