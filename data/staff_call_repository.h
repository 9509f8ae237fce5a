#pragma once
// Calls for staff raised at the kiosk, open until a staff member marks them handled.
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "data/database.h"

namespace yizhan::data {

struct StaffCallRecord {
  std::int64_t id = 0;
  std::string raisedAt;
  std::int64_t raisedEpoch = 0;
  std::string source;
};

class StaffCallRepository {
 public:
  explicit StaffCallRepository(Database& db) : db_(db) {}

  std::int64_t insert(const std::string& raisedAt, std::int64_t raisedEpoch,
                      const std::string& source);
  // Returns false if the call does not exist or was already handled.
  bool markHandled(std::int64_t id, const std::string& handledAt);
  std::vector<StaffCallRecord> open();
  std::optional<StaffCallRecord> newestOpen();

 private:
  Database& db_;
};

}  // namespace yizhan::data
