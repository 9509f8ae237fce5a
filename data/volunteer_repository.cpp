#include "data/volunteer_repository.h"

namespace yizhan::data {

namespace {
constexpr const char* kColumns =
    "id, external_id, name_sealed, name_masked, phone_sealed, phone_hash, phone_masked, id_hash, "
    "id_masked, team, kind, employer, skills, pin_hash, status, source, enrolled_at, changed_at, "
    "pin_failures, locked_until_epoch, grids";

VolunteerRecord readVolunteer(const Statement& s) {
  VolunteerRecord v;
  v.id = s.columnInt(0);
  v.externalId = s.columnOptionalText(1);
  v.nameSealed = s.columnText(2);
  v.nameMasked = s.columnText(3);
  v.phoneSealed = s.columnOptionalText(4);
  v.phoneHash = s.columnOptionalText(5);
  v.phoneMasked = s.columnOptionalText(6);
  v.idHash = s.columnOptionalText(7);
  v.idMasked = s.columnOptionalText(8);
  v.team = s.columnText(9);
  v.kind = s.columnText(10);
  v.employer = s.columnText(11);
  v.skills = s.columnText(12);
  v.pinHash = s.columnOptionalText(13);
  v.status = s.columnText(14);
  v.source = s.columnText(15);
  v.enrolledAt = s.columnText(16);
  v.changedAt = s.columnText(17);
  v.pinFailures = static_cast<int>(s.columnInt(18));
  v.lockedUntilEpoch = s.columnOptionalInt(19);
  v.grids = s.columnText(20);
  return v;
}

std::optional<VolunteerRecord> findWhere(Database& db, const char* where, const std::string& key) {
  auto stmt = db.prepare(std::string("SELECT ") + kColumns + " FROM volunteer WHERE " + where);
  stmt.bind(1, key);
  if (!stmt.step()) return std::nullopt;
  return readVolunteer(stmt);
}

// The fields insert and update both write, as ?2 … ?16 and ?18.
void bindFields(Statement& s, const VolunteerRecord& v) {
  s.bind(2, v.externalId)
      .bind(3, v.nameSealed)
      .bind(4, v.nameMasked)
      .bind(5, v.phoneSealed)
      .bind(6, v.phoneHash)
      .bind(7, v.phoneMasked)
      .bind(8, v.idHash)
      .bind(9, v.idMasked)
      .bind(10, v.team)
      .bind(11, v.kind)
      .bind(12, v.employer)
      .bind(13, v.skills)
      .bind(14, v.status)
      .bind(15, v.source)
      .bind(16, v.changedAt)
      .bind(18, v.grids);
}
}  // namespace

std::int64_t VolunteerRepository::insert(const VolunteerRecord& v) {
  auto stmt = db_.prepare(
      "INSERT INTO volunteer (external_id, name_sealed, name_masked, phone_sealed, phone_hash, "
      "phone_masked, id_hash, id_masked, team, kind, employer, skills, status, source, "
      "changed_at, enrolled_at, pin_hash, grids) "
      "VALUES (?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?1, ?17, ?18)");
  stmt.bind(1, v.enrolledAt).bind(17, v.pinHash);
  bindFields(stmt, v);
  stmt.run();
  return db_.lastInsertRowId();
}

void VolunteerRepository::update(const VolunteerRecord& v) {
  auto stmt = db_.prepare(
      "UPDATE volunteer SET external_id = ?2, name_sealed = ?3, name_masked = ?4, "
      "phone_sealed = ?5, phone_hash = ?6, phone_masked = ?7, id_hash = ?8, id_masked = ?9, "
      "team = ?10, kind = ?11, employer = ?12, skills = ?13, status = ?14, source = ?15, "
      "changed_at = ?16, grids = ?18 WHERE id = ?1");
  stmt.bind(1, v.id);
  bindFields(stmt, v);
  stmt.run();
}

std::optional<VolunteerRecord> VolunteerRepository::find(std::int64_t id) {
  auto stmt = db_.prepare(std::string("SELECT ") + kColumns + " FROM volunteer WHERE id = ?1");
  stmt.bind(1, id);
  if (!stmt.step()) return std::nullopt;
  return readVolunteer(stmt);
}

std::optional<VolunteerRecord> VolunteerRepository::findByPhoneHash(const std::string& hash) {
  return findWhere(db_, "phone_hash = ?1", hash);
}

std::optional<VolunteerRecord> VolunteerRepository::findByIdHash(const std::string& hash) {
  return findWhere(db_, "id_hash = ?1", hash);
}

std::optional<VolunteerRecord> VolunteerRepository::findByExternalId(const std::string& id) {
  return findWhere(db_, "external_id = ?1", id);
}

std::vector<VolunteerRecord> VolunteerRepository::listed() {
  auto stmt = db_.prepare(std::string("SELECT ") + kColumns +
                          " FROM volunteer WHERE status != 'removed' ORDER BY id");
  std::vector<VolunteerRecord> out;
  while (stmt.step()) out.push_back(readVolunteer(stmt));
  return out;
}

bool VolunteerRepository::anyListed() {
  auto stmt = db_.prepare("SELECT 1 FROM volunteer WHERE status != 'removed' LIMIT 1");
  return stmt.step();
}

std::vector<std::string> VolunteerRepository::teams() {
  auto stmt =
      db_.prepare("SELECT DISTINCT team FROM volunteer WHERE status != 'removed' ORDER BY team");
  std::vector<std::string> out;
  while (stmt.step()) out.push_back(stmt.columnText(0));
  return out;
}

void VolunteerRepository::setPinHash(std::int64_t id, const std::string& hash,
                                     const std::string& at) {
  db_.prepare(
         "UPDATE volunteer SET pin_hash = ?2, changed_at = ?3, pin_failures = 0, "
         "locked_until_epoch = NULL WHERE id = ?1")
      .bind(1, id)
      .bind(2, hash)
      .bind(3, at)
      .run();
}

void VolunteerRepository::saveLockout(std::int64_t id, int failures,
                                      std::optional<std::int64_t> lockedUntilEpoch) {
  db_.prepare("UPDATE volunteer SET pin_failures = ?2, locked_until_epoch = ?3 WHERE id = ?1")
      .bind(1, id)
      .bind(2, failures)
      .bind(3, lockedUntilEpoch)
      .run();
}

}  // namespace yizhan::data
