#pragma once
// A thin RAII layer over one SQLite connection. The only place that talks to sqlite3 directly;
// repositories build on it. Callers outside data/ never see SQL.
#include <cstdint>
#include <filesystem>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>

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

class Statement {
 public:
  Statement(sqlite3* db, sqlite3_stmt* stmt) : db_(db), stmt_(stmt) {}
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
};

enum class OpenMode { ReadWrite, ReadOnly };

class Database {
 public:
  // Opens (creating if needed in ReadWrite mode) and applies the store's pragmas:
  // WAL, synchronous=FULL, foreign keys, busy timeout.
  static Database open(const std::filesystem::path& file, OpenMode mode = OpenMode::ReadWrite);

  Database(Database&& other) noexcept : db_(other.db_), path_(std::move(other.path_)) {
    other.db_ = nullptr;
  }
  Database& operator=(Database&&) = delete;
  Database(const Database&) = delete;
  ~Database();

  void exec(std::string_view sql);
  Statement prepare(std::string_view sql);
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
  sqlite3* raw() { return db_; }

 private:
  Database(sqlite3* db, std::filesystem::path path) : db_(db), path_(std::move(path)) {}
  sqlite3* db_;
  std::filesystem::path path_;
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
