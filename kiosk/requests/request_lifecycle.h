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

enum class RequestState {
  Accepted,    // 受理: waiting for someone to take it
  Dispatched,  // 已派单: staff gave it to a volunteer
  Taken,       // 已接单: a volunteer took it at the kiosk
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
};

enum class RequestRole : unsigned { Staff = 1, Volunteer = 2, Resident = 4, System = 8 };

// The store's and the contract's words (accepted, dispatched, …; dispatch, take, …).
const char* stateId(RequestState state);
std::optional<RequestState> stateFromId(std::string_view id);
const char* actionId(RequestAction action);
std::optional<RequestAction> actionFromId(std::string_view id);
// 受理, 已派单, …: as residents and staff read them.
const char* stateWords(RequestState state);
// Every state, in the order of a request's life (a staff page's list of states).
std::vector<RequestState> allRequestStates();

// staff, volunteer, resident, station: who took a transition, in the store and the contract.
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
};

// Every allowed transition; anything not listed is refused.
std::span<const TransitionRule> requestTransitions();

enum class TransitionRefusal {
  NotFromThisState,  // e.g. resolving a request nobody has started
  NotThisRole,       // e.g. a volunteer recording the callback
  ReasonRequired,
  NoteRequired,
  VolunteerRequired,
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
};

struct TransitionCheck {
  std::optional<RequestState> to;
  std::optional<TransitionRefusal> refused;
};

TransitionCheck checkTransition(const TransitionAsk& ask);

// The table's rows `role` may take from `state`, in the table's order: the buttons a page or
// screen offers (the service still checks each against the request as it is then).
std::vector<TransitionRule> rulesFrom(RequestState state, RequestRole role);

}  // namespace yizhan::kiosk
