#include <catch2/catch.hpp>
#include <fstream>

#include "data/backup.h"
#include "data/migrations.h"
#include "data/outbox.h"
#include "data/store.h"
#include "support/temp_dir.h"

using namespace yizhan::data;
using yizhan::test::TempDir;

namespace {
std::string pragma(Database& db, const std::string& name) {
  auto stmt = db.prepare("PRAGMA " + name);
  stmt.step();
  return stmt.columnText(0);
}

std::int64_t count(Database& db, const std::string& table) {
  auto stmt = db.prepare("SELECT count(*) FROM " + table);
  stmt.step();
  return stmt.columnInt(0);
}

void appendEvent(Database& db, const std::string& type) {
  Transaction tx(db);
  Outbox(db).append(type, "2026-11-24T09:30:00+08:00", "{}");
  tx.commit();
}
}  // namespace

TEST_CASE("every connection is WAL, synchronous=FULL, with foreign keys", "[store]") {
  TempDir dir;
  Store store = Store::open(dir.path(), "20261124-093000");
  CHECK(pragma(store.db(), "journal_mode") == "wal");
  CHECK(pragma(store.db(), "synchronous") == "2");  // FULL
  CHECK(pragma(store.db(), "foreign_keys") == "1");
  CHECK(std::stoi(pragma(store.db(), "busy_timeout")) >= 1000);
}

TEST_CASE("migrations run from an empty file to the latest version", "[store][migrations]") {
  TempDir dir;
  Store store = Store::open(dir.path(), "20261124-093000");
  CHECK(store.db().userVersion() == latestSchemaVersion());
  CHECK(store.db().integrityCheck() == "ok");
  // Versions are numbered 1..N without gaps.
  int expected = 1;
  for (const Migration& m : allMigrations()) CHECK(m.version == expected++);
}

TEST_CASE("migrations run from every earlier version, keeping data, after a backup",
          "[store][migrations]") {
  for (int from = 1; from < latestSchemaVersion(); ++from) {
    DYNAMIC_SECTION("from version " << from) {
      TempDir dir;
      {
        Database db = Database::open(dir / Store::kFileName);
        migrate(db, from);
        REQUIRE(db.userVersion() == from);
        appendEvent(db, "test.before_upgrade");
      }
      Store store = Store::open(dir.path(), "20261124-093000");
      CHECK(store.db().userVersion() == latestSchemaVersion());
      CHECK(Outbox(store.db()).pendingCount() == 1);
      auto backups = listBackups(store.backupsDir());
      bool tookMigrationBackup = false;
      for (const auto& b : backups) {
        if (b.filename().string().find("before-migration-from-v" + std::to_string(from)) !=
            std::string::npos) {
          tookMigrationBackup = true;
          Database old = Database::open(b, OpenMode::ReadOnly);
          CHECK(old.userVersion() == from);
          CHECK(count(old, "outbox") == 1);
        }
      }
      CHECK(tookMigrationBackup);
    }
  }
}

TEST_CASE("a database from a newer program is refused, not damaged", "[store][migrations]") {
  TempDir dir;
  {
    Database db = Database::open(dir / Store::kFileName);
    db.exec("PRAGMA user_version = 999");
  }
  REQUIRE_THROWS_WITH(Store::open(dir.path(), "20261124-093000"), Catch::Contains("newer"));
  Database db = Database::open(dir / Store::kFileName);
  CHECK(db.userVersion() == 999);
}

TEST_CASE("outbox events commit with their change or not at all", "[store][outbox]") {
  TempDir dir;
  Store store = Store::open(dir.path(), "20261124-093000");
  Database& db = store.db();
  // Outside a transaction the outbox refuses: the event could be orphaned.
  REQUIRE_THROWS_WITH(Outbox(db).append("x", "t", "{}"), Catch::Contains("transaction"));
  {
    Transaction tx(db);
    Outbox(db).append("staff_call.raised", "2026-11-24T09:30:00+08:00", R"({"call_id":1})");
    // No commit: rolled back.
  }
  CHECK(Outbox(db).pendingCount() == 0);
  appendEvent(db, "a");
  appendEvent(db, "b");
  auto events = Outbox(db).pending(10);
  REQUIRE(events.size() == 2);
  CHECK(events[0].seq < events[1].seq);
  CHECK(events[0].type == "a");
  CHECK(events[0].uuid.size() == 36);
  CHECK(events[0].uuid != events[1].uuid);
  CHECK(events[0].uuid[14] == '4');  // version 4
}

TEST_CASE("sequence numbers are never reused, even after deletes", "[store][outbox]") {
  TempDir dir;
  Store store = Store::open(dir.path(), "20261124-093000");
  appendEvent(store.db(), "a");
  appendEvent(store.db(), "b");
  store.db().exec("DELETE FROM outbox");
  appendEvent(store.db(), "c");
  CHECK(Outbox(store.db()).pending(10).at(0).seq == 3);
}

