#include "data/staff_call_repository.h"

namespace yizhan::data {

std::int64_t StaffCallRepository::insert(const std::string& raisedAt, std::int64_t raisedEpoch,
                                         const std::string& source) {
  db_.prepare("INSERT INTO staff_call (raised_at, raised_epoch, source) VALUES (?1, ?2, ?3)")
      .bind(1, raisedAt)
      .bind(2, raisedEpoch)
      .bind(3, source)
      .run();
  return db_.lastInsertRowId();
}

bool StaffCallRepository::markHandled(std::int64_t id, const std::string& handledAt) {
  db_.prepare("UPDATE staff_call SET handled_at = ?1 WHERE id = ?2 AND handled_at IS NULL")
      .bind(1, handledAt)
      .bind(2, id)
      .run();
  return db_.changes() > 0;
}

namespace {
std::vector<StaffCallRecord> readCalls(Statement& stmt) {
  std::vector<StaffCallRecord> calls;
  while (stmt.step()) {
    calls.push_back({stmt.columnInt(0), stmt.columnText(1), stmt.columnInt(2), stmt.columnText(3)});
  }
  return calls;
}
}  // namespace

std::vector<StaffCallRecord> StaffCallRepository::open() {
  auto stmt = db_.prepare(
      "SELECT id, raised_at, raised_epoch, source FROM staff_call WHERE handled_at IS NULL "
      "ORDER BY id");
  return readCalls(stmt);
}

std::optional<StaffCallRecord> StaffCallRepository::newestOpen() {
  auto stmt = db_.prepare(
      "SELECT id, raised_at, raised_epoch, source FROM staff_call WHERE handled_at IS NULL "
      "ORDER BY id DESC LIMIT 1");
  auto calls = readCalls(stmt);
  if (calls.empty()) return std::nullopt;
  return calls.front();
}

}  // namespace yizhan::data
