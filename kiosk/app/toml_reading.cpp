#include "kiosk/app/toml_reading.h"

#include <sstream>

#include "kiosk/app/config.h"

namespace yizhan::kiosk {

std::string tomlLine(const std::string& origin, const toml::node& node) {
  return origin + ":" + std::to_string(node.source().begin.line);
}

std::string tomlText(const toml::node& value, const std::string& here) {
  auto s = value.value<std::string>();
  if (!value.is_string() || !s) throw ConfigError(here + ": expected a string in quotes");
  return *s;
}

std::vector<std::string> tomlTexts(const toml::node& value, const std::string& here) {
  const toml::array* list = value.as_array();
  if (!list) throw ConfigError(here + ": expected a list of strings, [\"…\", \"…\"]");
  std::vector<std::string> out;
  for (const toml::node& item : *list) out.push_back(tomlText(item, here));
  return out;
}

std::string tomlList(const std::vector<std::string>& items) {
  std::ostringstream out;
  out << "[";
  for (size_t i = 0; i < items.size(); ++i)
    out << (i ? ", " : "") << toml::value<std::string>(items[i]);
  out << "]";
  return out.str();
}

}  // namespace yizhan::kiosk
