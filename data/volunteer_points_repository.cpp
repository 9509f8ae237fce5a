#include "data/volunteer_points_repository.h"

namespace yizhan::data {

bool VolunteerPointsRepository::append(const PointsEntry& e) {
  db_.prepare(
         "INSERT OR IGNORE INTO volunteer_points (volunteer_id, day, month, tenths, "
         "wanted_tenths, reason, source, rule_from, at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, "
         "?9)")
      .bind(1, e.volunteerId)
      .bind(2, e.day)
      .bind(3, e.month)
      .bind(4, e.tenths)
      .bind(5, e.wantedTenths)
      .bind(6, e.reason)
      .bind(7, e.source)
      .bind(8, e.ruleFrom)
      .bind(9, e.at)
      .run();
  return db_.changes() == 1;
}

std::vector<PointsEntry> VolunteerPointsRepository::ofVolunteer(std::int64_t volunteerId,
                                                                const std::string& month) {
  auto stmt = db_.prepare(
      "SELECT id, volunteer_id, day, month, tenths, wanted_tenths, reason, source, rule_from, at "
      "FROM volunteer_points WHERE volunteer_id = ?1 AND month = ?2 ORDER BY id");
  stmt.bind(1, volunteerId).bind(2, month);
  std::vector<PointsEntry> out;
  while (stmt.step()) {
    out.push_back({stmt.columnInt(0), stmt.columnInt(1), stmt.columnText(2), stmt.columnText(3),
                   static_cast<int>(stmt.columnInt(4)), static_cast<int>(stmt.columnInt(5)),
                   stmt.columnText(6), stmt.columnText(7), stmt.columnText(8), stmt.columnText(9)});
  }
  return out;
}

std::int64_t VolunteerPointsRepository::tenthsBetween(std::int64_t volunteerId,
                                                      const std::string& fromDay,
                                                      const std::string& toDay) {
  auto stmt = db_.prepare(
      "SELECT COALESCE(SUM(tenths), 0) FROM volunteer_points WHERE volunteer_id = ?1 AND "
      "day BETWEEN ?2 AND ?3");
  stmt.bind(1, volunteerId).bind(2, fromDay).bind(3, toDay);
  stmt.step();
  return stmt.columnInt(0);
}

void VolunteerPointsRepository::addToMonth(std::int64_t volunteerId, const std::string& month,
                                           std::int64_t minutes, std::int64_t tenths) {
  db_.prepare(
         "INSERT INTO volunteer_month (volunteer_id, month, minutes, tenths) VALUES (?1, ?2, ?3, "
         "?4) ON CONFLICT (volunteer_id, month) DO UPDATE SET minutes = minutes + ?3, "
         "tenths = tenths + ?4")
      .bind(1, volunteerId)
      .bind(2, month)
      .bind(3, minutes)
      .bind(4, tenths)
      .run();
}

MonthTotal VolunteerPointsRepository::month(std::int64_t volunteerId, const std::string& month) {
  auto stmt = db_.prepare(
      "SELECT minutes, tenths FROM volunteer_month WHERE volunteer_id = ?1 AND month = ?2");
  stmt.bind(1, volunteerId).bind(2, month);
  MonthTotal t{volunteerId, 0, 0};
  if (stmt.step()) {
    t.minutes = stmt.columnInt(0);
    t.tenths = stmt.columnInt(1);
  }
  return t;
}

std::int64_t VolunteerPointsRepository::rankByMinutes(const std::string& month,
                                                      std::int64_t minutes) {
  auto stmt = db_.prepare("SELECT COUNT(*) FROM volunteer_month WHERE month = ?1 AND minutes > ?2");
  stmt.bind(1, month).bind(2, minutes);
  stmt.step();
  return stmt.columnInt(0) + 1;
}

std::int64_t VolunteerPointsRepository::ranked(const std::string& month) {
  auto stmt = db_.prepare("SELECT COUNT(*) FROM volunteer_month WHERE month = ?1 AND minutes > 0");
  stmt.bind(1, month);
  stmt.step();
  return stmt.columnInt(0);
}

std::vector<MonthTotal> VolunteerPointsRepository::top(const std::string& month, int limit,
                                                       const std::optional<std::string>& team) {
  auto stmt = db_.prepare(
      team ? "SELECT m.volunteer_id, m.minutes, m.tenths FROM volunteer_month m JOIN volunteer v "
             "ON v.id = m.volunteer_id WHERE m.month = ?1 AND m.minutes > 0 AND v.team = ?3 "
             "ORDER BY m.minutes DESC, m.volunteer_id LIMIT ?2"
           : "SELECT volunteer_id, minutes, tenths FROM volunteer_month WHERE month = ?1 AND "
             "minutes > 0 ORDER BY minutes DESC, volunteer_id LIMIT ?2");
  stmt.bind(1, month).bind(2, limit);
  if (team) stmt.bind(3, *team);
  std::vector<MonthTotal> out;
  while (stmt.step()) out.push_back({stmt.columnInt(0), stmt.columnInt(1), stmt.columnInt(2)});
  return out;
}

}  // namespace yizhan::data
