#pragma once
// The [[errand_types]] array of the station's TOML file (docs/REQUESTS.md): a file that has
// it replaces the default errands; mistakes name the entry, key and line.
#include <toml++/toml.h>

#include <string>
#include <vector>

#include "kiosk/requests/errand_types.h"

namespace yizhan::kiosk {

inline constexpr const char* kErrandSection = "errand_types";
// Replaces `types` with the array in `node`. Throws ConfigError.
void readErrandArray(std::vector<ErrandType>& types, const toml::node& node,
                     const std::string& origin);
// The array as TOML, with a comment on each key.
std::string renderErrandArray(const std::vector<ErrandType>& types);

}  // namespace yizhan::kiosk
