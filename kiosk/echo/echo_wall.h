#pragma once
// The echo wall (回音墙, "每周公示解决事"): the requests and appeals done and closed in the last
// seven days, newest first — what it was (the errand or category), where (an appeal's building
// or public place; an errand's grid, since its address is the resident's home), what was done,
// by whom (a volunteer, the community, the department), and how many working days it took.
// Nothing that names or numbers a person: no unit, room, name, phone or ID (public_note). The
// waiting-room display and the kiosk's page read it; neither needs the personal key.
#include <string>
#include <vector>

#include "data/database.h"
#include "kiosk/base/clock.h"
#include "kiosk/base/strings.h"
#include "kiosk/calendar/work_calendar.h"
#include "kiosk/residents/grid_map.h"

namespace yizhan::kiosk {

struct EchoEntry {
  bool appeal = false;
  std::string what;   // 代缴水电气费, 环境卫生
  std::string where;  // 3号楼, 停车场, 第一网格
  std::string done;   // what was done, as the public may read it
  std::string by;     // 志愿者, 社区, 城管
  int workingDays = 0;
  std::string closedDay;
  bool operator==(const EchoEntry&) const = default;
};

inline constexpr int kEchoWallDays = 7;
inline constexpr int kEchoWallMost = 60;

class EchoWall {
 public:
  EchoWall(data::Database& db, std::vector<Grid> grids) : db_(db), grids_(std::move(grids)) {}
  // Done and closed in the seven days before `now`, newest first, at most kEchoWallMost.
  std::vector<EchoEntry> recent(TimePoint now, const WorkCalendar& calendar, Lang lang);

 private:
  data::Database& db_;
  std::vector<Grid> grids_;
};

struct EchoWallPage {
  int total = 0;
  int page = 0, pages = 1;  // page counts from 0
  std::vector<EchoEntry> entries;
  bool operator==(const EchoWallPage&) const = default;
};

// Page `page` (clamped) of `all`, `perPage` to a page.
EchoWallPage echoWallPage(const std::vector<EchoEntry>& all, int page, int perPage);
// 用时2个工作日, 当天办好.
std::string echoDaysWords(int workingDays, Lang lang);

}  // namespace yizhan::kiosk
