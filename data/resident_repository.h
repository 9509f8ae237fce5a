#pragma once
// Residents as stored: sealed name, phone, birth date and address, keyed hashes of the ID
// number and phone, a keyed tag of building and unit, and masked forms. What is sealed or
// hashed is decided above (kiosk/residents); this only keeps it.
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "data/database.h"

namespace yizhan::data {

struct ResidentRecord {
  std::int64_t id = 0;
  std::optional<std::string> idHash, idMasked;
  std::string nameSealed, nameMasked;
  std::optional<std::string> birthSealed;
  std::optional<std::string> phoneSealed, phoneHash, phoneMasked;
  std::optional<std::string> addressSealed, placeTag;
  std::string grid;
  bool livesAlone = false;
  bool onRoster = false;
  std::string source;  // card, staff, district
  std::string registeredAt, changedAt;
};

class ResidentRepository {
 public:
  explicit ResidentRepository(Database& db) : db_(db) {}

  std::int64_t insert(const ResidentRecord& resident);
  // Every field but the id and the registration time.
  void update(const ResidentRecord& resident);
  std::optional<ResidentRecord> find(std::int64_t id);
  std::optional<ResidentRecord> findByIdHash(const std::string& hash);
  std::optional<ResidentRecord> findByPhoneHash(const std::string& hash);
  // The residents of one building's unit (by its keyed tag), by id.
  std::vector<ResidentRecord> atPlace(const std::string& placeTag);
  // Residents the station knows only from a card tap, with no request left that names them:
  // their record has served its purpose.
  int deleteUnlistedWithoutRequests();
  std::int64_t count();

 private:
  Database& db_;
};

}  // namespace yizhan::data
