#pragma once
// What the waiting-room display shows: plain data read from the store, no ImGui.
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "kiosk/base/clock.h"
#include "kiosk/echo/echo_wall.h"

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
  // This month's volunteer board, by team (the teams with hours this month).
  struct BoardEntry {
    std::string nameMasked;
    std::int64_t minutes = 0;
    bool operator==(const BoardEntry&) const = default;
  };
  struct TeamBoard {
    std::string team;
    std::vector<BoardEntry> top;  // most hours first, at most ten
    bool operator==(const TeamBoard&) const = default;
  };
  std::string boardMonth;  // YYYY-MM
  std::vector<TeamBoard> board;
  bool showingBoard = false;
  // The echo wall (回音墙): what was done in the last seven days, a page at a time; the page
  // turns every kEchoPageSeconds (how many cards a page holds is the screen's to say).
  std::vector<EchoEntry> echo;
  bool showingEcho = false;
  int echoTurn = 0;
};

inline constexpr int kEchoPageSeconds = 10;

}  // namespace yizhan::kiosk
