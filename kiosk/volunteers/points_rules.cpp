#include "kiosk/volunteers/points_rules.h"

namespace yizhan::kiosk {

const PointsRule* PointsRules::inForce(const std::string& day) const {
  const PointsRule* found = nullptr;
  for (const PointsRule& r : rules) {
    if (r.from <= day) found = &r;
  }
  return found;
}

std::string pointsText(int tenths) {
  std::string whole = std::to_string(tenths / 10);
  return tenths % 10 == 0 ? whole : whole + "." + std::to_string(tenths % 10);
}

}  // namespace yizhan::kiosk
