#include "data/backup.h"

#include <sqlite3.h>

#include <algorithm>

namespace yizhan::data {

void backupTo(Database& source, const std::filesystem::path& target) {
  std::filesystem::create_directories(target.parent_path());
  std::filesystem::path partial = target;
  partial += ".partial";
  sqlite3* dest = nullptr;
  int rc =
      sqlite3_open_v2(partial.c_str(), &dest, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, nullptr);
  if (rc != SQLITE_OK) {
    sqlite3_close(dest);
    throwStoreError(nullptr, rc, "backup: cannot create " + partial.string());
  }
  sqlite3_backup* backup = sqlite3_backup_init(dest, "main", source.db_, "main");
  if (!backup) {
    std::string message = sqlite3_errmsg(dest);
    sqlite3_close(dest);
    throw StoreError(StoreError::Kind::Other, "backup: " + message);
  }
  do {
    rc = sqlite3_backup_step(backup, 256);
    if (rc == SQLITE_BUSY || rc == SQLITE_LOCKED) sqlite3_sleep(20);
  } while (rc == SQLITE_OK || rc == SQLITE_BUSY || rc == SQLITE_LOCKED);
  sqlite3_backup_finish(backup);
  int closeRc = sqlite3_close(dest);
  if (rc != SQLITE_DONE || closeRc != SQLITE_OK) {
    std::filesystem::remove(partial);
    throwStoreError(nullptr, rc != SQLITE_DONE ? rc : closeRc, "backup to " + target.string());
  }
  // Renamed only once complete, so a power cut never leaves a half backup under a good name.
  std::filesystem::rename(partial, target);
}

std::vector<std::filesystem::path> listBackups(const std::filesystem::path& dir) {
  std::vector<std::filesystem::path> result;
  std::error_code ec;
  for (const auto& entry : std::filesystem::directory_iterator(dir, ec)) {
    if (entry.is_regular_file() && entry.path().extension() == ".db") {
      result.push_back(entry.path());
    }
  }
  std::sort(result.begin(), result.end(), std::greater<>());
  return result;
}

std::optional<std::filesystem::path> lastGoodBackup(const std::filesystem::path& dir) {
  for (const auto& candidate : listBackups(dir)) {
    try {
      Database db = Database::open(candidate, OpenMode::ReadOnly);
      if (db.integrityCheck() == "ok") return candidate;
    } catch (const StoreError&) {
      // Try the next older one.
    }
  }
  return std::nullopt;
}

void pruneBackups(const std::filesystem::path& dir, size_t keep) {
  auto backups = listBackups(dir);
  for (size_t i = keep; i < backups.size(); ++i) {
    std::error_code ec;
    std::filesystem::remove(backups[i], ec);
  }
}

}  // namespace yizhan::data
