#include "data/ticket_repository.h"

#include <sqlite3.h>

namespace yizhan::data {

int TicketRepository::nextNumber(const std::string& service, const std::string& day) {
  auto stmt = db_.prepare(
      "SELECT COALESCE(MAX(number), 0) + 1 FROM ticket "
      "WHERE service = ?1 AND day = ?2");
  stmt.bind(1, service).bind(2, day);
  stmt.step();
  return static_cast<int>(stmt.columnInt(0));
}

std::int64_t TicketRepository::insert(const TicketRecord& t) {
  db_.prepare(
         "INSERT INTO ticket (service, day, number, code, tracking_code, priority, "
         "issued_at, print_status) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)")
      .bind(1, t.service)
      .bind(2, t.day)
      .bind(3, static_cast<std::int64_t>(t.number))
      .bind(4, t.code)
      .bind(5, t.trackingCode)
      .bind(6, static_cast<std::int64_t>(t.priority ? 1 : 0))
      .bind(7, t.issuedAt)
      .bind(8, t.printStatus.empty() ? std::string("pending") : t.printStatus)
      .run();
  return db_.lastInsertRowId();
}

std::optional<TicketRecord> TicketRepository::find(std::int64_t id) {
  auto stmt = db_.prepare(
      "SELECT id, service, day, number, code, tracking_code, priority, "
      "issued_at, print_status FROM ticket WHERE id = ?1");
  stmt.bind(1, id);
  if (!stmt.step()) return std::nullopt;
  return TicketRecord{stmt.columnInt(0),      stmt.columnText(1),
                      stmt.columnText(2),     static_cast<int>(stmt.columnInt(3)),
                      stmt.columnText(4),     stmt.columnText(5),
                      stmt.columnInt(6) != 0, stmt.columnText(7),
                      stmt.columnText(8)};
}

bool TicketRepository::setPrintStatus(std::int64_t id, const std::string& status) {
  db_.prepare("UPDATE ticket SET print_status = ?1 WHERE id = ?2")
      .bind(1, status)
      .bind(2, id)
      .run();
  return sqlite3_changes(db_.raw()) > 0;
}

}  // namespace yizhan::data
