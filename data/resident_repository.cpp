#include "data/resident_repository.h"

namespace yizhan::data {

namespace {
constexpr const char* kColumns =
    "id, id_hash, id_masked, name_sealed, name_masked, birth_sealed, phone_sealed, phone_hash, "
    "phone_masked, address_sealed, place_tag, grid, lives_alone, on_roster, source, "
    "registered_at, changed_at";

ResidentRecord readResident(const Statement& s) {
  ResidentRecord r;
  r.id = s.columnInt(0);
  r.idHash = s.columnOptionalText(1);
  r.idMasked = s.columnOptionalText(2);
  r.nameSealed = s.columnText(3);
  r.nameMasked = s.columnText(4);
  r.birthSealed = s.columnOptionalText(5);
  r.phoneSealed = s.columnOptionalText(6);
  r.phoneHash = s.columnOptionalText(7);
  r.phoneMasked = s.columnOptionalText(8);
  r.addressSealed = s.columnOptionalText(9);
  r.placeTag = s.columnOptionalText(10);
  r.grid = s.columnText(11);
  r.livesAlone = s.columnInt(12) != 0;
  r.onRoster = s.columnInt(13) != 0;
  r.source = s.columnText(14);
  r.registeredAt = s.columnText(15);
  r.changedAt = s.columnText(16);
  return r;
}

std::optional<ResidentRecord> findWhere(Database& db, const char* where, const std::string& key) {
  auto stmt = db.prepare(std::string("SELECT ") + kColumns + " FROM resident WHERE " + where);
  stmt.bind(1, key);
  if (!stmt.step()) return std::nullopt;
  return readResident(stmt);
}

// The fields insert and update both write, as ?2 … ?16.
void bindFields(Statement& s, const ResidentRecord& r) {
  s.bind(2, r.idHash)
      .bind(3, r.idMasked)
      .bind(4, r.nameSealed)
      .bind(5, r.nameMasked)
      .bind(6, r.birthSealed)
      .bind(7, r.phoneSealed)
      .bind(8, r.phoneHash)
      .bind(9, r.phoneMasked)
      .bind(10, r.addressSealed)
      .bind(11, r.placeTag)
      .bind(12, r.grid)
      .bind(13, r.livesAlone ? 1 : 0)
      .bind(14, r.onRoster ? 1 : 0)
      .bind(15, r.source)
      .bind(16, r.changedAt);
}
}  // namespace

std::int64_t ResidentRepository::insert(const ResidentRecord& r) {
  auto stmt = db_.prepare(
      "INSERT INTO resident (id_hash, id_masked, name_sealed, name_masked, birth_sealed, "
      "phone_sealed, phone_hash, phone_masked, address_sealed, place_tag, grid, lives_alone, "
      "on_roster, source, changed_at, registered_at) "
      "VALUES (?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?1)");
  stmt.bind(1, r.registeredAt);
  bindFields(stmt, r);
  stmt.run();
  return db_.lastInsertRowId();
}

void ResidentRepository::update(const ResidentRecord& r) {
  auto stmt = db_.prepare(
      "UPDATE resident SET id_hash = ?2, id_masked = ?3, name_sealed = ?4, name_masked = ?5, "
      "birth_sealed = ?6, phone_sealed = ?7, phone_hash = ?8, phone_masked = ?9, "
      "address_sealed = ?10, place_tag = ?11, grid = ?12, lives_alone = ?13, on_roster = ?14, "
      "source = ?15, changed_at = ?16 WHERE id = ?1");
  stmt.bind(1, r.id);
  bindFields(stmt, r);
  stmt.run();
}

std::optional<ResidentRecord> ResidentRepository::find(std::int64_t id) {
  auto stmt = db_.prepare(std::string("SELECT ") + kColumns + " FROM resident WHERE id = ?1");
  stmt.bind(1, id);
  if (!stmt.step()) return std::nullopt;
  return readResident(stmt);
}

std::optional<ResidentRecord> ResidentRepository::findByIdHash(const std::string& hash) {
  return findWhere(db_, "id_hash = ?1", hash);
}

std::optional<ResidentRecord> ResidentRepository::findByPhoneHash(const std::string& hash) {
  return findWhere(db_, "phone_hash = ?1", hash);
}

std::vector<ResidentRecord> ResidentRepository::atPlace(const std::string& placeTag) {
  auto stmt = db_.prepare(std::string("SELECT ") + kColumns +
                          " FROM resident WHERE place_tag = ?1 ORDER BY id");
  stmt.bind(1, placeTag);
  std::vector<ResidentRecord> out;
  while (stmt.step()) out.push_back(readResident(stmt));
  return out;
}

int ResidentRepository::deleteUnlistedWithoutRequests() {
  auto stmt = db_.prepare(
      "DELETE FROM resident WHERE on_roster = 0 AND NOT EXISTS "
      "(SELECT 1 FROM service_request r WHERE r.resident_id = resident.id)");
  stmt.run();
  return static_cast<int>(db_.changes());
}

std::int64_t ResidentRepository::count() {
  auto stmt = db_.prepare("SELECT count(*) FROM resident");
  stmt.step();
  return stmt.columnInt(0);
}

}  // namespace yizhan::data
