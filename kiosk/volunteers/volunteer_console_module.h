#pragma once
// Volunteers in the counter console: the shifts waiting for staff (confirm what the rules
// propose, or credit other minutes with a reason), and the roster — staff enrol a volunteer
// or edit one at the counter PC, where a keyboard can type a name the kiosk's touch screen
// cannot, and set the 4-digit PIN the volunteer chooses. The full details are sent only to a
// logged-in counter that asks for one volunteer; lists carry masked forms.
#include <mutex>
#include <string>

#include "kiosk/console/console_module.h"
#include "kiosk/volunteers/volunteer_review_flow.h"
#include "kiosk/volunteers/volunteer_roster.h"
#include "kiosk/volunteers/volunteer_shifts.h"

namespace yizhan::kiosk {

class VolunteerConsoleModule : public ConsoleModule {
 public:
  VolunteerConsoleModule(VolunteerRoster& roster, VolunteerShifts& shifts)
      : roster_(roster), shifts_(shifts) {}
  void addRoutes(ConsoleCore& core) override;
  void addState(int counter, nlohmann::json& state) override;

 private:
  void reviewRoutes(ConsoleCore& core);
  void rosterRoutes(ConsoleCore& core);
  // The flagged shift `id` as both answers name it, if it still waits (the store lock held).
  std::optional<FlaggedShiftView> flaggedShift(std::int64_t id);

  VolunteerRoster& roster_;
  VolunteerShifts& shifts_;
  // Argon2 takes tens of MiB: one PIN hashed at a time, and never under the store's lock.
  std::mutex hashing_;
};

}  // namespace yizhan::kiosk
