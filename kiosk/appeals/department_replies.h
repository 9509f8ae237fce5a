#pragma once
// The departments' replies to forwarded appeals as the district sends them down: received
// (签收), in progress, done with what was done, or sent back. Each is kept once under the
// district's reply id; one that fits its appeal moves it along the lifecycle (as the
// department, in the same transaction as its outbox event); one that cannot — an unknown or
// closed appeal, a department the appeal is not with, a step the appeal cannot take — is kept
// and shown to staff, never dropped. A reply behind what the appeal already heard (received
// after done) is kept as stale: nothing to do. The same reply twice changes nothing.
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "data/appeal_reply_repository.h"
#include "data/database.h"
#include "kiosk/base/clock.h"
#include "kiosk/requests/request_desk.h"

namespace yizhan::kiosk {

struct DepartmentReply {
  std::string replyId;     // the district's id for this reply: the same reply sent again has it
  std::string appealUuid;  // the appeal's request_id in the contract
  std::string department;
  std::string kind;  // received, in_progress, done, sent_back
  std::string note;  // done: what was done; sent_back: why; otherwise optional
  std::string at;    // when the department sent it
};

enum class ReplyOutcome {
  Applied,
  Duplicate,  // this reply id came before: nothing changed
  Stale,      // behind the appeal's state (received after done): kept, nothing to do
  UnknownAppeal,
  ClosedAppeal,
  WrongDepartment,
  Refused,  // malformed (kind, ids, lengths), or a step the appeal cannot take now: kept
};

const char* replyOutcomeId(ReplyOutcome outcome);  // applied, duplicate, stale, …
// What a kept reply's problem is, for staff.
std::string replyOutcomeText(ReplyOutcome outcome);
std::string replyKindWords(const std::string& kind);  // 签收, 办理中, 办结, 退回

// A reply kept for staff to look at.
struct KeptReply {
  std::int64_t id = 0;
  std::string appealNumber;  // '' when the appeal is not known here
  std::optional<std::int64_t> requestId;
  std::string department, kind, note, at, arrivedAt;
  ReplyOutcome outcome = ReplyOutcome::Refused;
  std::string detail;
};

class DepartmentReplies {
 public:
  DepartmentReplies(data::Database& db, RequestDesk& requests, const Clock& clock);

  ReplyOutcome receive(const DepartmentReply& reply);
  // The `replies` array of the district's answer (docs/district-api.md §9, JSON text), each
  // received in turn in the caller's transaction; an entry that is not a reply is kept as
  // refused. Returns how many were new.
  int receiveAll(const std::string& repliesJson);
  std::vector<KeptReply> kept(int limit = 50);
  std::int64_t keptCount();
  // Staff have dealt with a kept reply (audited); false when it is not one waiting.
  bool handled(std::int64_t id, const std::string& actor);

 private:
  data::Database& db_;
  RequestDesk& requests_;
  const Clock& clock_;
};

}  // namespace yizhan::kiosk
