#include "data/volunteer_shift_repository.h"

#include "data/guarded_transition.h"

namespace yizhan::data {

namespace {
constexpr const char* kColumns =
    "id, uuid, volunteer_id, activity, station, day, start_epoch, started_at, end_epoch, "
    "ended_at, ended_by, credited_minutes, proposed_minutes, flag, status, confirmed_by, "
    "confirmed_at, correction_reason";

ShiftRecord readShift(const Statement& s) {
  ShiftRecord r;
  r.id = s.columnInt(0);
  r.uuid = s.columnText(1);
  r.volunteerId = s.columnInt(2);
  r.activity = s.columnText(3);
  r.station = s.columnText(4);
  r.day = s.columnText(5);
  r.startEpoch = s.columnInt(6);
  r.startedAt = s.columnText(7);
  r.endEpoch = s.columnOptionalInt(8);
  r.endedAt = s.columnOptionalText(9);
  r.endedBy = s.columnOptionalText(10);
  r.creditedMinutes = static_cast<int>(s.columnInt(11));
  r.proposedMinutes = static_cast<int>(s.columnInt(12));
  r.flag = s.columnText(13);
  r.status = s.columnText(14);
  r.confirmedBy = s.columnOptionalText(15);
  r.confirmedAt = s.columnOptionalText(16);
  r.correctionReason = s.columnOptionalText(17);
  return r;
}

std::string select(const char* rest) {
  return std::string("SELECT ") + kColumns + " FROM volunteer_shift " + rest;
}

std::vector<ShiftRecord> all(Statement& stmt) {
  std::vector<ShiftRecord> out;
  while (stmt.step()) out.push_back(readShift(stmt));
  return out;
}

std::optional<ShiftRecord> one(Statement& stmt) {
  if (!stmt.step()) return std::nullopt;
  return readShift(stmt);
}
}  // namespace

std::int64_t VolunteerShiftRepository::open(const ShiftRecord& s) {
  db_.prepare(
         "INSERT INTO volunteer_shift (uuid, volunteer_id, activity, station, day, start_epoch, "
         "started_at, status) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, 'open')")
      .bind(1, s.uuid)
      .bind(2, s.volunteerId)
      .bind(3, s.activity)
      .bind(4, s.station)
      .bind(5, s.day)
      .bind(6, s.startEpoch)
      .bind(7, s.startedAt)
      .run();
  return db_.lastInsertRowId();
}

std::optional<ShiftRecord> VolunteerShiftRepository::find(std::int64_t id) {
  auto stmt = db_.prepare(select("WHERE id = ?1"));
  stmt.bind(1, id);
  return one(stmt);
}

std::optional<ShiftRecord> VolunteerShiftRepository::openOf(std::int64_t volunteerId) {
  auto stmt = db_.prepare(select("WHERE volunteer_id = ?1 AND status = 'open'"));
  stmt.bind(1, volunteerId);
  return one(stmt);
}

std::vector<ShiftRecord> VolunteerShiftRepository::allOpen() {
  auto stmt = db_.prepare(select("WHERE status = 'open' ORDER BY start_epoch, id"));
  return all(stmt);
}

std::optional<ShiftRecord> VolunteerShiftRepository::latestOf(std::int64_t volunteerId) {
  auto stmt =
      db_.prepare(select("WHERE volunteer_id = ?1 ORDER BY start_epoch DESC, id DESC LIMIT 1"));
  stmt.bind(1, volunteerId);
  return one(stmt);
}

bool VolunteerShiftRepository::close(std::int64_t id, const ShiftClosing& c) {
  return GuardedTransition(db_, "volunteer_shift")
      .move(id, "open", c.status,
            "end_epoch = ?4, ended_at = ?5, ended_by = ?6, credited_minutes = ?7, "
            "proposed_minutes = ?8, flag = ?9",
            c.endEpoch, c.endedAt, c.endedBy, c.creditedMinutes, c.proposedMinutes, c.flag)
      .moved;
}

bool VolunteerShiftRepository::review(std::int64_t id, const std::string& status,
                                      int creditedMinutes, const std::string& by,
                                      const std::string& at,
                                      const std::optional<std::string>& reason) {
  return GuardedTransition(db_, "volunteer_shift")
      .move(id, "review", status,
            "credited_minutes = ?4, confirmed_by = ?5, confirmed_at = ?6, correction_reason = ?7",
            creditedMinutes, by, at, reason)
      .moved;
}

std::vector<ShiftRecord> VolunteerShiftRepository::awaitingReview() {
  auto stmt = db_.prepare(select("WHERE status = 'review' ORDER BY start_epoch, id"));
  return all(stmt);
}

std::vector<ShiftRecord> VolunteerShiftRepository::ofVolunteerBetween(std::int64_t volunteerId,
                                                                      const std::string& fromDay,
                                                                      const std::string& toDay) {
  auto stmt = db_.prepare(
      select("WHERE volunteer_id = ?1 AND day BETWEEN ?2 AND ?3 ORDER BY start_epoch, id"));
  stmt.bind(1, volunteerId).bind(2, fromDay).bind(3, toDay);
  return all(stmt);
}

std::int64_t VolunteerShiftRepository::creditedMinutes(std::int64_t volunteerId,
                                                       const std::string& fromDay,
                                                       const std::string& toDay) {
  auto stmt = db_.prepare(
      "SELECT COALESCE(SUM(credited_minutes), 0) FROM volunteer_shift "
      "WHERE volunteer_id = ?1 AND day BETWEEN ?2 AND ?3");
  stmt.bind(1, volunteerId).bind(2, fromDay).bind(3, toDay);
  stmt.step();
  return stmt.columnInt(0);
}

std::vector<VolunteerMinutes> VolunteerShiftRepository::creditedByVolunteer(
    const std::string& fromDay, const std::string& toDay) {
  auto stmt = db_.prepare(
      "SELECT volunteer_id, SUM(credited_minutes) AS m FROM volunteer_shift "
      "WHERE day BETWEEN ?1 AND ?2 GROUP BY volunteer_id ORDER BY m DESC, volunteer_id");
  stmt.bind(1, fromDay).bind(2, toDay);
  std::vector<VolunteerMinutes> out;
  while (stmt.step()) out.push_back({stmt.columnInt(0), stmt.columnInt(1)});
  return out;
}

}  // namespace yizhan::data
