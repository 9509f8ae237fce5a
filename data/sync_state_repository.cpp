#include "data/sync_state_repository.h"

namespace yizhan::data {

std::optional<std::string> SyncStateRepository::get(std::string_view key) {
  auto stmt = db_.prepare("SELECT value FROM sync_state WHERE key = ?1");
  stmt.bind(1, key);
  if (!stmt.step()) return std::nullopt;
  return stmt.columnText(0);
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
