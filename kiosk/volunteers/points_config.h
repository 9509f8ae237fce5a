#pragma once
// The [[volunteer_points]] array of the station's TOML file: the points rules, each from its
// date. A file that has it replaces the default rule; mistakes name the entry, key and line.
#include <toml++/toml.h>

#include <string>

#include "kiosk/volunteers/points_rules.h"

namespace yizhan::kiosk {

inline constexpr const char* kPointsSection = "volunteer_points";
// Replaces `rules` with the array in `node`. Throws ConfigError.
void readPointsArray(PointsRules& rules, const toml::node& node, const std::string& origin);
// The array as TOML, each key with a comment.
std::string renderPointsArray(const PointsRules& rules);

}  // namespace yizhan::kiosk
