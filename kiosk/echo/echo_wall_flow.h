#pragma once
// The echo wall (回音墙) at the kiosk: a home tile that opens what was done for residents in
// the last seven days, paged, its headline said aloud (近7天为居民办好了N件事). Read when the
// tile is tapped; nothing on it names a person, so it needs no card.
#include <vector>

#include "kiosk/base/live.h"
#include "kiosk/calendar/work_calendar.h"
#include "kiosk/echo/echo_wall.h"
#include "kiosk/session/flow.h"

namespace yizhan::kiosk {

namespace screens {
inline constexpr Screen EchoWallScreen{"echo-wall", Audience::Resident};
}  // namespace screens

namespace tiles {
inline constexpr TileId EchoWallTile{"echo-wall", 50};
}  // namespace tiles

struct EchoWallPart {
  std::vector<EchoEntry> entries;  // newest first
  bool unreadable = false;         // the store could not be read: said so, not an empty wall
};

// What the echo wall reads: the store's lately done requests and the working-day calendar.
struct EchoWallSource {
  EchoWall& wall;
  const Live<WorkCalendar>& calendar;
};

class EchoWallFlow : public Flow {
 public:
  EchoWallFlow(FlowHost& host, EchoWallSource source) : host_(host), source_(source) {}
  std::span<const Screen> shows() const override { return kScreens; }
  bool handle(const Intent& intent) override;
  void forget() override;
  void addTiles(std::vector<HomeTile>& tiles) override;
  std::string prompt(const Screen& screen) const override;

 private:
  static constexpr Screen kScreens[] = {screens::EchoWallScreen};
  FlowHost& host_;
  EchoWallSource source_;
};

}  // namespace yizhan::kiosk
