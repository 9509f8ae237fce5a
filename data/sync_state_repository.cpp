#include "data/sync_state_repository.h"

namespace yizhan::data {

std::optional<std::string> SyncStateRepository::get(std::string_view key) {
  auto stmt = db_.prepare("SELECT value FROM sync_state WHERE key = ?1");
  stmt.bind(1, key);
  if (!stmt.step()) return std::nullopt;
  return stmt.columnText(0);
}

std::map<std::string, std::string> SyncStateRepository::withPrefix(std::string_view prefix) {
  // substr, not LIKE: keys may hold '_' and '%'.
  auto stmt = db_.prepare("SELECT key, value FROM sync_state WHERE substr(key, 1, ?2) = ?1");
  stmt.bind(1, prefix).bind(2, static_cast<std::int64_t>(prefix.size()));
  std::map<std::string, std::string> found;
  while (stmt.step()) found[stmt.columnText(0).substr(prefix.size())] = stmt.columnText(1);
  return found;
}

void SyncStateRepository::set(std::string_view key, std::string_view value) {
  db_.prepare(
         "INSERT INTO sync_state (key, value) VALUES (?1, ?2) "
         "ON CONFLICT (key) DO UPDATE SET value = excluded.value")
      .bind(1, key)
      .bind(2, value)
      .run();
}

}  // namespace yizhan::data
