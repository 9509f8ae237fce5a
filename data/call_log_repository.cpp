#include "data/call_log_repository.h"

namespace yizhan::data {

namespace {
std::vector<CallRecord> readCalls(Statement& s) {
  std::vector<CallRecord> out;
  while (s.step()) {
    out.push_back({s.columnInt(0), s.columnInt(1), s.columnText(2),
                   static_cast<int>(s.columnInt(3)), s.columnText(4), s.columnText(5)});
  }
  return out;
}
}  // namespace

void CallLogRepository::append(const CallRecord& call) {
  db_.prepare("INSERT INTO call_log (ticket_id, code, counter, kind, at) VALUES (?1,?2,?3,?4,?5)")
      .bind(1, call.ticketId)
      .bind(2, call.code)
      .bind(3, call.counter)
      .bind(4, call.kind)
      .bind(5, call.at)
      .run();
}

std::vector<CallRecord> CallLogRepository::after(std::int64_t afterId, int limit) {
  auto stmt = db_.prepare(
      "SELECT id, ticket_id, code, counter, kind, at FROM call_log WHERE id > ?1 ORDER BY id "
      "LIMIT ?2");
  stmt.bind(1, afterId).bind(2, limit);
  return readCalls(stmt);
}

std::vector<CallRecord> CallLogRepository::recent(int limit) {
  auto stmt = db_.prepare(
      "SELECT id, ticket_id, code, counter, kind, at FROM call_log ORDER BY id DESC LIMIT ?1");
  stmt.bind(1, limit);
  return readCalls(stmt);
}

}  // namespace yizhan::data
