#include "kiosk/volunteers/volunteer_pins.h"

#include "data/audit_log.h"
#include "data/volunteer_repository.h"
#include "kiosk/base/local_time.h"
#include "kiosk/residents/person_ref.h"

namespace yizhan::kiosk {

std::optional<std::chrono::seconds> VolunteerPins::lockRemaining(
    std::optional<std::int64_t> lockedUntil) const {
  if (!lockedUntil) return std::nullopt;
  std::int64_t left = *lockedUntil - epochSeconds(clock_.now());
  if (left <= 0) return std::nullopt;
  // A clock set back must not stretch a lock beyond the policy's longest.
  return std::chrono::seconds(std::min<std::int64_t>(left, policy_.max.count()));
}

VolunteerPinAttempt VolunteerPins::begin(std::string_view phoneDigits) {
  if (!isMobileNumber(phoneDigits)) {
    VolunteerPinAttempt refused;
    refused.refused = VolunteerPinRefusal::UnknownPhone;
    return refused;
  }
  return attempt(key_.hashPhone(phoneDigits), true);
}

VolunteerPinAttempt VolunteerPins::begin(const PersonRef& phone) {
  return attempt(phone.hash, true);
}

VolunteerPinAttempt VolunteerPins::precheck(const PersonRef& phone) {
  return attempt(phone.hash, false);
}

VolunteerPinAttempt VolunteerPins::attempt(const std::string& phoneHash, bool count) {
  VolunteerPinAttempt attempt;
  data::Transaction tx(db_);
  data::VolunteerRepository repo(db_);
  auto v = repo.findByPhoneHash(phoneHash);
  if (!v) {
    attempt.refused = VolunteerPinRefusal::UnknownPhone;
    return attempt;
  }
  attempt.volunteerId = v->id;
  if (v->status != "active") {
    attempt.refused = VolunteerPinRefusal::NotActive;
  } else if (auto left = lockRemaining(v->lockedUntilEpoch)) {
    attempt.refused = VolunteerPinRefusal::Locked;
    attempt.lockRemaining = *left;
  } else if (!v->pinHash) {
    attempt.refused = VolunteerPinRefusal::NoPin;
  }
  if (attempt.refused || !count) return attempt;
  // Counted now, as if wrong, with the lock it would earn: PINs raced in cannot get more
  // checks than the lockout allows.
  int failures = v->pinFailures + 1;
  std::optional<std::int64_t> until;
  if (auto delay = policy_.delayAfter(failures); delay.count())
    until = epochSeconds(clock_.now()) + delay.count();
  repo.saveLockout(v->id, failures, until);
  tx.commit();
  attempt.hash = v->pinHash;
  return attempt;
}

PinResult VolunteerPins::finish(std::int64_t volunteerId, bool matched) {
  std::string at = formatIso(clock_.now());
  data::Transaction tx(db_);
  data::VolunteerRepository repo(db_);
  auto v = repo.find(volunteerId);
  if (!v) return {PinOutcome::NotSet};
  PinResult result{PinOutcome::Accepted};
  std::string who = "volunteer " + std::to_string(volunteerId);
  data::AuditLog audit(db_);
  if (matched) {
    repo.saveLockout(volunteerId, 0, std::nullopt);
  } else if (auto delay = policy_.delayAfter(v->pinFailures); delay.count() > 0) {
    result = {PinOutcome::Locked, 0, delay};
    audit.record(at, "kiosk", "volunteer.pin_locked",
                 who + " failures=" + std::to_string(v->pinFailures));
  } else {
    result = {PinOutcome::Wrong, policy_.triesBeforeLock(v->pinFailures)};
    audit.record(at, "kiosk", "volunteer.pin_failed",
                 who + " failures=" + std::to_string(v->pinFailures));
  }
  tx.commit();
  return result;
}

}  // namespace yizhan::kiosk