TEST_CASE("a full disk fails the write cleanly and keeps what was stored", "[store]") {
  TempDir dir;
  Store store = Store::open(dir.path(), "20261124-093000");
  appendEvent(store.db(), "kept");
  auto pageCount = std::stoll(pragma(store.db(), "page_count"));
  store.db().setMaxPageCount(pageCount);
  std::string big(64 * 1024, 'x');
  bool failed = false;
  try {
    Transaction tx(store.db());
    Outbox(store.db()).append("big", "t", "\"" + big + "\"");
    tx.commit();
  } catch (const StoreError& e) {
    failed = e.kind() == StoreError::Kind::Full;
  }
  CHECK(failed);
  store.db().setMaxPageCount(1'000'000'000);
  CHECK(Outbox(store.db()).pendingCount() == 1);
  CHECK(store.db().integrityCheck() == "ok");
  appendEvent(store.db(), "after space returns");
  CHECK(Outbox(store.db()).pendingCount() == 2);
}

TEST_CASE("a corrupt database is refused with the last good backup named", "[store][recovery]") {
  TempDir dir;
  std::filesystem::path goodBackup;
  {
    Store store = Store::open(dir.path(), "20261124-093000");
    appendEvent(store.db(), "precious");
    goodBackup = store.backupNow("20261124-100000", "manual");
  }
  // Overwrite the file's pages with garbage, as a failing SD card might.
  auto file = dir / Store::kFileName;
  std::filesystem::remove(dir / "yizhan.db-wal");
  std::filesystem::remove(dir / "yizhan.db-shm");
  {
    std::fstream f(file, std::ios::in | std::ios::out | std::ios::binary);
    f.seekp(0);
    std::string junk(8192, '\x5a');
    f.write(junk.data(), static_cast<std::streamsize>(junk.size()));
  }
  try {
    Store::open(dir.path(), "20261124-110000");
    FAIL("a corrupt store must not open");
  } catch (const CorruptStoreError& e) {
    CHECK_THAT(e.what(), Catch::Contains("损坏") && Catch::Contains("corrupt"));
    CHECK_THAT(e.what(), Catch::Contains(goodBackup.string()));
    CHECK_THAT(e.what(), Catch::Contains("yizhan admin restore"));
    REQUIRE(e.lastGoodBackup);
  }
  // The damaged file is still there: nothing is deleted behind the staff's back.
  CHECK(std::filesystem::exists(file));

  auto aside = Store::restore(dir.path(), goodBackup, "20261124-120000");
  CHECK(std::filesystem::exists(aside));
  Store restored = Store::open(dir.path(), "20261124-120001");
  CHECK(Outbox(restored.db()).pendingCount() == 1);
}

TEST_CASE("damage inside the file, with a sound header, is caught by integrity_check",
          "[store][recovery]") {
  TempDir dir;
  {
    Store store = Store::open(dir.path(), "20261124-093000");
    for (int i = 0; i < 400; ++i) appendEvent(store.db(), "event-" + std::to_string(i));
  }
  auto file = dir / Store::kFileName;
  std::filesystem::remove(dir / "yizhan.db-wal");
  std::filesystem::remove(dir / "yizhan.db-shm");
  auto size = std::filesystem::file_size(file);
  REQUIRE(size > 16 * 4096);
  {
    // Scribble over the middle of the file: SQLite still opens it, only a check finds it.
    std::fstream f(file, std::ios::in | std::ios::out | std::ios::binary);
    f.seekp(static_cast<std::streamoff>(size / 2));
    std::string junk(3 * 4096, '\x5a');
    f.write(junk.data(), static_cast<std::streamsize>(junk.size()));
  }
  REQUIRE_THROWS_AS(Store::open(dir.path(), "20261124-110000"), CorruptStoreError);
  CHECK(std::filesystem::exists(file));
}

TEST_CASE("without any backup the corrupt-store message says so", "[store][recovery]") {
  TempDir dir;
  std::ofstream(dir / Store::kFileName) << std::string(4096, 'g');
  REQUIRE_THROWS_WITH(Store::open(dir.path(), "20261124-093000"),
                      Catch::Contains("no good backup"));
}

TEST_CASE("daily backups: at most one a day, the oldest pruned", "[store][backup]") {
  TempDir dir;
  Store store = Store::open(dir.path(), "20261124-093000");
  auto first = listBackups(store.backupsDir());
  REQUIRE(first.size() == 1);  // the first start takes one
  CHECK_FALSE(store.backupIfDue("20261124-100000"));
  for (int i = 0; i < 20; ++i) store.backupNow("20261125-0000" + std::to_string(10 + i), "manual");
  CHECK(listBackups(store.backupsDir()).size() == Store::kBackupsKept);
  for (const auto& b : listBackups(store.backupsDir())) {
    Database copy = Database::open(b, OpenMode::ReadOnly);
    CHECK(copy.integrityCheck() == "ok");
  }
}

TEST_CASE("an unwritable data directory gets a clear message", "[store]") {
  TempDir dir;
  std::ofstream(dir / "file") << "x";
  REQUIRE_THROWS_WITH(Store::open(dir / "file" / "sub", "20261124-093000"),
                      Catch::Contains("data directory"));
}
