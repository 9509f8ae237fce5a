#pragma once
// Everything a screen needs to draw itself, copied out of the session: screens read this and
// nothing else.
#include <chrono>
#include <optional>
#include <string>
#include <vector>

#include "drivers/device_health.h"
#include "kiosk/clock.h"
#include "kiosk/intents.h"
#include "kiosk/screen.h"
#include "kiosk/staff_calls.h"
#include "kiosk/strings.h"

namespace yizhan::kiosk {

struct HomeTile {
  TileId id;
  Str label;
  bool urgent;  // drawn in the alert colour
};

// One device as staff see it in the staff menu.
struct DeviceView {
  std::string name;  // in the kiosk's language
  drivers::HealthState state = drivers::HealthState::Ok;
  std::string message;  // what to do; empty when OK
  bool operator==(const DeviceView&) const = default;
};

enum class PinState { Entering, Verifying, Wrong, Locked, NotSet };

struct Snapshot {
  Screen screen = Screen::Home;
  Lang lang = Lang::Zh;
  std::string stationName;
  std::string stationId;
  std::string appVersion;
  int schemaVersion = 0;
  TimePoint now;  // refreshed once a minute (once a second while a countdown runs)

  std::vector<HomeTile> tiles;

  bool callWasAlreadyOpen = false;

  int pinDigits = 0;  // the PIN itself never leaves the session
  PinState pinState = PinState::Entering;
  int triesLeft = 0;
  std::chrono::seconds lockRemaining{0};

  std::vector<StaffCallView> openCalls;
  std::vector<DeviceView> devices;  // empty until the first check has answered

  std::optional<Str> error;  // shown until the screen changes
};

}  // namespace yizhan::kiosk
