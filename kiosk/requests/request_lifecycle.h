#pragma once
// The life of an on-behalf request (红色代办) — and of an appeal, which rides the same
// machinery — as one table of allowed transitions (issue 16, requirement 5): from which state
// each action may go, to which state, who may take it, and what it must carry (a reason, a
// note, the volunteer). The domain services store each transition as an event with who, when
// and why; nothing else decides what may follow what.
#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace yizhan::kiosk {

// An on-behalf errand (红色代办) or an appeal (民意诉求): one table, one lifecycle; a few rows
// belong to one kind only (a volunteer takes errands; departments answer appeals).
enum class RequestKind : unsigned { Errand = 1, Appeal = 2 };
const char* requestKindId(RequestKind kind);  // errand, appeal
std::optional<RequestKind> requestKindFromId(std::string_view id);

enum class RequestState {
  Accepted,    // 受理: waiting for someone to take it
  Dispatched,  // 已派单: staff gave it to a volunteer; an appeal: forwarded to a department
  Taken,       // 已接单: a volunteer took it at the kiosk; an appeal: the department received it
  InProgress,  // 办理中
  Resolved,    // 已办结: done, waiting for the callback
  Closed,      // 已关闭: the resident said they were satisfied
  Reopened,    // 重办: not satisfied; to be dispatched again
  OnHold,      // 挂起: waiting for the resident or a third party; the deadline clock stops
  Referred,    // 已转办: passed to another body; closed, not done
  Cancelled,   // 已撤销: the resident withdrew it
  NoContact,   // 无法联系: the callback reached nobody after the tries; closed
};

enum class RequestAction {
  Dispatch,             // staff assign a volunteer
  Take,                 // a volunteer claims it
  Decline,              // the volunteer gives it back, with a reason
  Start,                // the errand is under way
  Resolve,              // done, with a note
  CallbackSatisfied,    // 回访：满意
  CallbackUnsatisfied,  // 回访：不满意 (a reason): done again
  CallbackUnreachable,  // 回访：无人接听 — one try; the service gives up after the configured tries
  GiveUpCallback,  // after the last unanswered try
  Hold,            // a reason; back with Resume to the state it was in
  Resume,
  Extend,  // more working days, once, with a reason; the state stays
  Refer,   // passed out, with a reason
  Cancel,  // the resident withdraws it
  // Appeals only (民意诉求): passed up to a department (吹哨), and the department's replies as
  // they come back down from the district (or as the department tells staff on the phone).
  Forward,             // to a department, at a level (小区 → 社区 → 街道 → 区县)
  Escalate,            // one level up, with a reason; the state stays
  DepartmentReceived,  // 部门签收
  DepartmentProgress,  // 部门办理中 (again: a further progress note)
  DepartmentDone,      // 部门办结, with what was done
  DepartmentSentBack,  // 部门退回, with why: back to the community to forward elsewhere
  CloseUnreviewed,     // resolved with nobody to call back (anonymous): closed, no callback
};

enum class RequestRole : unsigned {
  Staff = 1,
  Volunteer = 2,
  Resident = 4,
  System = 8,
  Department = 16,  // a reply from the department an appeal was forwarded to
};

// The store's and the contract's words (accepted, dispatched, …; dispatch, take, …).
const char* stateId(RequestState state);
std::optional<RequestState> stateFromId(std::string_view id);
const char* actionId(RequestAction action);
std::optional<RequestAction> actionFromId(std::string_view id);
// 受理, 已派单, …: as residents and staff read them.
const char* stateWords(RequestState state);
// An appeal's words where they differ: 已转派 (forwarded), 部门已签收 (the department has it).
const char* stateWords(RequestState state, RequestKind kind);
// Every state, in the order of a request's life (a staff page's list of states).
std::vector<RequestState> allRequestStates();

// staff, volunteer, resident, station, department: who took a transition, in the store and
// the contract.
const char* roleId(RequestRole role);

// Still to be done: it counts toward the deadline lists.
bool isOpen(RequestState state);
// In a volunteer's hands and under way: dispatched to them, taken, or in progress.
bool isWithVolunteer(RequestState state);

struct TransitionRule {
  RequestState from;
  RequestAction action;
  RequestState to;  // for Resume: the state before the hold, given with the transition
  unsigned roles;   // RequestRole bits
  bool reasonRequired = false;
  bool noteRequired = false;
  bool volunteerRequired = false;
  bool departmentRequired = false;
  unsigned kinds = 3;  // RequestKind bits: both by default
};

// Every allowed transition; anything not listed is refused.
std::span<const TransitionRule> requestTransitions();

enum class TransitionRefusal {
  NotFromThisState,  // e.g. resolving a request nobody has started
  NotThisRole,       // e.g. a volunteer recording the callback
  ReasonRequired,
  NoteRequired,
  VolunteerRequired,
  DepartmentRequired,
  NothingToResume,  // Resume without a state to go back to, or back to on hold itself
};

struct TransitionAsk {
  RequestState from;
  RequestAction action;
  RequestRole role;
  std::string reason;
  std::string note;
  std::optional<std::int64_t> volunteerId;
  std::optional<RequestState> beforeHold;  // for Resume
  RequestKind kind = RequestKind::Errand;
  std::string department{};  // for Forward
};

struct TransitionCheck {
  std::optional<RequestState> to;
  std::optional<TransitionRefusal> refused;
};

TransitionCheck checkTransition(const TransitionAsk& ask);

// The table's rows `role` may take from `state`, in the table's order: the buttons a page or
// screen offers (the service still checks each against the request as it is then).
std::vector<TransitionRule> rulesFrom(RequestState state, RequestRole role,
                                      RequestKind kind = RequestKind::Errand);

}  // namespace yizhan::kiosk
