#pragma once
// Who did what at the station: staff logins, failures, lockouts, PIN changes.
#include <string>
#include <string_view>
#include <vector>

#include "data/database.h"

namespace yizhan::data {

struct AuditEntry {
  std::string at;
  std::string actor;
  std::string action;
  std::string detail;
};

class AuditLog {
 public:
  explicit AuditLog(Database& db) : db_(db) {}
  void record(std::string_view at, std::string_view actor, std::string_view action,
              std::string_view detail = {});
  // Newest first.
  std::vector<AuditEntry> recent(int limit);

 private:
  Database& db_;
};

}  // namespace yizhan::data
