#pragma once
// Staff login by PIN with a lockout that survives restarts, every attempt audited.
// Verification is split in two so the slow hash runs on a worker while the store stays on
// the UI thread: begin() on the UI thread, pinMatches() on a worker, finish() back on the UI.
#include <optional>
#include <string>
#include <string_view>

#include "data/database.h"
#include "kiosk/clock.h"
#include "kiosk/lockout_policy.h"

namespace yizhan::kiosk {

enum class PinOutcome { Accepted, Wrong, Locked, NotSet };

struct PinResult {
  PinOutcome outcome;
  int triesLeft = 0;                      // with Wrong
  std::chrono::seconds lockRemaining{0};  // with Locked
};

class StaffAuth {
 public:
  StaffAuth(data::Database& db, const Clock& clock, LockoutPolicy policy)
      : db_(db), clock_(clock), policy_(policy) {}

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
};

}  // namespace yizhan::kiosk
