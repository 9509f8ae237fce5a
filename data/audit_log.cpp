#include "data/audit_log.h"

namespace yizhan::data {

void AuditLog::record(std::string_view at, std::string_view actor, std::string_view action,
                      std::string_view detail) {
  db_.prepare("INSERT INTO audit_log (at, actor, action, detail) VALUES (?1, ?2, ?3, ?4)")
      .bind(1, at)
      .bind(2, actor)
      .bind(3, action)
      .bind(4, detail)
      .run();
}

std::vector<AuditEntry> AuditLog::recent(int limit) {
  auto stmt =
      db_.prepare("SELECT at, actor, action, detail FROM audit_log ORDER BY id DESC LIMIT ?1");
  stmt.bind(1, limit);
  std::vector<AuditEntry> entries;
  while (stmt.step()) {
    entries.push_back(
        {stmt.columnText(0), stmt.columnText(1), stmt.columnText(2), stmt.columnText(3)});
  }
  return entries;
}

}  // namespace yizhan::data
