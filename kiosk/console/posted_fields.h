#pragma once
// What a console page posts, read field by field: the wrong kind or a missing key reads as
// empty, so each route checks only what it needs. And a refusal as the pages read it.
#include <httplib.h>

#include <cstdint>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>

namespace yizhan::kiosk {

inline std::string postedText(const nlohmann::json& body, const char* key) {
  return body.is_object() && body.contains(key) && body[key].is_string()
             ? body[key].get<std::string>()
             : std::string();
}

inline std::optional<std::int64_t> postedNumber(const nlohmann::json& body, const char* key) {
  if (body.is_object() && body.contains(key) && body[key].is_number_integer())
    return body[key].get<std::int64_t>();
  return std::nullopt;
}

inline bool postedFlag(const nlohmann::json& body, const char* key) {
  return body.is_object() && body.contains(key) && body[key].is_boolean() && body[key].get<bool>();
}

// {"problem": words} with `status`: the page shows the words.
inline void refuseJson(httplib::Response& res, int status, const std::string& words) {
  res.status = status;
  res.set_content(nlohmann::json{{"problem", words}}.dump(), "application/json");
}

}  // namespace yizhan::kiosk
