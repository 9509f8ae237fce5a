// The echo wall (回音墙, issue 17, requirement 4) where people see it: behind its home tile at
// the kiosk (paged, the headline said as it opens) and on the waiting-room display (in the
// middle of its period, the page turning on its own, the headline announced), at the three
// screen sizes; what is drawn names and numbers nobody.
#include <catch2/catch.hpp>

#include <regex>

#include "kiosk/display/display_service.h"
#include "kiosk/echo/echo_wall_flow.h"
#include "support/echo_wall_seed.h"
#include "support/kiosk_fixture.h"
#include "support/station_fixture.h"
#include "support/touch_targets.h"
#include "ui/app/display_model.h"
#include "ui/app/kiosk_app.h"

using namespace yizhan;
using namespace yizhan::kiosk;
using namespace std::chrono_literals;

namespace {
std::string drawn(const ui::WidgetRegistry& widgets) {
  std::string all;
  for (const auto& t : widgets.texts()) all += t.text + "\n";
  return all;
}

// Nothing that names, numbers or finds 张桂兰 or the volunteer, whatever their notes said.
void checkNobodyNamed(const std::string& texts) {
  for (const char* personal :
       {"张桂兰", "张*兰", "张阿姨", "王小明", "王*明", "2单元", "301", "13911112222", "0022"}) {
    INFO(personal);
    CHECK(texts.find(personal) == std::string::npos);
  }
}

// Every run of text inside the screen: nothing cut off at an edge.
void checkInside(const ui::WidgetRegistry& widgets, int w, int h) {
  for (const auto& t : widgets.texts()) {
    INFO(t.text);
    CHECK(t.x >= 0);
    CHECK(t.x + t.w <= w + 1);
    CHECK(t.y + t.h <= h + 1);
  }
}

int pagesIn(const std::string& texts) {
  std::smatch m;
  static const std::regex pageOf("第\\d+页，共(\\d+)页");
  return std::regex_search(texts, m, pageOf) ? std::stoi(m[1]) : 1;
}
}  // namespace

TEST_CASE("回音墙 at the kiosk: its tile, the week's done matters page by page, said aloud",
          "[requests][echo][ui]") {
  for (auto [w, h] : {std::pair{1920, 1080}, std::pair{1280, 800}, std::pair{1080, 1920}}) {
    INFO(w << "x" << h);
    test::KioskFixture f(test::offeringRequests(), w, h);
    test::seedEchoWall(f.kiosk.station(), f.kiosk.clock());
    f.kiosk.settle();
    f.kiosk.tap("回音墙");
    REQUIRE(f.kiosk.screen() == screens::EchoWallScreen);
    CHECK(f.kiosk.snapshot().prompt == "回音墙。近7天，为居民办好了3件事");
    test::checkTouchTargets(f.kiosk, w, h, "echo-wall");
    f.artifact(test::sized("echo-wall", w, h));
    const auto& widgets = f.kiosk.app().widgets();
    std::string texts = drawn(widgets);
    INFO(texts);
    CHECK(texts.find("近7天为居民办好了3件事") != std::string::npos);
    // The motto where the screen has room for it beside two cards.
    if (h > w) CHECK(texts.find("每周公示解决事") != std::string::npos);
    checkInside(widgets, w, h);
    // Every page, until the three are seen.
    std::string seen = texts;
    int pages = pagesIn(texts);
    for (int page = 1; page < pages; ++page) {
      f.kiosk.tap("下一页");
      seen += drawn(widgets);
      checkInside(widgets, w, h);
    }
    if (pages > 1) f.artifact(test::sized("echo-wall-last-page", w, h));
    INFO(seen);
    CHECK(seen.find("停车 · 停车场") != std::string::npos);
    CHECK(seen.find("已清理占道车辆，划好停车线") != std::string::npos);
    CHECK(seen.find("环境卫生 · 3号楼") != std::string::npos);
    CHECK(seen.find("楼道垃圾已清运，已告知阿姨") != std::string::npos);
    CHECK(seen.find("城管 · 当天办好 · 11月24日") != std::string::npos);
    CHECK(seen.find("代缴水电气费 · 第一网格") != std::string::npos);
    CHECK(seen.find("志愿者 · 用时1个工作日 · 11月24日") != std::string::npos);
    checkNobodyNamed(seen);
    f.kiosk.tap("返回");
    CHECK(f.kiosk.screen() == screens::Home);
  }
}

TEST_CASE("an empty week says what will show there", "[requests][echo][ui]") {
  test::KioskFixture f(test::offeringRequests(), 1280, 800);
  f.kiosk.tap("回音墙");
  REQUIRE(f.kiosk.screen() == screens::EchoWallScreen);
  CHECK(f.kiosk.snapshot().prompt == "回音墙。这7天办好的事，会在这里公示");
  CHECK(drawn(f.kiosk.app().widgets()).find("这7天办好的事，会在这里公示") != std::string::npos);
}

