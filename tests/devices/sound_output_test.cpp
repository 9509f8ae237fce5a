#include <catch2/catch.hpp>

#include <chrono>
#include <cstdlib>
#include <thread>
#include <vector>

#include "drivers/audio/sdl_sound_output.h"

using namespace yizhan::drivers;
using namespace std::chrono_literals;

namespace {
// SDL's dummy driver consumes audio in real time like a sound card, without one.
bool waitFor(auto condition, std::chrono::milliseconds limit) {
  auto deadline = std::chrono::steady_clock::now() + limit;
  while (std::chrono::steady_clock::now() < deadline) {
    if (condition()) return true;
    std::this_thread::sleep_for(10ms);
  }
  return condition();
}
}  // namespace

TEST_CASE("the sound device is open only while something plays", "[audio]") {
  setenv("SDL_AUDIODRIVER", "dummy", 1);
  SdlSoundOutput sound({.linger = 50ms, .probeDelay = 0ms});
  sound.waitForProbe();
  CHECK(sound.health().state == HealthState::Ok);
  CHECK_FALSE(sound.deviceOpen());  // the start-up probe closed it again

  std::vector<std::int16_t> beep(2205, 1000);  // 0.1 s at 22050 Hz
  sound.play(beep, 22050);
  CHECK(sound.deviceOpen());
  REQUIRE(waitFor([&] { return !sound.deviceOpen(); }, 5s));

  // It opens again for the next sound.
  sound.play(beep, 22050);
  CHECK(sound.deviceOpen());
}

TEST_CASE("no sound driver is a warning for staff, and playing still returns", "[audio]") {
  setenv("SDL_AUDIODRIVER", "no-such-driver", 1);
  SdlSoundOutput sound({.linger = 50ms, .probeDelay = 0ms});
  sound.waitForProbe();
  DeviceHealth health = sound.health();
  CHECK(health.state == HealthState::Warning);
  CHECK_FALSE(health.messageZh.empty());
  std::vector<std::int16_t> beep(100, 1000);
  sound.play(beep, 22050);
  CHECK_FALSE(sound.deviceOpen());
  setenv("SDL_AUDIODRIVER", "dummy", 1);
}
