#pragma once
// The department replies the district sent down for appeals, each kept once under the
// district's reply id with what became of it: applied to its appeal, or kept for staff
// (an appeal not known or already closed, a department it was never sent to, a reply that
// could not move it), or stale (behind what the appeal has already heard).
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "data/database.h"

namespace yizhan::data {

struct AppealReplyRecord {
  std::int64_t id = 0;
  std::string replyId, appealUuid;
  std::optional<std::int64_t> requestId;
  std::string department, kind, note, at, arrivedAt;
  std::string outcome;  // applied, stale, unknown_appeal, closed_appeal, wrong_department, refused
  std::string detail;
  std::optional<std::string> handledAt;
};

class AppealReplyRepository {
 public:
  explicit AppealReplyRepository(Database& db) : db_(db) {}

  bool known(const std::string& replyId);
  std::int64_t insert(const AppealReplyRecord& reply);
  std::optional<AppealReplyRecord> find(std::int64_t id);
  // Kept for staff and not yet looked at, oldest first.
  std::vector<AppealReplyRecord> kept(int limit);
  std::int64_t keptCount();
  // Every reply that came for one appeal, in arrival order.
  std::vector<AppealReplyRecord> ofRequest(std::int64_t requestId);
  // Staff looked at a kept reply; false when it is not one (or already handled).
  bool markHandled(std::int64_t id, const std::string& at);

 private:
  Database& db_;
};

}  // namespace yizhan::data
