// `yizhan display`'s monthly volunteer board (issue 15): each team's top ten by this month's
// credited hours, masked names, shown for a while every few minutes when configured, and
// never within a minute of a call; drawn at the display's sizes.
#include <catch2/catch.hpp>

#include "kiosk/display/display_service.h"
#include "support/station_fixture.h"
#include "support/volunteer_fixture.h"
#include "ui/app/display_model.h"
#include "ui/app/kiosk_app.h"

using namespace yizhan;
using namespace yizhan::kiosk;
using namespace std::chrono_literals;

namespace {
struct Fixture : test::StationFixture {
  drivers::CapturingSoundOutput displaySound;

  // Yesterday's shifts: `minutes` for a volunteer of `team`.
  void served(const char* phone, const char* name, const char* team, int minutes) {
    VolunteerDetails d = test::wangXiaoming();
    d.name = name;
    d.team = team;
    std::int64_t id = test::enrolVolunteer(station, phone, d);
    clock.set(*parseLocalDateTime("2026-11-23T09:00:00"));
    station.volunteerShifts().signIn(id, "duty");
    clock.advance(std::chrono::minutes(minutes));
    station.volunteerShifts().signOut(id);
    clock.set(test::tuesdayMorning());  // 2026-11-24 09:30:00
  }
  static Config everyFiveMinutes() {
    Config c;
    c.display.volunteerBoardEveryMinutes = 5;
    c.display.volunteerBoardSeconds = 20;
    return c;
  }
};
}  // namespace

TEST_CASE("the display's volunteer board: each team's most hours this month, masked",
          "[volunteers][display]") {
  Fixture f;
  f.served("13800000001", "王小明", "红色代办服务队", 150);
  f.served("13800000002", "李秀英", "红色代办服务队", 200);
  f.served("13800000003", "张建国", "志愿服务队", 90);
  f.served("13800000004", "赵六", "志愿服务队", 0);  // signed in and out: no hours

  DisplayService display(Fixture::everyFiveMinutes(), f.dir.path(), f.clock, f.displaySound);
  const DisplayState& s = display.state();
  CHECK(s.boardMonth == "2026-11");
  REQUIRE(s.board.size() == 2);
  CHECK(s.board[0].team == "红色代办服务队");  // the team of the month's most hours first
  CHECK(s.board[0].top == std::vector<DisplayState::BoardEntry>{{"李*英", 200}, {"王*明", 150}});
  CHECK(s.board[1].team == "志愿服务队");
  CHECK(s.board[1].top == std::vector<DisplayState::BoardEntry>{{"张*国", 90}});

  // 09:30:00 begins a five-minute cycle: the board for 20 s, then the queue again.
  display.tick();
  CHECK(s.showingBoard);
  CHECK(display.nextDeadline() <= f.clock.now() + 20s);
  f.clock.advance(21s);
  display.tick();
  CHECK_FALSE(s.showingBoard);
  CHECK(display.nextDeadline() <= *parseLocalDateTime("2026-11-24T09:35:00"));

  // The board drawn, where the waiting room reads it: masked names and the hours.
  f.clock.set(*parseLocalDateTime("2026-11-24T09:35:00"));
  display.tick();
  REQUIRE(s.showingBoard);
  ui::DisplayModel model(display);
  for (auto [w, h] : {std::pair{1920, 1080}, std::pair{1280, 800}, std::pair{1080, 1920}}) {
    ui::KioskApp app(model, ui::AppOptions{w, h, true, false, true});
    app.settle();
    std::string texts;
    for (const auto& t : app.widgets().texts()) texts += t.text + "\n";
    INFO(w << "x" << h << "\n" << texts);
    CHECK(texts.find("11月志愿服务光荣榜") != std::string::npos);
    CHECK(texts.find("李*英") != std::string::npos);
    CHECK(texts.find("3小时20分钟") != std::string::npos);
    CHECK(texts.find("张*国") != std::string::npos);
    CHECK(texts.find("1小时30分钟") != std::string::npos);
    CHECK(texts.find("李秀英") == std::string::npos);
    CHECK(texts.find("赵*") == std::string::npos);
    std::filesystem::create_directories(YIZHAN_ARTIFACT_DIR);
    app.saveScreenshot(
        std::filesystem::path(YIZHAN_ARTIFACT_DIR) /
        ("display-volunteer-board-" + std::to_string(w) + "x" + std::to_string(h) + ".png"));
  }

  // A call takes the screen at once, and the board keeps away for a minute after it.
  f.station.queue().openCounter(1);
  f.station.queue().issue("social-security", false);
  f.station.queue().callNext(1);
  for (int i = 0; i < 250 && s.showingBoard; ++i) {
    display.worker().drain();
    std::this_thread::sleep_for(20ms);
  }
  CHECK_FALSE(s.showingBoard);
  f.clock.set(*parseLocalDateTime("2026-11-24T09:39:30"));
  f.station.queue().recall(1);
  for (int i = 0; i < 250 && display.spokenPhrases().size() < 2; ++i) {
    display.worker().drain();
    std::this_thread::sleep_for(20ms);
  }
  f.clock.set(*parseLocalDateTime("2026-11-24T09:40:05"));
  display.tick();
  CHECK_FALSE(s.showingBoard);  // 35 s after the recall
  f.clock.set(*parseLocalDateTime("2026-11-24T09:45:00"));
  display.tick();
  CHECK(s.showingBoard);
}

TEST_CASE("the volunteer board is off unless configured", "[volunteers][display]") {
  Fixture f;
  f.served("13800000001", "王小明", "红色代办服务队", 150);
  DisplayService display(Config{}, f.dir.path(), f.clock, f.displaySound);
  display.tick();
  CHECK_FALSE(display.state().board.empty());
  CHECK_FALSE(display.state().showingBoard);
}
