// The whole queue at once: a resident takes a number at the headless kiosk, staff call it
// from the counter page in Chromium, the display shows and says it, the ticket is on paper.
#include <catch2/catch.hpp>

#include "drivers/audio/capturing_sound_output.h"
#include "kiosk/display/display_service.h"
#include "kiosk/queue/take_number_flow.h"
#include "support/kiosk_fixture.h"
#include "support/run_binary.h"

using namespace yizhan;

TEST_CASE("end to end: kiosk ticket, called in the browser, shown and said by the display",
          "[queue][e2e][browser]") {
  test::KioskFixture f;
  kiosk::Station& station = f.kiosk.station();
  station.auth().setPin("246810", "test");
  kiosk::CounterConsole* console = station.startConsole(0);
  REQUIRE(console);
  drivers::CapturingSoundOutput displaySound;
  kiosk::DisplayService display(kiosk::Config{}, f.dir.path(), f.kiosk.clock(), displaySound);

  // The resident: 取号排队 → 社保医保 → ticket A001 on screen and on paper.
  f.kiosk.tap("取号排队");
  f.kiosk.tap("社保医保");
  REQUIRE(f.kiosk.snapshot().part<yizhan::kiosk::TakeNumberPart>().ticket);
  CHECK(f.kiosk.snapshot().part<yizhan::kiosk::TakeNumberPart>().ticket->code == "A001");
  REQUIRE(f.printer().waitForTickets(1, std::chrono::seconds(5)));
  auto lines = f.printer().tickets().at(0).texts();
  CHECK(std::find(lines.begin(), lines.end(), "A001") != lines.end());

  // Staff at counter 1, in the browser.
  std::filesystem::create_directories(YIZHAN_ARTIFACT_DIR);
  std::string cmd = std::string("timeout 120 node ") + YIZHAN_WEB_TESTS + "/call_next.mjs " +
                    console->url() + " 246810 1 A001 " + YIZHAN_ARTIFACT_DIR +
                    "/e2e-counter-page.png >" + (f.dir / "out").string() + " 2>" +
                    (f.dir / "err").string();
  int status = std::system(cmd.c_str());
  INFO(test::slurp(f.dir / "err"));
  REQUIRE(WEXITSTATUS(status) == 0);

  // The display took it in on its own (store watcher), shows it and said it after a chime.
  for (int i = 0; i < 250 && !display.state().counters.at(0).code; ++i) {
    display.worker().drain();
    std::this_thread::sleep_for(std::chrono::milliseconds(20));
  }
  CHECK(display.state().counters.at(0).code == "A001");
  REQUIRE(display.waitUntilQuiet(std::chrono::seconds(20)));
  CHECK(display.spokenPhrases() == std::vector<std::string>{"请 A 零 零 一 号 到 一号窗口 办理"});
  // And the kiosk's store agrees: called at counter 1, an outbox event for each step.
  auto ticket = station.queue().ticket(
      f.kiosk.snapshot().part<yizhan::kiosk::TakeNumberPart>().ticket
          ? f.kiosk.snapshot().part<yizhan::kiosk::TakeNumberPart>().ticket->id
          : 1);
  CHECK(ticket->status == "called");
  CHECK(ticket->counter == 1);
  CHECK(ticket->printStatus == "printed");
}
