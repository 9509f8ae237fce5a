#pragma once
// A thin RAII layer over one SQLite connection. With data/backup.cpp (the online-backup API)
// the only place that talks to sqlite3 directly; repositories build on it. Callers outside
// data/ never see SQL.
#include <cstdint>
#include <filesystem>
#include <memory>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>
#include <unordered_map>

struct sqlite3;
struct sqlite3_stmt;

namespace yizhan::data {

class StoreError : public std::runtime_error {
 public:
  enum class Kind { Open, Corrupt, Full, ReadOnly, Busy, Constraint, Other };
  StoreError(Kind kind, const std::string& what) : std::runtime_error(what), kind_(kind) {}
  Kind kind() const { return kind_; }

 private:
  Kind kind_;
};

// A prepared statement in use. One taken from its connection's cache goes back there when this
// is destroyed: reset, its bindings cleared, ready for the next caller.
class Statement {
 public:
  // `inUse`: the cache's flag for this statement, or null for one this owns and finalizes.
  Statement(sqlite3* db, sqlite3_stmt* stmt, bool* inUse = nullptr)
      : db_(db), stmt_(stmt), inUse_(inUse) {}
  Statement(Statement&& other) noexcept;
  Statement& operator=(Statement&&) = delete;
  Statement(const Statement&) = delete;
  ~Statement();

  // Parameters are 1-based, as in SQLite.
  Statement& bind(int index, std::int64_t value);
  Statement& bind(int index, std::string_view value);
  Statement& bind(int index, std::nullopt_t);
  Statement& bind(int index, const std::optional<std::string>& value);
  Statement& bind(int index, const std::optional<std::int64_t>& value);
  Statement& bind(int index, const char* value) { return bind(index, std::string_view(value)); }
  Statement& bind(int index, const std::string& value) {
    return bind(index, std::string_view(value));
  }
  Statement& bind(int index, int value) { return bind(index, static_cast<std::int64_t>(value)); }

  // Returns true while a row is available.
  bool step();
  // Runs a statement that returns no rows.
  void run();
  void reset();

  std::int64_t columnInt(int column) const;
  std::string columnText(int column) const;
  std::optional<std::string> columnOptionalText(int column) const;
  std::optional<std::int64_t> columnOptionalInt(int column) const;

 private:
  sqlite3* db_;
  sqlite3_stmt* stmt_;
  bool* inUse_;
};

enum class OpenMode { ReadWrite, ReadOnly };

class Database {
 public:
  // Opens (creating if needed in ReadWrite mode) and applies the store's pragmas:
  // WAL, synchronous=FULL, foreign keys, busy timeout.
  static Database open(const std::filesystem::path& file, OpenMode mode = OpenMode::ReadWrite);

  Database(Database&& other) noexcept
      : db_(other.db_),
        path_(std::move(other.path_)),
        cache_(std::move(other.cache_)),
        prepares_(other.prepares_) {
    other.db_ = nullptr;
  }
  Database& operator=(Database&&) = delete;
  Database(const Database&) = delete;
  ~Database();

  void exec(std::string_view sql);
  // A statement for `sql`, prepared once per connection and then taken from its cache: most of
  // a short query's cost is SQLite compiling it. While one is in use (rows still being read),
  // the same SQL asked for again gets a fresh statement of its own.
  Statement prepare(std::string_view sql);
  // How many times this connection has compiled a statement (for tests and benchmarks).
  std::int64_t compiledStatements() const { return prepares_; }
  std::int64_t lastInsertRowId() const;
  // Rows changed by the last INSERT, UPDATE or DELETE on this connection.
  std::int64_t changes() const;
  bool inTransaction() const;
  int userVersion();
  // Changes whenever another connection commits (PRAGMA data_version): a cheap "anything new?".
  std::int64_t dataVersion();
  // The connection's page budget; used to simulate a full disk in tests.
  void setMaxPageCount(std::int64_t pages);
  // "ok", or the first problems SQLite reports.
  std::string integrityCheck();
  const std::filesystem::path& path() const { return path_; }

  // SQL texts built from code only, so the cache stays small; past this many, statements are
  // compiled for each use.
  static constexpr size_t kCachedStatements = 256;

 private:
  // The online-backup API needs the connection itself.
  friend void backupTo(Database& source, const std::filesystem::path& target);

  struct Cached {
    sqlite3_stmt* stmt = nullptr;
    bool inUse = false;
  };
  Database(sqlite3* db, std::filesystem::path path) : db_(db), path_(std::move(path)) {}
  sqlite3_stmt* compile(std::string_view sql);
  sqlite3* db_;
  std::filesystem::path path_;
  // Node-based, so a statement's `inUse` flag stays put while the map grows or moves.
  std::unordered_map<std::string, std::unique_ptr<Cached>> cache_;
  std::int64_t prepares_ = 0;
};

// BEGIN IMMEDIATE so that writers queue up front instead of failing on upgrade; rolls back
// unless committed.
// A write transaction. Inside another one it becomes a savepoint: its commit keeps its changes
// for the outer transaction to commit, and leaving it uncommitted undoes only its own changes.
// That lets a domain service that commits its own work (AppointmentService::book) take part in
// a larger all-or-nothing change (a district configuration).
class Transaction {
 public:
  explicit Transaction(Database& db);
  Transaction(const Transaction&) = delete;
  Transaction& operator=(const Transaction&) = delete;
  ~Transaction();
  void commit();

 private:
  Database& db_;
  bool nested_ = false;
  bool done_ = false;
};

// Translates an SQLite result code into a StoreError with a readable message.
[[noreturn]] void throwStoreError(sqlite3* db, int code, std::string_view context);

}  // namespace yizhan::data
