#pragma once
// "Call staff" from a resident: a notice that stays open in the staff menu until handled.
#include <cstdint>
#include <string>
#include <vector>

#include "data/database.h"
#include "kiosk/base/clock.h"

namespace yizhan::kiosk {

struct StaffCallView {
  std::int64_t id;
  std::string raisedClock;  // HH:MM, local
};

class StaffCallService {
 public:
  // A second tap within this window joins the open call instead of raising another.
  static constexpr std::int64_t kRepeatWindowSeconds = 120;

  StaffCallService(data::Database& db, const Clock& clock) : db_(db), clock_(clock) {}

  struct Raised {
    std::int64_t id;
    bool alreadyOpen;
  };
  Raised raise(const std::string& source);
  // Returns false if the call was already handled.
  bool handle(std::int64_t id);
  std::vector<StaffCallView> open();

 private:
  data::Database& db_;
  const Clock& clock_;
};

}  // namespace yizhan::kiosk