TEST_CASE("回音墙 on the waiting-room display: halfway through its period, paged, announced",
          "[requests][echo][display]") {
  test::StationFixture f;
  test::seedEchoWall(f.station, f.clock);
  // Two more done, about the gate and the fitness square: five.
  for (const char* spot : {"小区大门", "健身广场"}) {
    AppealAsk a;
    a.anonymous = true;
    a.categoryId = "facility";
    a.spot = spot;
    std::int64_t id = f.station.appeals().submit(a).appeal->id;
    auto staff = RequestActor::staff("console-1");
    REQUIRE(test::echoAct(f.station, id, RequestAction::Start, staff));
    REQUIRE(test::echoAct(f.station, id, RequestAction::Resolve, staff, "已修好路灯"));
  }
  Config config;
  config.display.echoWallEveryMinutes = 10;
  config.display.echoWallSeconds = 40;
  drivers::CapturingSoundOutput displaySound;
  DisplayService display(config, f.dir.path(), f.clock, displaySound);
  const DisplayState& s = display.state();
  REQUIRE(s.echo.size() == 5);

  // 09:30: the start of the period is the volunteer board's; the wall waits for 09:35.
  display.tick();
  CHECK_FALSE(s.showingEcho);
  CHECK(display.nextDeadline() <= *parseLocalDateTime("2026-11-24T09:31:00"));
  f.clock.set(*parseLocalDateTime("2026-11-24T09:35:00"));
  display.tick();
  REQUIRE(s.showingEcho);
  CHECK(s.echoTurn == 0);
  CHECK(display.nextDeadline() <= *parseLocalDateTime("2026-11-24T09:35:10"));
  REQUIRE(display.waitUntilQuiet(20s));
  auto spoken = display.spokenPhrases();
  CHECK(std::find(spoken.begin(), spoken.end(), "回音墙。近7天，为居民办好了5件事") !=
        spoken.end());

  ui::DisplayModel model(display);
  auto shoot = [&](const std::string& name) {
    for (auto [w, h] : {std::pair{1920, 1080}, std::pair{1280, 800}, std::pair{1080, 1920}}) {
      INFO(w << "x" << h);
      ui::KioskApp app(model, ui::AppOptions{w, h, true, false, true});
      app.settle();
      std::string texts = drawn(app.widgets());
      INFO(texts);
      CHECK(texts.find("近7天为居民办好了5件事") != std::string::npos);
      // A page turned every ten seconds, as many as the screen needs.
      int pages = pagesIn(texts);
      CHECK(pages >= 2);
      CHECK(texts.find("第" + std::to_string(s.echoTurn % pages + 1) + "页") != std::string::npos);
      checkNobodyNamed(texts);
      checkInside(app.widgets(), w, h);
      std::filesystem::create_directories(YIZHAN_ARTIFACT_DIR);
      app.saveScreenshot(std::filesystem::path(YIZHAN_ARTIFACT_DIR) /
                         (name + "-" + std::to_string(w) + "x" + std::to_string(h) + ".png"));
    }
  };
  shoot("display-echo-wall");
  // Ten seconds on, the second page; said only once.
  f.clock.set(*parseLocalDateTime("2026-11-24T09:35:10"));
  display.tick();
  CHECK(s.showingEcho);
  CHECK(s.echoTurn == 1);
  shoot("display-echo-wall-page-2");
  f.clock.set(*parseLocalDateTime("2026-11-24T09:35:40"));
  display.tick();
  CHECK_FALSE(s.showingEcho);
  REQUIRE(display.waitUntilQuiet(20s));
  spoken = display.spokenPhrases();
  CHECK(std::count(spoken.begin(), spoken.end(), "回音墙。近7天，为居民办好了5件事") == 1);

  // A call takes the screen, and the wall keeps away for a minute after it.
  f.clock.set(*parseLocalDateTime("2026-11-24T09:45:00"));
  display.tick();
  REQUIRE(s.showingEcho);
  f.station.queue().openCounter(1);
  f.station.queue().issue("social-security", false);
  f.station.queue().callNext(1);
  for (int i = 0; i < 250 && s.showingEcho; ++i) {
    display.worker().drain();
    std::this_thread::sleep_for(20ms);
  }
  CHECK_FALSE(s.showingEcho);
  f.clock.set(*parseLocalDateTime("2026-11-24T09:45:20"));
  display.tick();
  CHECK_FALSE(s.showingEcho);
}

TEST_CASE("the display's echo wall is off when set to 0, and with nothing done",
          "[requests][echo][display]") {
  test::StationFixture f;
  Config config;
  config.display.echoWallEveryMinutes = 0;
  drivers::CapturingSoundOutput displaySound;
  f.clock.set(*parseLocalDateTime("2026-11-24T09:35:00"));
  {
    DisplayService display(config, f.dir.path(), f.clock, displaySound);
    display.tick();
    CHECK_FALSE(display.state().showingEcho);
  }
  DisplayService empty(Config{}, f.dir.path(), f.clock, displaySound);
  empty.tick();
  CHECK(empty.state().echo.empty());
  CHECK_FALSE(empty.state().showingEcho);
}
