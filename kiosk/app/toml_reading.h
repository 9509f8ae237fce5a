#pragma once
// What every array section of the station's TOML ([[errand_types]], [[grids]],
// [[volunteer_points]]) reads its values with, so a mistake is reported the same way
// everywhere: the file and line, the key, and what was expected.
#include <toml++/toml.h>

#include <string>
#include <vector>

namespace yizhan::kiosk {

// "station.toml:12"
std::string tomlLine(const std::string& origin, const toml::node& node);
// A string in quotes. Throws ConfigError naming `here`.
std::string tomlText(const toml::node& value, const std::string& here);
// A list of strings in quotes.
std::vector<std::string> tomlTexts(const toml::node& value, const std::string& here);
// "a", "b" as TOML, for rendering a list back.
std::string tomlList(const std::vector<std::string>& items);

}  // namespace yizhan::kiosk
