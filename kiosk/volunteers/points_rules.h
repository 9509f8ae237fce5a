#pragma once
// 双积分: the points a volunteer earns, as rules the district sets, each in force from its date.
// A change of rule applies from its date on and never rewrites points already awarded (the
// ledger names the rule behind each entry). Points are kept in tenths: 1.5 points = 15.
#include <string>
#include <vector>

namespace yizhan::kiosk {

struct PointsRule {
  std::string from = "2000-01-01";  // YYYY-MM-DD: in force from this day
  int perHourTenths = 10;           // per credited hour (part hours pro rata, rounded down)
  int perRequestTenths = 20;        // per on-behalf request closed with the resident satisfied
  int monthlyCapTenths = 0;         // at most this many a month; 0: no cap
  bool operator==(const PointsRule&) const = default;
};

struct PointsRules {
  std::vector<PointsRule> rules{PointsRule{}};  // by `from`, earliest first
  // The rule in force on `day`; null before the first.
  const PointsRule* inForce(const std::string& day) const;
  bool operator==(const PointsRules&) const = default;
};

// 2.6 from 26, 3 from 30: as residents and volunteers read points.
std::string pointsText(int tenths);

}  // namespace yizhan::kiosk
