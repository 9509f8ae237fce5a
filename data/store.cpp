#include "data/store.h"

#include <chrono>
#include <fstream>

#include "data/backup.h"
#include "data/migrations.h"

namespace yizhan::data {

namespace fs = std::filesystem;

namespace {

[[noreturn]] void throwCorrupt(const fs::path& file, const fs::path& dataDir,
                               const std::string& detail) {
  auto good = lastGoodBackup(dataDir / "backups");
  std::string message =
      "数据库文件已损坏 (database file is corrupt): " + file.string() + " — " + detail + ".\n";
  if (good) {
    message += "最近的完好备份 (last good backup): " + good->string() +
               "\n恢复方法 (to recover): yizhan admin restore " + good->string();
  } else {
    message += "没有找到完好的备份 (no good backup found in " + (dataDir / "backups").string() +
               "); 请联系技术支持, 不要删除该文件 (contact support; do not delete the file).";
  }
  throw CorruptStoreError(message, good);
}

void ensureWritableDir(const fs::path& dir) {
  std::error_code ec;
  fs::create_directories(dir, ec);
  if (ec || !fs::is_directory(dir)) {
    throw StoreError(StoreError::Kind::Open, "数据目录无法创建 (cannot create data directory) " +
                                                 dir.string() + ": " + ec.message());
  }
  fs::path probe = dir / ".write-test";
  std::ofstream out(probe);
  if (!out) {
    throw StoreError(StoreError::Kind::Open, "数据目录不可写 (data directory is not writable): " +
                                                 dir.string() + "; 请检查权限 (check permissions)");
  }
  out.close();
  fs::remove(probe, ec);
}

}  // namespace

Store Store::open(const fs::path& dataDir, const std::string& stamp) {
  ensureWritableDir(dataDir);
  fs::path file = dataDir / kFileName;
  bool existed = fs::exists(file) && fs::file_size(file) > 0;
  std::optional<Database> db;
  try {
    db.emplace(Database::open(file));
    if (existed) {
      std::string check = db->integrityCheck();
      if (check != "ok") throwCorrupt(file, dataDir, "integrity_check: " + check);
    }
  } catch (const CorruptStoreError&) {
    throw;
  } catch (const StoreError& e) {
    if (e.kind() == StoreError::Kind::Corrupt) throwCorrupt(file, dataDir, e.what());
    throw;
  }
  Store store(std::move(*db), dataDir);
  migrate(store.db_, latestSchemaVersion(), [&](int from) {
    store.backupNow(stamp, "before-migration-from-v" + std::to_string(from));
  });
  store.backupIfDue(stamp);
  return store;
}

Store Store::openReadOnly(const fs::path& dataDir) {
  fs::path file = dataDir / kFileName;
  if (!fs::exists(file)) {
    throw StoreError(StoreError::Kind::Open, "数据库不存在 (no database yet): " + file.string() +
                                                 "; 请先启动 yizhan kiosk (start the kiosk first)");
  }
  return Store(Database::open(file, OpenMode::ReadOnly), dataDir);
}

fs::path Store::backupNow(const std::string& stamp, const std::string& reason) {
  fs::path target = backupsDir() / ("yizhan-" + stamp + "-v" + std::to_string(db_.userVersion()) +
                                    "-" + reason + ".db");
  backupTo(db_, target);
  pruneBackups(backupsDir(), kBackupsKept);
  return target;
}

std::optional<fs::path> Store::backupIfDue(const std::string& stamp) {
  auto backups = listBackups(backupsDir());
  auto now = fs::file_time_type::clock::now();
  for (const auto& b : backups) {
    std::error_code ec;
    auto written = fs::last_write_time(b, ec);
    if (!ec && now - written < std::chrono::hours(24)) return std::nullopt;
  }
  return backupNow(stamp, "daily");
}

fs::path Store::restore(const fs::path& dataDir, const fs::path& backup, const std::string& stamp) {
  {
    Database check = Database::open(backup, OpenMode::ReadOnly);
    std::string result = check.integrityCheck();
    if (result != "ok") {
      throw StoreError(StoreError::Kind::Corrupt,
                       "备份也已损坏 (the backup is damaged too): " + backup.string());
    }
  }
  fs::path file = dataDir / kFileName;
  fs::path keptAside = dataDir / (std::string(kFileName) + ".replaced-" + stamp);
  if (fs::exists(file)) fs::rename(file, keptAside);
  for (const char* suffix : {"-wal", "-shm"}) {
    fs::path side = file;
    side += suffix;
    fs::path sideAside = keptAside;
    sideAside += suffix;
    if (fs::exists(side)) fs::rename(side, sideAside);
  }
  fs::copy_file(backup, file);
  return keptAside;
}

}  // namespace yizhan::data
