#pragma once
// The [[grids]] array of the station's TOML file (docs/REQUESTS.md): a file that has it
// replaces the demonstration grids; mistakes name the entry, key and line.
#include <toml++/toml.h>

#include <string>
#include <vector>

#include "kiosk/residents/grid_map.h"

namespace yizhan::kiosk {

inline constexpr const char* kGridSection = "grids";
// Replaces `grids` with the array in `node`. Throws ConfigError.
void readGridArray(std::vector<Grid>& grids, const toml::node& node, const std::string& origin);
// The array as TOML, with a comment.
std::string renderGridArray(const std::vector<Grid>& grids);

}  // namespace yizhan::kiosk
