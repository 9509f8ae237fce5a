#pragma once
// Who is served with priority: residents aged 70 and over (from the card), and residents
// staff have registered as disabled (a flag kept under the keyed hash of the ID number).
#include <optional>
#include <string>

#include "data/database.h"
#include "drivers/idcard/identity.h"
#include "kiosk/base/clock.h"
#include "kiosk/residents/personal_key.h"

namespace yizhan::kiosk {

struct ResidentStanding {
  std::string maskedId;
  std::optional<int> age;
  bool disability = false;
  bool priority() const;
};

class ResidentPriority {
 public:
  ResidentPriority(data::Database& db, const PersonalKey& key, const Clock& clock)
      : db_(db), key_(key), clock_(clock) {}

  ResidentStanding standingOf(const drivers::Identity& card);
  // Staff register (or withdraw) a disability: stored with an outbox event naming only the
  // masked ID number.
  void setDisability(const drivers::Identity& card, bool disability, const std::string& actor);

 private:
  data::Database& db_;
  const PersonalKey& key_;
  const Clock& clock_;
};

}  // namespace yizhan::kiosk
