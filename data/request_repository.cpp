#include "data/request_repository.h"

#include "data/guarded_transition.h"

namespace yizhan::data {

namespace {
constexpr const char* kColumns =
    "id, uuid, number, tracking_code, kind, resident_id, resident_masked, errand, errand_name, "
    "answers, skill, home_visit, grid, priority, state, before_hold, hold_since, volunteer_id, "
    "source, accepted_at, accepted_day, accepted_epoch, working_days, extension_days, held_days, "
    "due_day, taken_epoch, callback_tries, rounds, closed_at, purge_after, changed_at, "
    "place_building, place_unit, urgent, anonymous, department, level";

RequestRecord readRequest(const Statement& s) {
  RequestRecord r;
  int c = 0;
  r.id = s.columnInt(c++);
  r.uuid = s.columnText(c++);
  r.number = s.columnText(c++);
  r.trackingCode = s.columnText(c++);
  r.kind = s.columnText(c++);
  r.residentId = s.columnOptionalInt(c++);
  r.residentMasked = s.columnText(c++);
  r.errand = s.columnText(c++);
  r.errandName = s.columnText(c++);
  r.answers = s.columnText(c++);
  r.skill = s.columnText(c++);
  r.homeVisit = s.columnInt(c++) != 0;
  r.grid = s.columnText(c++);
  r.priority = s.columnInt(c++) != 0;
  r.state = s.columnText(c++);
  r.beforeHold = s.columnOptionalText(c++);
  r.holdSince = s.columnOptionalText(c++);
  r.volunteerId = s.columnOptionalInt(c++);
  r.source = s.columnText(c++);
  r.acceptedAt = s.columnText(c++);
  r.acceptedDay = s.columnText(c++);
  r.acceptedEpoch = s.columnInt(c++);
  r.workingDays = static_cast<int>(s.columnInt(c++));
  r.extensionDays = static_cast<int>(s.columnInt(c++));
  r.heldDays = static_cast<int>(s.columnInt(c++));
  r.dueDay = s.columnText(c++);
  r.takenEpoch = s.columnOptionalInt(c++);
  r.callbackTries = static_cast<int>(s.columnInt(c++));
  r.rounds = static_cast<int>(s.columnInt(c++));
  r.closedAt = s.columnOptionalText(c++);
  r.purgeAfter = s.columnOptionalText(c++);
  r.changedAt = s.columnText(c++);
  r.placeBuilding = s.columnText(c++);
  r.placeUnit = s.columnText(c++);
  r.urgent = s.columnInt(c++) != 0;
  r.anonymous = s.columnInt(c++) != 0;
  r.department = s.columnText(c++);
  r.level = s.columnText(c++);
  return r;
}

std::optional<RequestRecord> findWhere(Database& db, const char* where, const std::string& key) {
  auto stmt =
      db.prepare(std::string("SELECT ") + kColumns + " FROM service_request WHERE " + where);
  stmt.bind(1, key);
  if (!stmt.step()) return std::nullopt;
  return readRequest(stmt);
}

RequestEventRecord readEvent(const Statement& s) {
  RequestEventRecord e;
  e.id = s.columnInt(0);
  e.requestId = s.columnInt(1);
  e.action = s.columnText(2);
  e.fromState = s.columnOptionalText(3);
  e.toState = s.columnText(4);
  e.role = s.columnText(5);
  e.actor = s.columnText(6);
  e.volunteerId = s.columnOptionalInt(7);
  e.reason = s.columnText(8);
  e.note = s.columnText(9);
  e.at = s.columnText(10);
  e.day = s.columnText(11);
  e.department = s.columnText(12);
  e.level = s.columnText(13);
  return e;
}
}  // namespace

std::int64_t RequestRepository::insert(const RequestRecord& r) {
  auto stmt = db_.prepare(
      "INSERT INTO service_request (uuid, number, tracking_code, kind, resident_id, "
      "resident_masked, errand, errand_name, answers, skill, home_visit, grid, priority, state, "
      "volunteer_id, source, accepted_at, accepted_day, accepted_epoch, working_days, due_day, "
      "changed_at, place_building, place_unit, urgent, anonymous, department, level) VALUES "
      "(?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18, ?19, "
      "?20, ?21, ?22, ?23, ?24, ?25, ?26, ?27, ?28)");
  stmt.bind(1, r.uuid)
      .bind(2, r.number)
      .bind(3, r.trackingCode)
      .bind(4, r.kind)
      .bind(5, r.residentId)
      .bind(6, r.residentMasked)
      .bind(7, r.errand)
      .bind(8, r.errandName)
      .bind(9, r.answers)
      .bind(10, r.skill)
      .bind(11, r.homeVisit ? 1 : 0)
      .bind(12, r.grid)
      .bind(13, r.priority ? 1 : 0)
      .bind(14, r.state)
      .bind(15, r.volunteerId)
      .bind(16, r.source)
      .bind(17, r.acceptedAt)
      .bind(18, r.acceptedDay)
      .bind(19, r.acceptedEpoch)
      .bind(20, r.workingDays)
      .bind(21, r.dueDay)
      .bind(22, r.changedAt)
      .bind(23, r.placeBuilding)
      .bind(24, r.placeUnit)
      .bind(25, r.urgent ? 1 : 0)
      .bind(26, r.anonymous ? 1 : 0)
      .bind(27, r.department)
      .bind(28, r.level);
  stmt.run();
  return db_.lastInsertRowId();
}

std::int64_t RequestRepository::insertEvent(const RequestEventRecord& e) {
  auto stmt = db_.prepare(
      "INSERT INTO request_event (request_id, action, from_state, to_state, role, actor, "
      "volunteer_id, reason, note, at, day, department, level) "
      "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13)");
  stmt.bind(1, e.requestId)
      .bind(2, e.action)
      .bind(3, e.fromState)
      .bind(4, e.toState)
      .bind(5, e.role)
      .bind(6, e.actor)
      .bind(7, e.volunteerId)
      .bind(8, e.reason)
      .bind(9, e.note)
      .bind(10, e.at)
      .bind(11, e.day)
      .bind(12, e.department)
      .bind(13, e.level);
  stmt.run();
  return db_.lastInsertRowId();
}

std::optional<RequestRecord> RequestRepository::find(std::int64_t id) {
  auto stmt =
      db_.prepare(std::string("SELECT ") + kColumns + " FROM service_request WHERE id = ?1");
  stmt.bind(1, id);
  if (!stmt.step()) return std::nullopt;
  return readRequest(stmt);
}

std::optional<RequestRecord> RequestRepository::findByTracking(const std::string& code) {
  return findWhere(db_, "tracking_code = ?1", code);
}

std::optional<RequestRecord> RequestRepository::findByNumber(const std::string& number) {
  return findWhere(db_, "number = ?1", number);
}

std::optional<RequestRecord> RequestRepository::findByUuid(const std::string& uuid) {
  return findWhere(db_, "uuid = ?1", uuid);
}

std::vector<RequestRecord> RequestRepository::list(const RequestQuery& q) {
  // The SQL depends only on which filters are set, so the statement cache holds a handful.
  std::string sql = std::string("SELECT ") + kColumns + " FROM service_request WHERE 1";
  if (q.kind) sql += " AND kind = ?14";
  if (q.state) sql += " AND state = ?1";
  if (q.grid) sql += " AND grid = ?2";
  if (q.errand) sql += " AND errand = ?3";
  if (q.volunteerId) sql += " AND volunteer_id = ?4";
  if (q.residentId) sql += " AND resident_id = ?5";
  if (q.openOnly) sql += " AND closed_at IS NULL";
  if (q.dueOnOrBefore) sql += " AND due_day <= ?6";
  if (q.acceptedBefore) sql += " AND accepted_epoch < ?7";
  if (q.dueFrom) sql += " AND due_day >= ?11";
  if (q.notOnHold) sql += " AND state <> 'on_hold'";
  if (q.takeableOnly) sql += " AND state IN ('accepted', 'reopened') AND kind = 'errand'";
  if (q.workingOnly) sql += " AND state IN ('dispatched', 'taken', 'in_progress', 'on_hold')";
  if (q.skillsJson) sql += " AND (skill = '' OR skill IN (SELECT value FROM json_each(?12)))";
  if (q.gridsJson) sql += " AND grid IN (SELECT value FROM json_each(?13))";
  if (q.after) {
    sql += q.newestFirst ? " AND id < ?9" : " AND (due_day > ?8 OR (due_day = ?8 AND id > ?9))";
  }
  sql += q.newestFirst ? " ORDER BY id DESC" : " ORDER BY due_day, id";
  sql += " LIMIT ?10";
  auto stmt = db_.prepare(sql);
  if (q.kind) stmt.bind(14, *q.kind);
  if (q.state) stmt.bind(1, *q.state);
  if (q.grid) stmt.bind(2, *q.grid);
  if (q.errand) stmt.bind(3, *q.errand);
  if (q.volunteerId) stmt.bind(4, *q.volunteerId);
  if (q.residentId) stmt.bind(5, *q.residentId);
  if (q.dueOnOrBefore) stmt.bind(6, *q.dueOnOrBefore);
  if (q.acceptedBefore) stmt.bind(7, *q.acceptedBefore);
  if (q.dueFrom) stmt.bind(11, *q.dueFrom);
  if (q.skillsJson) stmt.bind(12, *q.skillsJson);
  if (q.gridsJson) stmt.bind(13, *q.gridsJson);
  if (q.after) {
    if (!q.newestFirst) stmt.bind(8, q.after->first);
    stmt.bind(9, q.after->second);
  }
  stmt.bind(10, q.limit);
  std::vector<RequestRecord> out;
  while (stmt.step()) out.push_back(readRequest(stmt));
  return out;
}

std::vector<RequestEventRecord> RequestRepository::events(std::int64_t requestId) {
  auto stmt = db_.prepare(
      "SELECT id, request_id, action, from_state, to_state, role, actor, volunteer_id, reason, "
      "note, at, day, department, level FROM request_event WHERE request_id = ?1 ORDER BY id");
  stmt.bind(1, requestId);
  std::vector<RequestEventRecord> out;
  while (stmt.step()) out.push_back(readEvent(stmt));
  return out;
}

int RequestRepository::lastNumberOn(const std::string& compactDay) {
  // A range over the unique index on number, rather than LIKE, which SQLite may not index.
  auto stmt =
      db_.prepare("SELECT max(number) FROM service_request WHERE number > ?1 AND number < ?2");
  stmt.bind(1, compactDay + "-").bind(2, compactDay + ".");
  if (!stmt.step()) return 0;
  auto last = stmt.columnOptionalText(0);
  if (!last || last->size() <= compactDay.size() + 1) return 0;
  return std::stoi(last->substr(compactDay.size() + 1));
}

bool RequestRepository::saveFrom(const RequestRecord& r, const std::string& seenState) {
  return GuardedTransition(db_, "service_request", "state")
      .move(r.id, seenState, r.state,
            "before_hold = ?4, hold_since = ?5, volunteer_id = ?6, extension_days = ?7, "
            "held_days = ?8, due_day = ?9, taken_epoch = ?10, callback_tries = ?11, rounds = ?12, "
            "closed_at = ?13, purge_after = ?14, changed_at = ?15, resident_id = ?16, "
            "department = ?17, level = ?18",
            r.beforeHold, r.holdSince, r.volunteerId, std::int64_t{r.extensionDays},
            std::int64_t{r.heldDays}, r.dueDay, r.takenEpoch, std::int64_t{r.callbackTries},
            std::int64_t{r.rounds}, r.closedAt, r.purgeAfter, r.changedAt, r.residentId,
            r.department, r.level)
      .moved;
}

std::vector<std::int64_t> RequestRepository::duePurge(const std::string& day, int limit) {
  auto stmt = db_.prepare(
      "SELECT id FROM service_request WHERE purge_after <= ?1 AND resident_id IS NOT NULL "
      "ORDER BY purge_after, id LIMIT ?2");
  stmt.bind(1, day).bind(2, limit);
  std::vector<std::int64_t> out;
  while (stmt.step()) out.push_back(stmt.columnInt(0));
  return out;
}

void RequestRepository::unlinkResident(std::int64_t id) {
  auto stmt = db_.prepare("UPDATE service_request SET resident_id = NULL WHERE id = ?1");
  stmt.bind(1, id);
  stmt.run();
}

int RequestRepository::followResident(std::int64_t residentId, const std::string& grid,
                                      bool priority, const std::string& residentMasked) {
  auto stmt = db_.prepare(
      "UPDATE service_request SET grid = CASE WHEN kind = 'errand' THEN ?2 ELSE grid END, "
      "priority = ?3, resident_masked = ?4 "
      "WHERE resident_id = ?1 AND closed_at IS NULL "
      "AND ((kind = 'errand' AND grid <> ?2) OR priority <> ?3 OR resident_masked <> ?4)");
  stmt.bind(1, residentId).bind(2, grid).bind(3, priority ? 1 : 0).bind(4, residentMasked);
  stmt.run();
  return static_cast<int>(db_.changes());
}

std::int64_t RequestRepository::count() {
  auto stmt = db_.prepare("SELECT count(*) FROM service_request");
  stmt.step();
  return stmt.columnInt(0);
}

RequestTally RequestRepository::tally(const std::string& today) {
  RequestTally t;
  auto open = db_.prepare(
      "SELECT count(*), coalesce(sum(due_day = ?1 AND state <> 'on_hold'), 0), "
      "coalesce(sum(due_day < ?1 AND state <> 'on_hold'), 0) "
      "FROM service_request WHERE closed_at IS NULL");
  open.bind(1, today);
  open.step();
  t.open = open.columnInt(0);
  t.dueToday = open.columnInt(1);
  t.overdue = open.columnInt(2);
  auto last = db_.prepare("SELECT coalesce(max(id), 0) FROM request_event");
  last.step();
  t.lastEventId = last.columnInt(0);
  return t;
}

}  // namespace yizhan::data
