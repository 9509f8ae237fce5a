#pragma once
// A volunteer without their QR card or ID card signs in with their phone number and a 4-digit
// PIN (Argon2id), with a lockout per volunteer as for staff: wrong PINs in a row lock that
// volunteer's PIN for a while, doubling, and the lock survives restarts. Split like StaffAuth
// so the slow hash runs on the worker: begin() counts the attempt as failed before the check.
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "data/database.h"
#include "kiosk/base/clock.h"
#include "kiosk/residents/person_ref.h"
#include "kiosk/residents/personal_key.h"
#include "kiosk/staff/lockout_policy.h"
#include "kiosk/staff/staff_auth.h"

namespace yizhan::kiosk {

enum class VolunteerPinRefusal {
  UnknownPhone,  // no volunteer has this phone
  NoPin,         // the volunteer has no PIN yet: staff set one
  NotActive,     // inactive or removed
  Locked,
};

struct VolunteerPinAttempt {
  std::int64_t volunteerId = 0;
  std::optional<std::string> hash;  // check the PIN against this (on the worker)
  std::optional<VolunteerPinRefusal> refused;
  std::chrono::seconds lockRemaining{0};  // with Locked
};

class VolunteerPins {
 public:
  VolunteerPins(data::Database& db, const PersonalKey& key, const Clock& clock,
                LockoutPolicy policy)
      : db_(db), key_(key), clock_(clock), policy_(policy) {}

  // Whether this phone's volunteer may try a PIN now (nothing counted): the phone screen asks
  // before the PIN screen opens.
  VolunteerPinAttempt precheck(const PersonRef& phone);
  // The attempt itself, counted as failed until finish() says otherwise.
  VolunteerPinAttempt begin(const PersonRef& phone);
  VolunteerPinAttempt begin(std::string_view phoneDigits);
  // Accepted, Wrong (tries left) or Locked (for how long).
  PinResult finish(std::int64_t volunteerId, bool matched);

 private:
  std::optional<std::chrono::seconds> lockRemaining(std::optional<std::int64_t> lockedUntil) const;
  VolunteerPinAttempt attempt(const std::string& phoneHash, bool count);

  data::Database& db_;
  const PersonalKey& key_;
  const Clock& clock_;
  LockoutPolicy policy_;
};

}  // namespace yizhan::kiosk
