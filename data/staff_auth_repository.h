#pragma once
// Persistence of the staff PIN hash and of the lockout counter, which must survive restarts.
#include <cstdint>
#include <optional>
#include <string>

#include "data/database.h"

namespace yizhan::data {

struct LockoutRecord {
  int consecutiveFailures = 0;
  std::optional<std::int64_t> lockedUntilEpoch;
};

class StaffAuthRepository {
 public:
  explicit StaffAuthRepository(Database& db) : db_(db) {}

  std::optional<std::string> pinHash();
  void setPinHash(const std::string& hash, const std::string& at);

  // `place`: 1 the kiosk's keypad, 2 the counter console (each has its own lockout).
  LockoutRecord lockout(int place);
  void saveLockout(int place, const LockoutRecord& record);
  // A new PIN ends every lockout.
  void clearLockouts();

 private:
  Database& db_;
};

}  // namespace yizhan::data
