#pragma once
// A whole headless kiosk in a temporary data directory, with the helpers UI tests share:
// PIN entry, waiting for what devices post from their threads, the speech sink, screenshots.
#include <catch2/catch.hpp>

#include <filesystem>
#include <string>
#include <thread>

#include "support/temp_dir.h"
#include "support/times.h"
#include "ui/app/headless_kiosk.h"

namespace yizhan::test {

struct KioskFixture {
  TempDir dir;
  ui::HeadlessKiosk kiosk;
  explicit KioskFixture(int width = 1920, int height = 1080,
                        kiosk::TimePoint start = tuesdayMorning())
      : kiosk(ui::HeadlessOptions{kiosk::Config{}, dir.path(), start, width, height}) {}
  // A station with its own configuration, at 1920×1080.
  explicit KioskFixture(kiosk::Config config, int width = 1920, int height = 1080)
      : kiosk(ui::HeadlessOptions{std::move(config), dir.path(), tuesdayMorning(), width, height}) {
  }

  void enterPin(const std::string& pin) {
    for (char c : pin) kiosk.tap(std::string(1, c));
    kiosk.tap("确认");
  }
  void staffLogin() {
    kiosk.station().auth().setPin("246810", "test");
    kiosk.hold("工作人员", std::chrono::milliseconds(2100));
    enterPin("246810");
    REQUIRE(kiosk.screen() == kiosk::screens::StaffMenu);
  }
  // Taps the staff menu's entry `label`, on whichever of its pages it is.
  void tapStaffEntry(const std::string& label) {
    for (int page = 0; page < 5 && !kiosk.app().widgets().find(label); ++page) kiosk.tap("下一页");
    kiosk.tap(label);
  }
  drivers::sim::PrinterSimulator& printer() {
    return *kiosk.station().devices().printerSimulator();
  }
  // Lets the kiosk take in what devices post from their own threads, until `done`.
  template <typename Done>
  bool settleUntil(Done done) {
    for (int i = 0; i < 100; ++i) {
      kiosk.settle();
      if (done()) return true;
      std::this_thread::sleep_for(std::chrono::milliseconds(30));
    }
    return false;
  }
  // Every phrase spoken so far, once the announcer has finished.
  std::vector<std::string> spoken() {
    kiosk.station().devices().announcer()->waitUntilQuiet(std::chrono::seconds(20));
    return kiosk.station().devices().spokenPhrases();
  }
#ifdef YIZHAN_ARTIFACT_DIR
  void artifact(const std::string& name) {
    std::filesystem::create_directories(YIZHAN_ARTIFACT_DIR);
    kiosk.screenshot(std::filesystem::path(YIZHAN_ARTIFACT_DIR) / name);
  }
#endif
};

}  // namespace yizhan::test
