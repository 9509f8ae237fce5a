#include "tools/district_sim/district_store.h"

#include <sodium.h>

namespace yizhan::district {

DistrictStore::DistrictStore(const std::filesystem::path& file) : db_(data::Database::open(file)) {
  db_.exec(R"sql(
CREATE TABLE IF NOT EXISTS station (
  id TEXT PRIMARY KEY, secret TEXT NOT NULL, name TEXT NOT NULL, enrolled_at TEXT NOT NULL
  DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')));
CREATE TABLE IF NOT EXISTS enrollment_token (token TEXT PRIMARY KEY, used INTEGER NOT NULL DEFAULT 0);
CREATE TABLE IF NOT EXISTS event (
  uuid TEXT PRIMARY KEY, station TEXT NOT NULL, seq INTEGER NOT NULL, type TEXT NOT NULL,
  occurred_at TEXT NOT NULL, payload TEXT NOT NULL,
  received_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')));
CREATE INDEX IF NOT EXISTS event_by_station ON event(station, seq);
CREATE TABLE IF NOT EXISTS heartbeat (station TEXT PRIMARY KEY, at TEXT NOT NULL, body TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS department_reply (
  seq INTEGER PRIMARY KEY AUTOINCREMENT, station TEXT NOT NULL, reply_id TEXT NOT NULL UNIQUE,
  appeal_id TEXT NOT NULL, department TEXT NOT NULL, kind TEXT NOT NULL, note TEXT NOT NULL,
  at TEXT NOT NULL);
CREATE INDEX IF NOT EXISTS department_reply_by_station ON department_reply(station, seq);
)sql");
}

void DistrictStore::addEnrollmentToken(const std::string& token) {
  db_.prepare("INSERT OR IGNORE INTO enrollment_token (token) VALUES (?1)").bind(1, token).run();
}

std::optional<DistrictStore::Enrolled> DistrictStore::enroll(const std::string& token,
                                                             const std::string& name) {
  data::Transaction tx(db_);
  db_.prepare("UPDATE enrollment_token SET used = 1 WHERE token = ?1 AND used = 0")
      .bind(1, token)
      .run();
  auto changed = db_.prepare("SELECT changes()");
  changed.step();
  if (changed.columnInt(0) == 0) return std::nullopt;
  auto count = db_.prepare("SELECT COUNT(*) + 1 FROM station");
  count.step();
  Enrolled e;
  e.stationId = "st-" + std::to_string(count.columnInt(0));
  unsigned char secret[32];
  randombytes_buf(secret, sizeof secret);
  std::string b64(sodium_base64_ENCODED_LEN(sizeof secret, sodium_base64_VARIANT_ORIGINAL), '\0');
  sodium_bin2base64(b64.data(), b64.size(), secret, sizeof secret, sodium_base64_VARIANT_ORIGINAL);
  b64.resize(b64.find('\0'));
  e.secret = b64;
  db_.prepare("INSERT INTO station (id, secret, name) VALUES (?1, ?2, ?3)")
      .bind(1, e.stationId)
      .bind(2, e.secret)
      .bind(3, name)
      .run();
  tx.commit();
  return e;
}

std::optional<std::string> DistrictStore::secretOf(const std::string& stationId) {
  auto stmt = db_.prepare("SELECT secret FROM station WHERE id = ?1");
  stmt.bind(1, stationId);
  if (!stmt.step()) return std::nullopt;
  return stmt.columnText(0);
}

bool DistrictStore::storeEvent(const StoredEvent& e) {
  db_.prepare(
         "INSERT OR IGNORE INTO event (uuid, station, seq, type, occurred_at, payload) "
         "VALUES (?1, ?2, ?3, ?4, ?5, ?6)")
      .bind(1, e.uuid)
      .bind(2, e.station)
      .bind(3, e.seq)
      .bind(4, e.type)
      .bind(5, e.occurredAt)
      .bind(6, e.payload)
      .run();
  return db_.changes() > 0;
}

std::int64_t DistrictStore::highWaterSeq(const std::string& stationId) {
  auto stmt = db_.prepare("SELECT COALESCE(MAX(seq), 0) FROM event WHERE station = ?1");
  stmt.bind(1, stationId);
  stmt.step();
  return stmt.columnInt(0);
}

namespace {
std::vector<StoredEvent> readEvents(data::Statement& stmt) {
  std::vector<StoredEvent> out;
  while (stmt.step()) {
    out.push_back({stmt.columnText(0), stmt.columnText(1), stmt.columnInt(2), stmt.columnText(3),
                   stmt.columnText(4), stmt.columnText(5)});
  }
  return out;
}
constexpr const char* kEventColumns = "SELECT uuid, station, seq, type, occurred_at, payload ";
}  // namespace

std::vector<StoredEvent> DistrictStore::events(const std::string& stationId, int limit) {
  auto stmt = db_.prepare(std::string(kEventColumns) +
                          "FROM event WHERE station = ?1 ORDER BY seq LIMIT ?2");
  stmt.bind(1, stationId).bind(2, limit);
  return readEvents(stmt);
}

std::vector<StoredEvent> DistrictStore::eventsAsArrived(const std::string& stationId, int limit) {
  auto stmt = db_.prepare(std::string(kEventColumns) +
                          "FROM event WHERE station = ?1 ORDER BY rowid LIMIT ?2");
  stmt.bind(1, stationId).bind(2, limit);
  return readEvents(stmt);
}

std::vector<StoredEvent> DistrictStore::latestEvents(int limit) {
  auto stmt = db_.prepare(std::string(kEventColumns) + "FROM event ORDER BY rowid DESC LIMIT ?1");
  stmt.bind(1, limit);
  return readEvents(stmt);
}

std::vector<DistrictStore::StationSummary> DistrictStore::stations() {
  auto stmt = db_.prepare(
      "SELECT s.id, s.name, (SELECT count(*) FROM event e WHERE e.station = s.id), "
      "(SELECT coalesce(max(seq), 0) FROM event e WHERE e.station = s.id), h.at, h.body "
      "FROM station s LEFT JOIN heartbeat h ON h.station = s.id ORDER BY s.id");
  std::vector<StationSummary> out;
  while (stmt.step()) {
    out.push_back({stmt.columnText(0), stmt.columnText(1), stmt.columnInt(2), stmt.columnInt(3),
                   stmt.columnOptionalText(4), stmt.columnOptionalText(5)});
  }
  return out;
}

std::int64_t DistrictStore::eventCount() {
  auto stmt = db_.prepare("SELECT COUNT(*) FROM event");
  stmt.step();
  return stmt.columnInt(0);
}

void DistrictStore::recordHeartbeat(const std::string& stationId, const std::string& at,
                                    const std::string& body) {
  db_.prepare("INSERT OR REPLACE INTO heartbeat (station, at, body) VALUES (?1, ?2, ?3)")
      .bind(1, stationId)
      .bind(2, at)
      .bind(3, body)
      .run();
}

std::optional<std::string> DistrictStore::lastHeartbeat(const std::string& stationId) {
  auto stmt = db_.prepare("SELECT body FROM heartbeat WHERE station = ?1");
  stmt.bind(1, stationId);
  if (!stmt.step()) return std::nullopt;
  return stmt.columnText(0);
}

bool DistrictStore::addReply(const StoredReply& r) {
  db_.prepare(
         "INSERT OR IGNORE INTO department_reply (station, reply_id, appeal_id, department, kind, "
         "note, at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)")
      .bind(1, r.station)
      .bind(2, r.replyId)
      .bind(3, r.appealId)
      .bind(4, r.department)
      .bind(5, r.kind)
      .bind(6, r.note)
      .bind(7, r.at)
      .run();
  return db_.changes() > 0;
}

std::vector<StoredReply> DistrictStore::repliesAfter(const std::string& stationId,
                                                     std::int64_t afterSeq, int limit) {
  auto stmt = db_.prepare(
      "SELECT seq, station, reply_id, appeal_id, department, kind, note, at FROM "
      "department_reply WHERE station = ?1 AND seq > ?2 ORDER BY seq LIMIT ?3");
  stmt.bind(1, stationId).bind(2, afterSeq).bind(3, limit);
  std::vector<StoredReply> out;
  while (stmt.step()) {
    out.push_back({stmt.columnInt(0), stmt.columnText(1), stmt.columnText(2), stmt.columnText(3),
                   stmt.columnText(4), stmt.columnText(5), stmt.columnText(6), stmt.columnText(7)});
  }
  return out;
}

}  // namespace yizhan::district
