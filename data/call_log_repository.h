#pragma once
// Every call and recall of a ticket at a counter, in order: what the waiting-room display
// announces and the counter console shows.
#include <cstdint>
#include <string>
#include <vector>

#include "data/database.h"

namespace yizhan::data {

struct CallRecord {
  std::int64_t id = 0;
  std::int64_t ticketId = 0;
  std::string code;
  int counter = 0;
  std::string kind;  // call or recall
  std::string at;
};

class CallLogRepository {
 public:
  explicit CallLogRepository(Database& db) : db_(db) {}
  void append(const CallRecord& call);
  // Calls after `afterId`, oldest first.
  std::vector<CallRecord> after(std::int64_t afterId, int limit);
  // The latest calls, newest first.
  std::vector<CallRecord> recent(int limit);

 private:
  Database& db_;
};

}  // namespace yizhan::data
