#pragma once
// What the station's TOML loader says about `toml` (read as "station.toml"), or "" when it is
// accepted: the tests of each section's mistakes read these.
#include <string>

#include "kiosk/app/config.h"

namespace yizhan::test {

inline std::string configErrorOf(const std::string& toml) {
  try {
    kiosk::parseConfig(toml, "station.toml");
  } catch (const kiosk::ConfigError& e) {
    return e.what();
  }
  return "";
}

}  // namespace yizhan::test
