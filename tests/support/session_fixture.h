#pragma once
// The kiosk session with its real services over a temporary store and the device simulators,
// without SDL or OpenGL: flow logic tested as plain C++ (DESIGN.md §1). Intents go in as the
// screens would send them; the snapshot is what a screen would draw.
#include <catch2/catch.hpp>

#include <chrono>
#include <string>
#include <thread>

#include "kiosk/staff/staff_pin_flow.h"
#include "support/station_fixture.h"

namespace yizhan::test {

struct SessionFixture : StationFixture {
  kiosk::KioskSession& session = station.session();
  const kiosk::Snapshot& snap() { return session.snapshot(); }

  void send(const kiosk::Intent& intent) { session.dispatch(intent); }
  void keys(const std::string& digits) {
    for (char c : digits) send(kiosk::intent::KeypadKey{c});
  }
  // Lets the worker's answers (hashing, printing, device checks) reach the session.
  template <typename Done>
  bool settleUntil(Done done) {
    for (int i = 0; i < 300; ++i) {
      session.tick();
      if (done()) return true;
      std::this_thread::sleep_for(std::chrono::milliseconds(10));
    }
    return false;
  }
  // Time passes with nobody touching the screen.
  void idle(std::chrono::seconds s) {
    clock.advance(s);
    session.tick();
  }
  void staffLogin() {
    station.auth().setPin("246810", "test");
    send(kiosk::intent::OpenStaffLogin{});
    keys("246810");
    send(kiosk::intent::KeypadConfirm{});
    REQUIRE(settleUntil([&] { return snap().screen == kiosk::screens::StaffMenu; }));
  }
};

}  // namespace yizhan::test
