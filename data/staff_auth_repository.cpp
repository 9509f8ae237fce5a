#include "data/staff_auth_repository.h"

namespace yizhan::data {

std::optional<std::string> StaffAuthRepository::pinHash() {
  auto stmt = db_.prepare("SELECT pin_hash FROM staff_credential WHERE id = 1");
  if (!stmt.step()) return std::nullopt;
  return stmt.columnText(0);
}

void StaffAuthRepository::setPinHash(const std::string& hash, const std::string& at) {
  db_.prepare(
         "INSERT INTO staff_credential (id, pin_hash, set_at) VALUES (1, ?1, ?2) "
         "ON CONFLICT(id) DO UPDATE SET pin_hash = excluded.pin_hash, set_at = excluded.set_at")
      .bind(1, hash)
      .bind(2, at)
      .run();
}

LockoutRecord StaffAuthRepository::lockout(int place) {
  auto stmt = db_.prepare(
      "SELECT consecutive_failures, locked_until_epoch FROM staff_lockout WHERE id = ?1");
  stmt.bind(1, place);
  if (!stmt.step()) return {};
  return {static_cast<int>(stmt.columnInt(0)), stmt.columnOptionalInt(1)};
}

void StaffAuthRepository::saveLockout(int place, const LockoutRecord& record) {
  db_.prepare(
         "INSERT INTO staff_lockout (id, consecutive_failures, locked_until_epoch) "
         "VALUES (?3, ?1, ?2) "
         "ON CONFLICT(id) DO UPDATE SET consecutive_failures = excluded.consecutive_failures, "
         "locked_until_epoch = excluded.locked_until_epoch")
      .bind(1, record.consecutiveFailures)
      .bind(2, record.lockedUntilEpoch)
      .bind(3, place)
      .run();
}

void StaffAuthRepository::clearLockouts() {
  db_.exec("DELETE FROM staff_lockout");
}

}  // namespace yizhan::data
