#pragma once
// The volunteer roster as stored: sealed names and phones, keyed hashes, masked forms, and each
// volunteer's PIN lockout. What is sealed or hashed is decided above (kiosk/volunteers); this
// only keeps it.
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "data/database.h"

namespace yizhan::data {

struct VolunteerRecord {
  std::int64_t id = 0;
  std::optional<std::string> externalId;
  std::string nameSealed, nameMasked;
  std::optional<std::string> phoneSealed, phoneHash, phoneMasked;
  std::optional<std::string> idHash, idMasked;
  std::string team;
  std::string kind;  // in_service_member, retired_member, public
  std::string employer;
  std::string skills;  // comma-separated errand ids
  std::string grids;   // comma-separated grid ids they serve; empty: every grid
  std::optional<std::string> pinHash;
  std::string status = "active";  // active, inactive, removed
  std::string source;             // kiosk, import, district
  std::string enrolledAt, changedAt;
  int pinFailures = 0;
  std::optional<std::int64_t> lockedUntilEpoch;
};

class VolunteerRepository {
 public:
  explicit VolunteerRepository(Database& db) : db_(db) {}

  std::int64_t insert(const VolunteerRecord& volunteer);
  // Every field but the id, the enrolment time and the lockout.
  void update(const VolunteerRecord& volunteer);
  std::optional<VolunteerRecord> find(std::int64_t id);
  std::optional<VolunteerRecord> findByPhoneHash(const std::string& hash);
  std::optional<VolunteerRecord> findByIdHash(const std::string& hash);
  std::optional<VolunteerRecord> findByExternalId(const std::string& externalId);
  // Everyone not removed, by id.
  std::vector<VolunteerRecord> listed();
  bool anyListed();
  // The teams of the volunteers listed, each once, by name.
  std::vector<std::string> teams();
  void setPinHash(std::int64_t id, const std::string& hash, const std::string& at);
  void saveLockout(std::int64_t id, int failures, std::optional<std::int64_t> lockedUntilEpoch);

 private:
  Database& db_;
};

}  // namespace yizhan::data
