#include "kiosk/echo/echo_wall.h"

#include <algorithm>

#include "data/echo_wall_repository.h"
#include "kiosk/base/local_time.h"
#include "kiosk/echo/echo_strings.h"
#include "kiosk/echo/public_note.h"

namespace yizhan::kiosk {

std::vector<EchoEntry> EchoWall::recent(TimePoint now, const WorkCalendar& calendar, Lang lang) {
  std::string since = formatIso(now - std::chrono::hours(24 * kEchoWallDays));
  const std::string who(text(EchoStr::ByVolunteer, lang));
  const std::string community(text(EchoStr::ByCommunity, lang));
  std::vector<EchoEntry> out;
  for (const data::EchoWallRow& row :
       data::EchoWallRepository(db_).doneSince(since, kEchoWallMost)) {
    EchoEntry e;
    e.appeal = row.kind == "appeal";
    e.what = row.errandName;
    if (e.appeal) {
      e.where = row.placeBuilding;
    } else {
      const Grid* grid = gridById(grids_, row.grid);
      e.where = grid ? grid->name : "";
    }
    e.done = publicNote(row.note, {{row.residentMasked, "居民"}, {row.volunteerMasked, who}});
    e.by = e.appeal ? (row.department.empty() ? community : row.department)
                    : (row.volunteerMasked.empty() ? community : who);
    int days = calendar.workingDaysBetween(row.acceptedDay, row.resolvedDay) - row.heldDays;
    e.workingDays = std::max(0, days);
    e.closedDay = row.closedAt.substr(0, 10);
    out.push_back(std::move(e));
  }
  return out;
}

EchoWallPage echoWallPage(const std::vector<EchoEntry>& all, int page, int perPage) {
  EchoWallPage p;
  perPage = std::max(1, perPage);
  p.total = static_cast<int>(all.size());
  p.pages = std::max(1, (p.total + perPage - 1) / perPage);
  p.page = std::clamp(page, 0, p.pages - 1);
  auto from = all.begin() + std::min<std::ptrdiff_t>(p.total, p.page * perPage);
  auto to = all.begin() + std::min<std::ptrdiff_t>(p.total, (p.page + 1) * perPage);
  p.entries.assign(from, to);
  return p;
}

std::string echoDaysWords(int workingDays, Lang lang) {
  if (workingDays <= 0) return std::string(text(EchoStr::SameDay, lang));
  return format(EchoStr::WorkingDays, lang, {std::to_string(workingDays)});
}

}  // namespace yizhan::kiosk
