#include "data/appeal_reply_repository.h"

namespace yizhan::data {

namespace {
constexpr const char* kColumns =
    "id, reply_id, appeal_uuid, request_id, department, kind, note, at, arrived_at, outcome, "
    "detail, handled_at";

AppealReplyRecord readReply(const Statement& s) {
  AppealReplyRecord r;
  r.id = s.columnInt(0);
  r.replyId = s.columnText(1);
  r.appealUuid = s.columnText(2);
  r.requestId = s.columnOptionalInt(3);
  r.department = s.columnText(4);
  r.kind = s.columnText(5);
  r.note = s.columnText(6);
  r.at = s.columnText(7);
  r.arrivedAt = s.columnText(8);
  r.outcome = s.columnText(9);
  r.detail = s.columnText(10);
  r.handledAt = s.columnOptionalText(11);
  return r;
}
}  // namespace

bool AppealReplyRepository::known(const std::string& replyId) {
  auto stmt = db_.prepare("SELECT 1 FROM appeal_reply WHERE reply_id = ?1");
  stmt.bind(1, replyId);
  return stmt.step();
}

std::int64_t AppealReplyRepository::insert(const AppealReplyRecord& r) {
  auto stmt = db_.prepare(
      "INSERT INTO appeal_reply (reply_id, appeal_uuid, request_id, department, kind, note, at, "
      "arrived_at, outcome, detail) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)");
  stmt.bind(1, r.replyId)
      .bind(2, r.appealUuid)
      .bind(3, r.requestId)
      .bind(4, r.department)
      .bind(5, r.kind)
      .bind(6, r.note)
      .bind(7, r.at)
      .bind(8, r.arrivedAt)
      .bind(9, r.outcome)
      .bind(10, r.detail);
  stmt.run();
  return db_.lastInsertRowId();
}

std::optional<AppealReplyRecord> AppealReplyRepository::find(std::int64_t id) {
  auto stmt = db_.prepare(std::string("SELECT ") + kColumns + " FROM appeal_reply WHERE id = ?1");
  stmt.bind(1, id);
  if (!stmt.step()) return std::nullopt;
  return readReply(stmt);
}

std::vector<AppealReplyRecord> AppealReplyRepository::kept(int limit) {
  auto stmt = db_.prepare(std::string("SELECT ") + kColumns +
                          " FROM appeal_reply WHERE outcome NOT IN ('applied', 'stale') AND "
                          "handled_at IS NULL ORDER BY id LIMIT ?1");
  stmt.bind(1, limit);
  std::vector<AppealReplyRecord> out;
  while (stmt.step()) out.push_back(readReply(stmt));
  return out;
}

std::int64_t AppealReplyRepository::keptCount() {
  auto stmt = db_.prepare(
      "SELECT count(*) FROM appeal_reply WHERE outcome NOT IN ('applied', 'stale') AND "
      "handled_at IS NULL");
  stmt.step();
  return stmt.columnInt(0);
}

std::vector<AppealReplyRecord> AppealReplyRepository::ofRequest(std::int64_t requestId) {
  auto stmt = db_.prepare(std::string("SELECT ") + kColumns +
                          " FROM appeal_reply WHERE request_id = ?1 ORDER BY id");
  stmt.bind(1, requestId);
  std::vector<AppealReplyRecord> out;
  while (stmt.step()) out.push_back(readReply(stmt));
  return out;
}

bool AppealReplyRepository::markHandled(std::int64_t id, const std::string& at) {
  auto stmt = db_.prepare(
      "UPDATE appeal_reply SET handled_at = ?2 WHERE id = ?1 AND handled_at IS NULL AND "
      "outcome NOT IN ('applied', 'stale')");
  stmt.bind(1, id).bind(2, at);
  stmt.run();
  return db_.changes() > 0;
}

}  // namespace yizhan::data
