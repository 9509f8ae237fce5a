#pragma once
// A station (store, queue, staff services; devices on first use) without a window, in a
// temporary data directory, at the tests' fixed Tuesday morning.
#include "drivers/audio/capturing_sound_output.h"
#include "kiosk/station.h"
#include "support/temp_dir.h"
#include "support/times.h"

namespace yizhan::test {

struct StationFixture {
  TempDir dir;
  kiosk::ManualClock clock{tuesdayMorning()};
  drivers::CapturingSoundOutput sound;
  kiosk::Station station{kiosk::Config{}, dir.path(), clock, sound};
};

}  // namespace yizhan::test
