#pragma once
// What every list section of a district configuration checks first in an entry: its own id,
// by which a refusal names it (never by a person's name or number) and a resend finds it.
#include <optional>
#include <string>

#include <nlohmann/json.hpp>

namespace yizhan::kiosk {

// The entry's `key` when it is a string of 1-64 characters.
inline std::optional<std::string> entryIdOf(const nlohmann::json& entry, const char* key) {
  if (!entry.is_object() || !entry.contains(key) || !entry[key].is_string()) return std::nullopt;
  std::string id = entry[key].get<std::string>();
  if (id.empty() || id.size() > 64) return std::nullopt;
  return id;
}

inline std::string entryIdProblem(const char* key) {
  return std::string("\"") + key + "\" missing or not a string of 1-64 characters";
}

}  // namespace yizhan::kiosk
