// The counter console over real HTTP: login, refusals, actions, live events; and the page
// itself in headless Chromium (tests/web/counter_console.mjs).
#include <httplib.h>
#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include "data/appointment_repository.h"
#include "data/call_log_repository.h"
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

TEST_CASE("console: the PIN opens one counter's page, without it nothing is served",
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
  // The console keeps its own lockout: a wrong PIN from the network does not count at the
  // kiosk's keypad (tests/foundation/console_security_test.cpp tries a burst of them).
  CHECK_FALSE(f.station.auth().lockRemaining());

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
  auto calls = data::CallLogRepository(f.station.store().db()).after(0, 10);
  REQUIRE(calls.size() == 3);  // A001, A002, and the recall of A001
  CHECK(calls[2].kind == "recall");
}

TEST_CASE("console: staff book for a resident at the window and check a booking in",
          "[queue][console][appointments]") {
  Fixture f;
  std::string cookie = f.login(1);
  auto state = f.act(cookie, "/api/counter/1/action/recall");  // any call gives the state
  // Counter 1 serves 社保医保 (bookable) and 综合咨询 (not): one bookable service.
  REQUIRE(state["booking"].size() == 1);
  CHECK(state["booking"][0]["id"] == "social-security");
  CHECK(state["booking"][0]["days"][0]["label"] == "11月24日 星期二");
  CHECK(state["appointments"].empty());

  auto slots =
      f.client.Get("/api/counter/1/slots/social-security/2026-11-24", {{"Cookie", cookie}});
  REQUIRE(slots);
  auto free = nlohmann::json::parse(slots->body);
  CHECK(free[0]["label"] == "10:00-10:30");  // 09:30 has begun
  CHECK(free[0]["free"] == 2);

  auto book = [&](const std::string& who, int slot) {
    nlohmann::json body = {
        {"service", "social-security"}, {"day", "2026-11-24"}, {"slot", slot}, {"who", who}};
    auto res = f.client.Post("/api/counter/1/book", {{"Cookie", cookie}, {"X-Yizhan", "1"}},
                             body.dump(), "application/json");
    REQUIRE(res);
    REQUIRE(res->status == 200);
    return nlohmann::json::parse(res->body);
  };
  CHECK(book("12345", 600)["problem"] == "请输入11位手机号或18位身份证号");
  auto booked = book("11010519491231002X", 600);  // the ID number off the resident's card
  CHECK(booked["problem"] == "");
  CHECK(std::string(booked["notice"]).rfind("已预约 11月24日 星期二 10:00-10:30，预约号 ", 0) == 0);
  REQUIRE(booked["appointments"].size() == 1);
  CHECK(booked["appointments"][0]["holder"] == "110***********002X");
  CHECK(booked["appointments"][0]["status_text"] == "已预约");
  CHECK(book("11010519491231002X", 630)["problem"] == "您这一天已经预约过这项业务了");
  CHECK(book("13800000001", 600)["problem"] == "");
  CHECK(book("13800000002", 600)["problem"] == "这个时间刚刚约满了，请另选时间");
  // Nothing of the ID number but its masked form and keyed hash is in the store.
  auto stored = data::AppointmentRepository(f.station.store().db()).ofDay("2026-11-24");
  REQUIRE(stored.size() == 2);
  CHECK(stored[0].holderHash.find("11010519491231002X") == std::string::npos);

  // A booking from another page without the header is refused.
  auto forged = f.client.Post("/api/counter/1/check-in/1", {{"Cookie", cookie}}, "", "text/plain");
  REQUIRE(forged);
  CHECK(forged->status == 403);
  auto in = f.act(cookie, "/api/counter/1/check-in/" + std::to_string(stored[0].id));
  CHECK(in["notice"] == "已签到，号码 A001");
  CHECK(in["appointments"][0]["status_text"] == "已签到 A001");
  CHECK(f.act(cookie, "/api/counter/1/check-in/" + std::to_string(stored[0].id))["problem"] ==
        "您已经签到过了，您的号码是A001");
  // Called like any ticket, and staff see it is a booking and for when.
  auto called = f.act(cookie, "/api/counter/1/action/next");
  CHECK(called["current"]["code"] == "A001");
  CHECK(called["current"]["booked_at"] == "10:00");
  CHECK(f.act(cookie, "/api/counter/1/check-in/999")["problem"] ==
        "没有找到您今天的预约。如要办事，请点“取号排队”");
}

TEST_CASE("console page in Chromium: book a time for a resident and check them in",
          "[queue][console][browser][appointments]") {
  Fixture f;
  std::filesystem::create_directories(YIZHAN_ARTIFACT_DIR);
  std::string cmd = std::string("timeout 120 node ") + YIZHAN_WEB_TESTS +
                    "/appointment_console.mjs " + f.console->url() + " 246810 " +
                    YIZHAN_ARTIFACT_DIR + " >" + (f.dir / "out").string() + " 2>" +
                    (f.dir / "err").string();
  int status = std::system(cmd.c_str());
  INFO(test::slurp(f.dir / "err"));
  REQUIRE(WEXITSTATUS(status) == 0);
  auto seen = nlohmann::json::parse(test::slurp(f.dir / "out"));
  CHECK(seen["service"] == "社保医保");
  CHECK(seen["slot"] == "10:00-10:30（余2）");
  CHECK(seen["listed"] == "已预约");
  CHECK(seen["checkedIn"] == "已签到，号码 A001");
  auto stored = data::AppointmentRepository(f.station.store().db()).ofDay("2026-11-24");
  REQUIRE(stored.size() == 1);
  CHECK(stored[0].source == "console");
  CHECK(stored[0].status == "checked_in");
}
