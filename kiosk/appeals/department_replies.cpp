#include "kiosk/appeals/department_replies.h"

#include <nlohmann/json.hpp>

#include "data/audit_log.h"
#include "data/outbox.h"
#include "data/request_repository.h"
#include "data/uuid.h"
#include "kiosk/base/local_time.h"
#include "kiosk/base/strings.h"

namespace yizhan::kiosk {

namespace {
constexpr size_t kLongestId = 64;
constexpr size_t kLongestNote = 500;  // characters

struct KindRow {
  const char* id;
  RequestAction action;
  const char* words;
};
constexpr KindRow kKinds[] = {
    {"received", RequestAction::DepartmentReceived, "签收"},
    {"in_progress", RequestAction::DepartmentProgress, "办理中"},
    {"done", RequestAction::DepartmentDone, "办结"},
    {"sent_back", RequestAction::DepartmentSentBack, "退回"},
};

const KindRow* kindRow(const std::string& kind) {
  for (const KindRow& k : kKinds)
    if (kind == k.id) return &k;
  return nullptr;
}

// How far along a department's work a state is: a reply for a step at or behind it is stale.
int progressOf(RequestState state) {
  switch (state) {
    case RequestState::Dispatched:
      return 0;
    case RequestState::Taken:
      return 1;
    case RequestState::InProgress:
      return 2;
    case RequestState::Resolved:
      return 3;
    default:
      return -1;
  }
}

int progressOf(RequestAction action) {
  switch (action) {
    case RequestAction::DepartmentReceived:
      return 1;
    case RequestAction::DepartmentProgress:
      return 2;
    case RequestAction::DepartmentDone:
      return 3;
    default:
      return 99;
  }
}
}  // namespace

const char* replyOutcomeId(ReplyOutcome outcome) {
  switch (outcome) {
    case ReplyOutcome::Applied:
      return "applied";
    case ReplyOutcome::Duplicate:
      return "duplicate";
    case ReplyOutcome::Stale:
      return "stale";
    case ReplyOutcome::UnknownAppeal:
      return "unknown_appeal";
    case ReplyOutcome::ClosedAppeal:
      return "closed_appeal";
    case ReplyOutcome::WrongDepartment:
      return "wrong_department";
    case ReplyOutcome::Refused:
      return "refused";
  }
  return "refused";
}

std::string replyOutcomeText(ReplyOutcome outcome) {
  switch (outcome) {
    case ReplyOutcome::Applied:
      return "已记入诉求";
    case ReplyOutcome::Duplicate:
      return "重复的回复，已忽略";
    case ReplyOutcome::Stale:
      return "比诉求现在的进度晚到，无需处理";
    case ReplyOutcome::UnknownAppeal:
      return "本站没有这件诉求，请与区平台核对";
    case ReplyOutcome::ClosedAppeal:
      return "诉求已结束（已关闭或居民已撤销），请告知部门";
    case ReplyOutcome::WrongDepartment:
      return "诉求没有转派给这个部门，请与部门核对";
    case ReplyOutcome::Refused:
      return "这条回复无法记入诉求，请查看原因";
  }
  return "";
}

std::string replyKindWords(const std::string& kind) {
  const KindRow* k = kindRow(kind);
  return k ? k->words : kind;
}

DepartmentReplies::DepartmentReplies(data::Database& db, RequestDesk& requests, const Clock& clock)
    : db_(db), requests_(requests), clock_(clock) {}

ReplyOutcome DepartmentReplies::receive(const DepartmentReply& reply) {
  data::Transaction tx(db_);
  data::AppealReplyRepository replies(db_);
  // Without its own id a reply cannot be told from the next; kept under one of ours.
  bool named = !reply.replyId.empty() && utf8Characters(reply.replyId) <= kLongestId;
  if (named && replies.known(reply.replyId)) return ReplyOutcome::Duplicate;

  data::AppealReplyRecord row;
  row.replyId = named ? reply.replyId : "unnamed-" + data::newUuid();
  // Kept as sent, within bounds: what staff are shown is what the district said.
  row.appealUuid = utf8Prefix(reply.appealUuid, kLongestId);
  row.department = utf8Prefix(reply.department, kLongestId);
  row.kind = utf8Prefix(reply.kind, 32);
  row.note = utf8Prefix(reply.note, kLongestNote);
  row.at = utf8Prefix(reply.at, 40);
  row.arrivedAt = formatIso(clock_.now());

  ReplyOutcome outcome = ReplyOutcome::Applied;
  const KindRow* kind = kindRow(reply.kind);
  auto found = data::RequestRepository(db_).findByUuid(reply.appealUuid);
  if (found && found->kind != "appeal") found.reset();
  if (found) row.requestId = found->id;
  if (!named || !kind || reply.department.empty() ||
      utf8Characters(reply.department) > kLongestId || utf8Characters(reply.note) > kLongestNote) {
    outcome = ReplyOutcome::Refused;
    row.detail = !named  ? "reply_id missing or too long"
                 : !kind ? "unknown kind"
                         : "department or note missing or too long";
  } else if (!found) {
    outcome = ReplyOutcome::UnknownAppeal;
  } else if (found->closedAt) {
    outcome = ReplyOutcome::ClosedAppeal;
    row.detail = found->state;
  } else if (found->department != reply.department) {
    outcome = ReplyOutcome::WrongDepartment;
    row.detail = found->department.empty() ? "not forwarded" : "forwarded to " + found->department;
  } else {
    RequestState state = stateFromId(found->state).value_or(RequestState::Accepted);
    int at = progressOf(state);
    if (at >= 0 && progressOf(kind->action) <= at) {
      outcome = ReplyOutcome::Stale;
      row.detail = found->state;
    } else {
      ActAsk ask;
      ask.action = kind->action;
      ask.actor = RequestActor::department(reply.department);
      if (kind->action == RequestAction::DepartmentSentBack) {
        ask.reason = row.note;
      } else {
        ask.note = row.note;
      }
      ActOutcome acted = requests_.act(found->id, ask);
      if (!acted) {
        outcome = ReplyOutcome::Refused;
        row.detail = actProblemText(acted);
      }
    }
  }
  row.outcome = replyOutcomeId(outcome);
  replies.insert(row);
  if (outcome != ReplyOutcome::Applied) {
    // The district learns the station holds the reply without having applied it.
    nlohmann::json payload = {{"reply_id", row.replyId},      {"appeal_id", row.appealUuid},
                              {"department", row.department}, {"kind", row.kind},
                              {"outcome", row.outcome},       {"detail", row.detail},
                              {"at", row.arrivedAt}};
    data::Outbox(db_).append("appeal.reply_kept", row.arrivedAt, payload.dump());
  }
  tx.commit();
  return outcome;
}

int DepartmentReplies::receiveAll(const std::string& repliesJson) {
  auto list = nlohmann::json::parse(repliesJson, nullptr, false);
  if (!list.is_array()) return 0;
  auto text = [](const nlohmann::json& r, const char* key) {
    return r.is_object() && r.contains(key) && r[key].is_string() ? r[key].get<std::string>()
                                                                  : std::string();
  };
  int fresh = 0;
  for (const auto& r : list) {
    DepartmentReply reply{text(r, "reply_id"), text(r, "appeal_id"), text(r, "department"),
                          text(r, "kind"),     text(r, "note"),      text(r, "at")};
    fresh += receive(reply) != ReplyOutcome::Duplicate;
  }
  return fresh;
}

std::vector<KeptReply> DepartmentReplies::kept(int limit) {
  std::vector<KeptReply> out;
  data::RequestRepository requests(db_);
  for (const auto& r : data::AppealReplyRepository(db_).kept(limit)) {
    KeptReply k;
    k.id = r.id;
    if (r.requestId) {
      if (auto appeal = requests.find(*r.requestId)) {
        k.appealNumber = appeal->number;
        k.requestId = appeal->id;
      }
    }
    k.department = r.department;
    k.kind = r.kind;
    k.note = r.note;
    k.at = r.at;
    k.arrivedAt = r.arrivedAt;
    for (ReplyOutcome o : {ReplyOutcome::UnknownAppeal, ReplyOutcome::ClosedAppeal,
                           ReplyOutcome::WrongDepartment, ReplyOutcome::Refused}) {
      if (r.outcome == replyOutcomeId(o)) k.outcome = o;
    }
    k.detail = r.detail;
    out.push_back(std::move(k));
  }
  return out;
}

std::int64_t DepartmentReplies::keptCount() {
  return data::AppealReplyRepository(db_).keptCount();
}

bool DepartmentReplies::handled(std::int64_t id, const std::string& actor) {
  data::Transaction tx(db_);
  std::string at = formatIso(clock_.now());
  if (!data::AppealReplyRepository(db_).markHandled(id, at)) return false;
  data::AuditLog(db_).record(at, actor, "appeal_reply.handled", std::to_string(id));
  tx.commit();
  return true;
}

}  // namespace yizhan::kiosk
