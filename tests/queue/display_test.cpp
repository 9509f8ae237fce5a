// `yizhan display`: reads the kiosk's store read-only, wakes on its commits without polling,
// announces each call once after a chime and again on a recall; and how it looks.
#include <catch2/catch.hpp>

#include <thread>

#include "kiosk/display/display_service.h"
#include "support/station_fixture.h"
#include "ui/app/display_model.h"
#include "ui/app/kiosk_app.h"

using namespace yizhan;
using namespace yizhan::kiosk;

namespace {
struct Fixture : test::StationFixture {
  drivers::CapturingSoundOutput displaySound;

  // Waits for the display to take in a commit: only what the store watcher posts runs here,
  // no tick() and no clock, so a display that polled would fail this.
  static bool noticed(DisplayService& display, std::uint64_t revision) {
    for (int i = 0; i < 250 && display.revision() == revision; ++i) {
      display.worker().drain();
      std::this_thread::sleep_for(std::chrono::milliseconds(20));
    }
    return display.revision() != revision;
  }
};
}  // namespace

TEST_CASE("the display announces each new call once after a chime, and again on a recall",
          "[queue][display]") {
  Fixture f;
  QueueService& queue = f.station.queue();
  queue.openCounter(1);
  queue.openCounter(3);
  queue.issue("social-security", false);
  queue.callNext(1);  // before the display starts: history, not news
  queue.issue("social-security", false);
  queue.issue("utilities", false);

  DisplayService display(Config{}, f.dir.path(), f.clock, f.displaySound);
  REQUIRE(display.state().storeReady);
  CHECK(display.state().counters.at(0).code == "A001");
  display.waitUntilQuiet(std::chrono::seconds(10));
  CHECK(display.spokenPhrases().empty());

  auto revision = display.revision();
  queue.callNext(3);
  REQUIRE(Fixture::noticed(display, revision));
  const DisplayState& s = display.state();
  CHECK(s.counters.at(2).code == "C001");
  CHECK(s.counters.at(2).serviceName == "水电燃气");
  CHECK(s.recent.at(0) == DisplayState::Call{"C001", "3号窗口"});
  CHECK(s.recent.at(1) == DisplayState::Call{"A001", "1号窗口"});
  CHECK(s.waiting.at(0).count == 1);  // A002 still waits
  CHECK(s.waiting.at(2).count == 0);

  revision = display.revision();
  queue.recall(3);
  REQUIRE(Fixture::noticed(display, revision));
  REQUIRE(display.waitUntilQuiet(std::chrono::seconds(20)));
  auto said = display.spokenPhrases();
  REQUIRE(said.size() == 2);
  CHECK(said[0] == "请 C 零 零 一 号 到 三号窗口 办理");
  CHECK(said[1] == said[0]);
  // The chime is played with the words: the captured sound is longer than the words alone.
  auto played = f.displaySound.played();
  REQUIRE(played.size() == 2);
  drivers::EspeakSynthesizer voice;
  CHECK(played[0].samples > voice.synthesize(said[0]).size() + voice.sampleRate() / 2);
}

TEST_CASE("the display waits for a store that does not exist yet, then shows it",
          "[queue][display]") {
  test::TempDir dir;
  ManualClock clock{test::tuesdayMorning()};
  drivers::CapturingSoundOutput sound;
  DisplayService display(Config{}, dir.path(), clock, sound);
  CHECK_FALSE(display.state().storeReady);
  CHECK(display.nextDeadline() <= clock.now() + std::chrono::seconds(2));
  drivers::CapturingSoundOutput kioskSound;
  Station station(Config{}, dir.path(), clock, kioskSound);
  station.queue().issue("consultation", false);
  display.tick();
  CHECK(display.state().storeReady);
  CHECK(display.state().waiting.at(3).count == 1);
}

TEST_CASE("call phrases say the number digit by digit and the counter in Chinese",
          "[queue][display]") {
  CHECK(DisplayService::callPhrase("A012", 3, Lang::Zh) == "请 A 零 一 二 号 到 三号窗口 办理");
  CHECK(DisplayService::callPhrase("B105", 12, Lang::Zh) == "请 B 一 零 五 号 到 十二号窗口 办理");
  CHECK(DisplayService::callPhrase("C001", 20, Lang::Zh) == "请 C 零 零 一 号 到 二十号窗口 办理");
}

TEST_CASE("the display screen, at both sizes", "[queue][display][ui]") {
  Fixture f;
  QueueService& queue = f.station.queue();
  for (int c : {1, 2}) queue.openCounter(c);
  for (int i = 0; i < 5; ++i) queue.issue("social-security", i == 3);
  queue.issue("civil-affairs", false);
  queue.callNext(1);
  queue.callNext(2);
  queue.callNext(1);
  DisplayService display(Config{}, f.dir.path(), f.clock, f.displaySound);
  ui::DisplayModel model(display);
  for (auto [w, h] : {std::pair{1920, 1080}, std::pair{1280, 800}}) {
    ui::KioskApp app(model, ui::AppOptions{w, h, true, false});
    app.settle();
    std::filesystem::create_directories(YIZHAN_ARTIFACT_DIR);
    app.saveScreenshot(std::filesystem::path(YIZHAN_ARTIFACT_DIR) /
                       ("display-" + std::to_string(w) + "x" + std::to_string(h) + ".png"));
    CHECK(app.widgets().widgets().empty());  // nothing to tap on a waiting-room screen
  }
}
