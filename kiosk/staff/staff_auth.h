#pragma once
// Staff login by PIN with a lockout that survives restarts, every attempt audited.
// Verification is split in two so the slow hash runs on a worker while the store stays on
// the UI thread: begin() on the UI thread, pinMatches() on a worker, finish() back on the UI.
// begin() counts the attempt as failed before the hash is checked, so PINs sent all at once
// get no more checks than the lockout allows; finish() with the right PIN clears the count.
#include <optional>
#include <string>
#include <string_view>

#include "data/database.h"
#include "kiosk/base/clock.h"
#include "kiosk/staff/lockout_policy.h"

namespace yizhan::kiosk {

enum class PinOutcome { Accepted, Wrong, Locked, NotSet };

// Where a PIN is typed. Each place has its own lockout: wrong PINs sent over the network lock
// the counter console, never the keypad of the kiosk staff stand at.
enum class LoginPlace { Kiosk = 1, Console = 2 };

struct PinResult {
  PinOutcome outcome;
  int triesLeft = 0;                      // with Wrong
  std::chrono::seconds lockRemaining{0};  // with Locked
};

class StaffAuth {
 public:
  StaffAuth(data::Database& db, const Clock& clock, LockoutPolicy policy,
            LoginPlace place = LoginPlace::Kiosk)
      : db_(db), clock_(clock), policy_(policy), place_(place) {}

  bool hasPin();
  // Validates and stores a new PIN (audited); clears any lockout. Throws std::invalid_argument.
  void setPin(std::string_view pin, std::string_view actor);

  // Either a stored hash to check the PIN against, or the reason no check may happen now.
  struct Attempt {
    std::optional<std::string> hash;
    std::optional<PinResult> refused;
  };
  Attempt begin();
  PinResult finish(bool matched);

  // Locked now? (for showing the countdown)
  std::optional<std::chrono::seconds> lockRemaining();

 private:
  data::Database& db_;
  const Clock& clock_;
  LockoutPolicy policy_;
  LoginPlace place_;
};

}  // namespace yizhan::kiosk
