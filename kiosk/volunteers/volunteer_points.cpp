#include "kiosk/volunteers/volunteer_points.h"

#include <algorithm>

#include <nlohmann/json.hpp>

#include "data/outbox.h"
#include "data/volunteer_repository.h"
#include "kiosk/base/local_time.h"

namespace yizhan::kiosk {

namespace {
std::string monthOf(const std::string& day) {
  return day.substr(0, 7);
}
}  // namespace

void VolunteerPoints::creditShift(const data::ShiftRecord& shift) {
  if (shift.creditedMinutes <= 0) return;
  data::VolunteerPointsRepository(db_).addToMonth(shift.volunteerId, monthOf(shift.day),
                                                  shift.creditedMinutes, 0);
  const PointsRule* rule = rules_.inForce(shift.day);
  if (!rule) return;
  int wanted = shift.creditedMinutes * rule->perHourTenths / 60;
  award(shift.volunteerId, shift.day, "shift", shift.uuid, wanted, *rule);
}

bool VolunteerPoints::creditRequest(std::int64_t volunteerId, const std::string& requestUuid,
                                    const std::string& day) {
  const PointsRule* rule = rules_.inForce(day);
  if (!rule) return false;
  data::Transaction tx(db_);
  if (!award(volunteerId, day, "request", requestUuid, rule->perRequestTenths, *rule)) return false;
  tx.commit();
  return true;
}

bool VolunteerPoints::award(std::int64_t volunteerId, const std::string& day,
                            const std::string& reason, const std::string& source, int wantedTenths,
                            const PointsRule& rule) {
  if (wantedTenths <= 0) return false;
  data::VolunteerPointsRepository repo(db_);
  std::string month = monthOf(day);
  int tenths = wantedTenths;
  if (rule.monthlyCapTenths > 0) {
    std::int64_t room = rule.monthlyCapTenths - repo.month(volunteerId, month).tenths;
    tenths = static_cast<int>(std::clamp<std::int64_t>(room, 0, wantedTenths));
  }
  std::string at = formatIso(clock_.now());
  if (!repo.append(
          {0, volunteerId, day, month, tenths, wantedTenths, reason, source, rule.from, at})) {
    return false;  // earned already
  }
  repo.addToMonth(volunteerId, month, 0, tenths);
  nlohmann::json payload = {
      {"volunteer_id", volunteerId}, {"day", day},       {"reason", reason},
      {"source_id", source},         {"tenths", tenths}, {"wanted_tenths", wantedTenths},
      {"rule_from", rule.from}};
  data::Outbox(db_).append("volunteer.points_awarded", at, payload.dump());
  return true;
}

MonthStanding VolunteerPoints::standing(std::int64_t volunteerId, const std::string& month) {
  data::VolunteerPointsRepository repo(db_);
  MonthStanding s;
  s.month = month;
  data::MonthTotal total = repo.month(volunteerId, month);
  s.minutes = total.minutes;
  s.tenths = total.tenths;
  s.ranked = repo.ranked(month);
  s.rank = s.minutes > 0 ? repo.rankByMinutes(month, s.minutes) : 0;
  return s;
}

std::vector<TopVolunteer> VolunteerPoints::topTen(const std::string& month,
                                                  const std::optional<std::string>& team) {
  std::vector<TopVolunteer> out;
  data::VolunteerRepository volunteers(db_);
  for (const auto& t : data::VolunteerPointsRepository(db_).top(month, 10, team)) {
    auto v = volunteers.find(t.volunteerId);
    if (!v || v->status == "removed") continue;
    out.push_back({t.volunteerId, v->nameMasked, v->team, t.minutes, t.tenths});
  }
  return out;
}

std::vector<data::PointsEntry> VolunteerPoints::ledger(std::int64_t volunteerId,
                                                       const std::string& month) {
  return data::VolunteerPointsRepository(db_).ofVolunteer(volunteerId, month);
}

}  // namespace yizhan::kiosk
