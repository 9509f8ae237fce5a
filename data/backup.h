#pragma once
// Online backups with SQLite's backup API, kept in <data dir>/backups.
#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include "data/database.h"

namespace yizhan::data {

// Copies the live database into `target` page by page while it stays usable.
void backupTo(Database& source, const std::filesystem::path& target);

// Backups in `dir`, newest first (names sort by their timestamp).
std::vector<std::filesystem::path> listBackups(const std::filesystem::path& dir);

// The newest backup that opens and passes integrity_check, if any.
std::optional<std::filesystem::path> lastGoodBackup(const std::filesystem::path& dir);

// Keeps the newest `keep` backups and deletes the rest.
void pruneBackups(const std::filesystem::path& dir, size_t keep);

}  // namespace yizhan::data
