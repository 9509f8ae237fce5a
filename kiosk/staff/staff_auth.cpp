#include "kiosk/staff/staff_auth.h"

#include <stdexcept>

#include "data/audit_log.h"
#include "data/staff_auth_repository.h"
#include "kiosk/base/local_time.h"
#include "kiosk/staff/pin_hasher.h"

namespace yizhan::kiosk {

bool StaffAuth::hasPin() {
  return data::StaffAuthRepository(db_).pinHash().has_value();
}

namespace {
const char* actorOf(LoginPlace place) {
  return place == LoginPlace::Console ? "console" : "staff";
}
}  // namespace

void StaffAuth::setPin(std::string_view pin, std::string_view actor) {
  if (std::string problem = pinProblem(pin); !problem.empty()) {
    throw std::invalid_argument(problem);
  }
  std::string hash = hashPin(pin);
  std::string at = formatIso(clock_.now());
  data::Transaction tx(db_);
  data::StaffAuthRepository repo(db_);
  repo.setPinHash(hash, at);
  repo.clearLockouts();
  data::AuditLog(db_).record(at, actor, "staff.pin_set");
  tx.commit();
}

std::optional<std::chrono::seconds> StaffAuth::lockRemaining() {
  data::LockoutRecord record = data::StaffAuthRepository(db_).lockout(static_cast<int>(place_));
  if (!record.lockedUntilEpoch) return std::nullopt;
  std::int64_t now = epochSeconds(clock_.now());
  std::int64_t left = *record.lockedUntilEpoch - now;
  if (left <= 0) return std::nullopt;
  // A clock set back after a power cut must not stretch a lock beyond the policy's longest.
  if (left > policy_.max.count()) left = policy_.max.count();
  return std::chrono::seconds(left);
}

StaffAuth::Attempt StaffAuth::begin() {
  data::Transaction tx(db_);
  if (auto left = lockRemaining()) return {std::nullopt, PinResult{PinOutcome::Locked, 0, *left}};
  data::StaffAuthRepository repo(db_);
  auto hash = repo.pinHash();
  if (!hash) return {std::nullopt, PinResult{PinOutcome::NotSet}};
  // Counted now, as if wrong: the lock that this attempt would earn is in place before its
  // hash is checked, so attempts racing it are refused without a check.
  const int place = static_cast<int>(place_);
  data::LockoutRecord record = repo.lockout(place);
  record.consecutiveFailures += 1;
  if (std::chrono::seconds delay = policy_.delayAfter(record.consecutiveFailures); delay.count()) {
    record.lockedUntilEpoch = epochSeconds(clock_.now()) + delay.count();
  }
  repo.saveLockout(place, record);
  tx.commit();
  return {hash, std::nullopt};
}

PinResult StaffAuth::finish(bool matched) {
  std::string at = formatIso(clock_.now());
  const int place = static_cast<int>(place_);
  data::Transaction tx(db_);
  data::StaffAuthRepository repo(db_);
  data::AuditLog audit(db_);
  PinResult result{PinOutcome::Accepted};
  if (matched) {
    repo.saveLockout(place, {});
    audit.record(at, actorOf(place_), "staff.login");
  } else {
    // begin() already counted this failure and set any lock it earned.
    data::LockoutRecord record = repo.lockout(place);
    std::chrono::seconds delay = policy_.delayAfter(record.consecutiveFailures);
    if (delay.count() > 0) {
      result = {PinOutcome::Locked, 0, delay};
      audit.record(at, actorOf(place_), "staff.locked",
                   "failures=" + std::to_string(record.consecutiveFailures) +
                       " seconds=" + std::to_string(delay.count()));
    } else {
      result = {PinOutcome::Wrong, policy_.triesBeforeLock(record.consecutiveFailures)};
    }
    audit.record(at, actorOf(place_), "staff.login_failed",
                 "failures=" + std::to_string(record.consecutiveFailures));
  }
  tx.commit();
  return result;
}

}  // namespace yizhan::kiosk
