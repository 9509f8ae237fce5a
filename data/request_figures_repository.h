#pragma once
// What the figures the district asks for are counted from: each request or appeal that moved on
// the days [fromDay, toDay], with what it did then — accepted, done (and not sent back since),
// callbacks satisfied and not, passed out or withdrawn — and its kind, grid, category,
// deadline and resident. Read-only; walks of the covering index request_event_by_day.
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "data/database.h"

namespace yizhan::data {

struct RequestInPeriodRow {
  std::int64_t requestId = 0;
  std::string kind, grid, category, categoryName;
  std::string acceptedDay, dueDay;
  int heldDays = 0;
  std::optional<std::int64_t> residentId;
  bool anonymous = false;
  bool accepted = false;                   // accepted in the period
  std::optional<std::string> resolvedDay;  // done in the period, not sent back after
  int satisfied = 0, unsatisfied = 0;      // callbacks in the period
  int closedNotDone = 0;                   // passed out or withdrawn in the period
};

class RequestFiguresRepository {
 public:
  explicit RequestFiguresRepository(Database& db) : db_(db) {}
  std::vector<RequestInPeriodRow> activeBetween(const std::string& fromDay,
                                                const std::string& toDay);

 private:
  Database& db_;
};

}  // namespace yizhan::data
