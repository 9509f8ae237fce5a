#pragma once
// The station's durable store: one SQLite file in the data directory, checked, backed up and
// migrated before anyone uses it.
#include <filesystem>
#include <optional>
#include <string>

#include "data/database.h"

namespace yizhan::data {

// Raised when the database file cannot be trusted. The message names the last good backup.
class CorruptStoreError : public StoreError {
 public:
  CorruptStoreError(const std::string& what, std::optional<std::filesystem::path> lastGood)
      : StoreError(Kind::Corrupt, what), lastGoodBackup(std::move(lastGood)) {}
  std::optional<std::filesystem::path> lastGoodBackup;
};

class Store {
 public:
  static constexpr const char* kFileName = "yizhan.db";
  static constexpr size_t kBackupsKept = 14;

  // `stamp` (e.g. 20261124-093000) names any backup taken while opening.
  static Store open(const std::filesystem::path& dataDir, const std::string& stamp);

  // Opens an existing store for reading only (the display process). No migration.
  static Store openReadOnly(const std::filesystem::path& dataDir);

  Database& db() { return db_; }
  const std::filesystem::path& dataDir() const { return dataDir_; }
  std::filesystem::path backupsDir() const { return dataDir_ / "backups"; }

  // Takes a backup unless one was taken in the last 24 hours. Returns its path if taken.
  std::optional<std::filesystem::path> backupIfDue(const std::string& stamp);
  std::filesystem::path backupNow(const std::string& stamp, const std::string& reason);

  // Replaces the database file with `backup`, keeping the old file beside it as
  // yizhan.db.replaced-<stamp>. The store must not be open.
  static std::filesystem::path restore(const std::filesystem::path& dataDir,
                                       const std::filesystem::path& backup,
                                       const std::string& stamp);

 private:
  Store(Database db, std::filesystem::path dataDir)
      : db_(std::move(db)), dataDir_(std::move(dataDir)) {}
  Database db_;
  std::filesystem::path dataDir_;
};

}  // namespace yizhan::data
