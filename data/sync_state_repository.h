#pragma once
// What the uploader remembers between restarts (last success, the applied district
// configuration and its ETag), as named values in one small table.
#include <map>
#include <optional>
#include <string>
#include <string_view>

#include "data/database.h"

namespace yizhan::data {

// The keys the uploader and the district configuration share.
inline constexpr const char* kLastSuccessKey = "last_success_at";
inline constexpr const char* kConfigEtagKey = "config_etag";
inline constexpr const char* kConfigVersionKey = "config_version";
// The cursor of the departments' replies to appeals (docs/district-api.md §9).
inline constexpr const char* kRepliesCursorKey = "appeal_replies_after";
// The last day whose figures went up by themselves (kiosk/figures/figures_schedule.h).
inline constexpr const char* kFiguresReportedKey = "figures_reported_through";
inline constexpr const char* kSectionKeyPrefix = "district_section:";  // + the section's name

class SyncStateRepository {
 public:
  explicit SyncStateRepository(Database& db) : db_(db) {}
  std::optional<std::string> get(std::string_view key);
  // Every value whose key starts with `prefix`, by key without the prefix.
  std::map<std::string, std::string> withPrefix(std::string_view prefix);
  // Joins the caller's transaction when there is one.
  void set(std::string_view key, std::string_view value);

 private:
  Database& db_;
};

}  // namespace yizhan::data
