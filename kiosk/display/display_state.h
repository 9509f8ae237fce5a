#pragma once
// What the waiting-room display shows: plain data read from the store, no ImGui.
#include <optional>
#include <string>
#include <vector>

#include "kiosk/base/clock.h"

namespace yizhan::kiosk {

struct DisplayState {
  struct Counter {
    int number = 0;
    std::string name;
    bool open = false;
    std::optional<std::string> code;  // the number called there now
    std::string serviceName;
    bool operator==(const Counter&) const = default;
  };
  struct Call {
    std::string code;
    std::string counterName;
    bool operator==(const Call&) const = default;
  };
  struct Waiting {
    std::string serviceName;
    int count = 0;
    bool operator==(const Waiting&) const = default;
  };
  std::string stationName;
  TimePoint now;
  bool storeReady = false;  // false until the kiosk has created the store
  std::vector<Counter> counters;
  std::vector<Call> recent;  // newest first
  std::vector<Waiting> waiting;
};

}  // namespace yizhan::kiosk
