#pragma once
// Numbered, forward-only schema migrations tracked in PRAGMA user_version.
#include <functional>
#include <span>

#include "data/database.h"

namespace yizhan::data {

struct Migration {
  int version;
  const char* name;
  const char* sql;
};

std::span<const Migration> allMigrations();
int latestSchemaVersion();

// Applies every migration above the file's user_version up to `target`, each in its own
// transaction. `beforeFirst` runs once, before anything changes, if there is work to do on a
// database that already holds data (version > 0): the store takes its backup there.
// Throws StoreError if the file is newer than this program knows.
void migrate(Database& db, int target = latestSchemaVersion(),
             const std::function<void(int fromVersion)>& beforeFirst = {});

}  // namespace yizhan::data
