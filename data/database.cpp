#include "data/database.h"

#include <sqlite3.h>

namespace yizhan::data {

namespace {
StoreError::Kind kindOf(int code) {
  switch (code & 0xff) {
    case SQLITE_CORRUPT:
    case SQLITE_NOTADB:
      return StoreError::Kind::Corrupt;
    case SQLITE_FULL:
      return StoreError::Kind::Full;
    case SQLITE_READONLY:
      return StoreError::Kind::ReadOnly;
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
      return StoreError::Kind::Busy;
    case SQLITE_CONSTRAINT:
      return StoreError::Kind::Constraint;
    case SQLITE_CANTOPEN:
    case SQLITE_PERM:
    case SQLITE_AUTH:
      return StoreError::Kind::Open;
    default:
      return StoreError::Kind::Other;
  }
}
}  // namespace

void throwStoreError(sqlite3* db, int code, std::string_view context) {
  std::string message(context);
  message += ": ";
  message += db ? sqlite3_errmsg(db) : sqlite3_errstr(code);
  throw StoreError(kindOf(code), message);
}

Statement::Statement(Statement&& other) noexcept
    : db_(other.db_), stmt_(other.stmt_), inUse_(other.inUse_) {
  other.stmt_ = nullptr;
  other.inUse_ = nullptr;
}

Statement::~Statement() {
  if (!inUse_) {
    sqlite3_finalize(stmt_);
    return;
  }
  sqlite3_reset(stmt_);
  sqlite3_clear_bindings(stmt_);
  *inUse_ = false;
}

Statement& Statement::bind(int index, std::int64_t value) {
  int rc = sqlite3_bind_int64(stmt_, index, value);
  if (rc != SQLITE_OK) throwStoreError(db_, rc, "bind");
  return *this;
}

Statement& Statement::bind(int index, std::string_view value) {
  // An empty view may have no data pointer, which SQLite would store as NULL, not ''.
  const char* data = value.data() ? value.data() : "";
  int rc = sqlite3_bind_text(stmt_, index, data, static_cast<int>(value.size()), SQLITE_TRANSIENT);
  if (rc != SQLITE_OK) throwStoreError(db_, rc, "bind");
  return *this;
}

Statement& Statement::bind(int index, std::nullopt_t) {
  int rc = sqlite3_bind_null(stmt_, index);
  if (rc != SQLITE_OK) throwStoreError(db_, rc, "bind");
  return *this;
}

Statement& Statement::bind(int index, const std::optional<std::string>& value) {
  return value ? bind(index, std::string_view(*value)) : bind(index, std::nullopt);
}

Statement& Statement::bind(int index, const std::optional<std::int64_t>& value) {
  return value ? bind(index, *value) : bind(index, std::nullopt);
}

bool Statement::step() {
  int rc = sqlite3_step(stmt_);
  if (rc == SQLITE_ROW) return true;
  if (rc == SQLITE_DONE) return false;
  throwStoreError(db_, rc, sqlite3_sql(stmt_));
}

void Statement::run() {
  while (step()) {
  }
}

void Statement::reset() {
  sqlite3_reset(stmt_);
  sqlite3_clear_bindings(stmt_);
}

std::int64_t Statement::columnInt(int column) const {
  return sqlite3_column_int64(stmt_, column);
}

std::string Statement::columnText(int column) const {
  auto* text = reinterpret_cast<const char*>(sqlite3_column_text(stmt_, column));
  return text ? std::string(text, static_cast<size_t>(sqlite3_column_bytes(stmt_, column)))
              : std::string();
}

std::optional<std::string> Statement::columnOptionalText(int column) const {
  if (sqlite3_column_type(stmt_, column) == SQLITE_NULL) return std::nullopt;
  return columnText(column);
}

std::optional<std::int64_t> Statement::columnOptionalInt(int column) const {
  if (sqlite3_column_type(stmt_, column) == SQLITE_NULL) return std::nullopt;
  return columnInt(column);
}

Database Database::open(const std::filesystem::path& file, OpenMode mode) {
  sqlite3* db = nullptr;
  int flags = mode == OpenMode::ReadOnly ? SQLITE_OPEN_READONLY
                                         : (SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE);
  flags |= SQLITE_OPEN_NOMUTEX;
  int rc = sqlite3_open_v2(file.c_str(), &db, flags, nullptr);
  if (rc != SQLITE_OK) {
    std::string message =
        "cannot open " + file.string() + ": " + (db ? sqlite3_errmsg(db) : sqlite3_errstr(rc));
    sqlite3_close(db);
    throw StoreError(kindOf(rc), message);
  }
  sqlite3_extended_result_codes(db, 1);
  Database database(db, file);
  database.exec("PRAGMA busy_timeout = 5000");
  if (mode == OpenMode::ReadWrite) database.exec("PRAGMA journal_mode = WAL");
  database.exec("PRAGMA synchronous = FULL");
  database.exec("PRAGMA foreign_keys = ON");
  return database;
}

Database::~Database() {
  for (auto& [sql, cached] : cache_) sqlite3_finalize(cached->stmt);
  if (db_) sqlite3_close_v2(db_);
}

void Database::exec(std::string_view sql) {
  std::string text(sql);
  char* error = nullptr;
  int rc = sqlite3_exec(db_, text.c_str(), nullptr, nullptr, &error);
  if (rc != SQLITE_OK) {
    std::string message = error ? error : sqlite3_errstr(rc);
    sqlite3_free(error);
    throw StoreError(kindOf(rc), "exec failed: " + message);
  }
}

sqlite3_stmt* Database::compile(std::string_view sql) {
  sqlite3_stmt* stmt = nullptr;
  int rc = sqlite3_prepare_v3(db_, sql.data(), static_cast<int>(sql.size()),
                              SQLITE_PREPARE_PERSISTENT, &stmt, nullptr);
  if (rc != SQLITE_OK) throwStoreError(db_, rc, "prepare");
  ++prepares_;
  return stmt;
}

Statement Database::prepare(std::string_view sql) {
  // Heterogeneous lookup in unordered_map needs C++20's transparent hashing; one string per
  // call is cheap beside what SQLite saves.
  std::string key(sql);
  auto found = cache_.find(key);
  if (found != cache_.end()) {
    Cached& cached = *found->second;
    if (!cached.inUse) {
      cached.inUse = true;
      return Statement(db_, cached.stmt, &cached.inUse);
    }
    return Statement(db_, compile(sql));  // the cached one is still being read
  }
  sqlite3_stmt* stmt = compile(sql);
  if (cache_.size() >= kCachedStatements) return Statement(db_, stmt);
  auto cached = std::make_unique<Cached>(Cached{stmt, true});
  bool* inUse = &cached->inUse;
  cache_.emplace(std::move(key), std::move(cached));
  return Statement(db_, stmt, inUse);
}

std::int64_t Database::lastInsertRowId() const {
  return sqlite3_last_insert_rowid(db_);
}

std::int64_t Database::changes() const {
  return sqlite3_changes64(db_);
}

bool Database::inTransaction() const {
  return sqlite3_get_autocommit(db_) == 0;
}

std::int64_t Database::dataVersion() {
  auto stmt = prepare("PRAGMA data_version");
  stmt.step();
  return stmt.columnInt(0);
}

int Database::userVersion() {
  auto stmt = prepare("PRAGMA user_version");
  stmt.step();
  return static_cast<int>(stmt.columnInt(0));
}

void Database::setMaxPageCount(std::int64_t pages) {
  exec("PRAGMA max_page_count = " + std::to_string(pages));
}

std::string Database::integrityCheck() {
  auto stmt = prepare("PRAGMA integrity_check(5)");
  std::string result;
  while (stmt.step()) {
    if (!result.empty()) result += "; ";
    result += stmt.columnText(0);
  }
  return result;
}

Transaction::Transaction(Database& db) : db_(db), nested_(db.inTransaction()) {
  db_.exec(nested_ ? "SAVEPOINT nested" : "BEGIN IMMEDIATE");
}

Transaction::~Transaction() {
  if (!done_) {
    try {
      db_.exec(nested_ ? "ROLLBACK TO nested; RELEASE nested" : "ROLLBACK");
    } catch (...) {
      // The connection already rolled back (e.g. after SQLITE_FULL); nothing more to undo.
    }
  }
}

void Transaction::commit() {
  db_.exec(nested_ ? "RELEASE nested" : "COMMIT");
  done_ = true;
}

}  // namespace yizhan::data
