// The connection layer every repository stands on: statements compiled once per connection
// and reused safely, and state changes guarded by the state their caller saw.
#include <catch2/catch.hpp>

#include "data/database.h"
#include "data/guarded_transition.h"
#include "support/temp_dir.h"

using namespace yizhan::data;
using yizhan::test::TempDir;

namespace {
Database withJobs(const std::filesystem::path& file) {
  Database db = Database::open(file);
  db.exec(
      "CREATE TABLE IF NOT EXISTS job (id INTEGER PRIMARY KEY, status TEXT NOT NULL, "
      "taker TEXT, takes INTEGER NOT NULL DEFAULT 0)");
  return db;
}

std::string statusOf(Database& db, std::int64_t id) {
  auto stmt = db.prepare("SELECT status FROM job WHERE id = ?1");
  stmt.bind(1, id);
  return stmt.step() ? stmt.columnText(0) : "";
}
}  // namespace

TEST_CASE("a statement is compiled once per connection and then reused", "[store][statements]") {
  TempDir dir;
  Database db = withJobs(dir.path() / "a.db");
  db.exec("INSERT INTO job (status) VALUES ('open'), ('open'), ('done')");
  auto before = db.compiledStatements();
  for (int i = 0; i < 50; ++i) {
    auto stmt = db.prepare("SELECT count(*) FROM job WHERE status = ?1");
    stmt.bind(1, i % 2 ? "open" : "done");
    REQUIRE(stmt.step());
    CHECK(stmt.columnInt(0) == (i % 2 ? 2 : 1));
  }
  CHECK(db.compiledStatements() == before + 1);
}

TEST_CASE("a reused statement starts afresh: no old bindings, no half-read rows",
          "[store][statements]") {
  TempDir dir;
  Database db = withJobs(dir.path() / "a.db");
  db.exec("INSERT INTO job (status, taker) VALUES ('open', 'A'), ('open', 'B'), ('open', 'C')");
  const char* sql = "SELECT taker FROM job WHERE status = ?1 ORDER BY id";
  {
    auto stmt = db.prepare(sql);
    stmt.bind(1, "open");
    REQUIRE(stmt.step());
    CHECK(stmt.columnText(0) == "A");  // left after one of three rows
  }
  {
    auto stmt = db.prepare(sql);
    // Nothing bound: the parameter is NULL, not the 'open' of the last use.
    CHECK_FALSE(stmt.step());
  }
  auto stmt = db.prepare(sql);
  stmt.bind(1, "open");
  std::vector<std::string> takers;
  while (stmt.step()) takers.push_back(stmt.columnText(0));
  CHECK(takers == std::vector<std::string>{"A", "B", "C"});
}

TEST_CASE("the same statement asked for while it is still being read gets one of its own",
          "[store][statements]") {
  TempDir dir;
  Database db = withJobs(dir.path() / "a.db");
  db.exec("INSERT INTO job (status, taker) VALUES ('open', 'A'), ('open', 'B')");
  const char* sql = "SELECT id, taker FROM job ORDER BY id";
  auto outer = db.prepare(sql);
  std::vector<std::string> pairs;
  while (outer.step()) {
    auto inner = db.prepare(sql);
    while (inner.step()) pairs.push_back(outer.columnText(1) + inner.columnText(1));
  }
  CHECK(pairs == std::vector<std::string>{"AA", "AB", "BA", "BB"});
}

TEST_CASE("a failed statement leaves its cached copy usable", "[store][statements]") {
  TempDir dir;
  Database db = withJobs(dir.path() / "a.db");
  db.exec("CREATE UNIQUE INDEX one_taker ON job (taker)");
  const char* sql = "INSERT INTO job (status, taker) VALUES ('open', ?1)";
  db.prepare(sql).bind(1, "A").run();
  CHECK_THROWS_AS(db.prepare(sql).bind(1, "A").run(), StoreError);
  db.prepare(sql).bind(1, "B").run();
  auto stmt = db.prepare("SELECT count(*) FROM job");
  stmt.step();
  CHECK(stmt.columnInt(0) == 2);
}

TEST_CASE("a guarded transition moves a row only from the state its caller saw",
          "[store][transitions]") {
  TempDir dir;
  Database db = withJobs(dir.path() / "a.db");
  db.exec("INSERT INTO job (id, status) VALUES (1, 'open')");
  GuardedTransition jobs(db, "job");

  auto taken = jobs.move(1, "open", "taken", "taker = ?4, takes = takes + 1", "A");
  CHECK(taken.moved);
  CHECK(statusOf(db, 1) == "taken");

  // The second taker saw 'open' too: nothing of theirs is written, and they learn why.
  auto late = jobs.move(1, "open", "taken", "taker = ?4, takes = takes + 1", "B");
  CHECK_FALSE(late.moved);
  REQUIRE(late.stateNow);
  CHECK(*late.stateNow == "taken");
  auto stmt = db.prepare("SELECT taker, takes FROM job WHERE id = 1");
  REQUIRE(stmt.step());
  CHECK(stmt.columnText(0) == "A");
  CHECK(stmt.columnInt(1) == 1);

  auto missing = jobs.move(99, "open", "taken");
  CHECK_FALSE(missing.moved);
  CHECK_FALSE(missing.stateNow);

  // A change within one state is guarded the same way.
  CHECK(jobs.move(1, "taken", "taken", "takes = takes + 1").moved);
  CHECK_FALSE(jobs.move(1, "open", "open", "takes = takes + 1").moved);
}

TEST_CASE("two connections racing for one row: exactly one wins", "[store][transitions]") {
  TempDir dir;
  Database first = withJobs(dir.path() / "a.db");
  Database second = Database::open(dir.path() / "a.db");
  first.exec("INSERT INTO job (id, status) VALUES (1, 'open'), (2, 'open')");
  // Both looked and saw 'open'; both try in turn, each in its own write transaction.
  int wins = 0;
  std::string loserSaw;
  for (Database* db : {&first, &second}) {
    Transaction tx(*db);
    auto r = GuardedTransition(*db, "job")
                 .move(1, "open", "taken", "taker = ?4", db == &first ? "first" : "second");
    tx.commit();
    if (r.moved) ++wins;
    if (!r.moved && r.stateNow) loserSaw = *r.stateNow;
  }
  CHECK(wins == 1);
  CHECK(loserSaw == "taken");
  CHECK(statusOf(second, 1) == "taken");
  CHECK(statusOf(second, 2) == "open");  // the guard touches only its own row
}
