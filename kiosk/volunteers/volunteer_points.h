#pragma once
// 双积分: a volunteer's credited service turned into points by the rule in force on the day it
// was done, into an append-only ledger that names the rule, capped per month; and the month's
// hours, points and rank, kept as totals so they cost an index lookup, not a sum.
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "data/database.h"
#include "data/volunteer_points_repository.h"
#include "data/volunteer_shift_repository.h"
#include "kiosk/base/clock.h"
#include "kiosk/volunteers/points_rules.h"

namespace yizhan::kiosk {

struct MonthStanding {
  std::string month;  // YYYY-MM
  std::int64_t minutes = 0;
  std::int64_t tenths = 0;
  std::int64_t rank = 0;    // by hours, 1 = the most; 0 when nothing credited yet
  std::int64_t ranked = 0;  // volunteers with hours this month
};

struct TopVolunteer {
  std::int64_t volunteerId = 0;
  std::string nameMasked;
  std::string team;
  std::int64_t minutes = 0;
  std::int64_t tenths = 0;
};

class VolunteerPoints {
 public:
  VolunteerPoints(data::Database& db, const PointsRules& rules, const Clock& clock)
      : db_(db), rules_(rules), clock_(clock) {}

  // Inside the caller's transaction: the shift's credited minutes into its month, and its
  // points (with their event) by the rule of its day. A shift earns once.
  void creditShift(const data::ShiftRecord& shift);
  // A closed on-behalf request's bonus for the volunteer who did it (the next feature);
  // false if that request has earned already. Its own transaction, or the caller's.
  bool creditRequest(std::int64_t volunteerId, const std::string& requestUuid,
                     const std::string& day);

  MonthStanding standing(std::int64_t volunteerId, const std::string& month);
  // This month's most hours, at most ten, masked names; optionally one team's.
  std::vector<TopVolunteer> topTen(const std::string& month,
                                   const std::optional<std::string>& team = std::nullopt);
  std::vector<data::PointsEntry> ledger(std::int64_t volunteerId, const std::string& month);

 private:
  // Appends the entry the rule gives (capped by the month), with its event; false when there
  // is nothing to give or that shift or request has earned already.
  bool award(std::int64_t volunteerId, const std::string& day, const std::string& reason,
             const std::string& source, int wantedTenths, const PointsRule& rule);

  data::Database& db_;
  const PointsRules& rules_;
  const Clock& clock_;
};

}  // namespace yizhan::kiosk
