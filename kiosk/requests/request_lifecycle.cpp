#include "kiosk/requests/request_lifecycle.h"

#include <algorithm>
#include <array>

namespace yizhan::kiosk {

namespace {
using S = RequestState;
using A = RequestAction;
constexpr unsigned kStaff = static_cast<unsigned>(RequestRole::Staff);
constexpr unsigned kVolunteer = static_cast<unsigned>(RequestRole::Volunteer);
constexpr unsigned kResident = static_cast<unsigned>(RequestRole::Resident);
constexpr unsigned kSystem = static_cast<unsigned>(RequestRole::System);
constexpr unsigned kDepartment = static_cast<unsigned>(RequestRole::Department);
constexpr unsigned kErrand = static_cast<unsigned>(RequestKind::Errand);
constexpr unsigned kAppeal = static_cast<unsigned>(RequestKind::Appeal);
constexpr unsigned kBoth = kErrand | kAppeal;
constexpr bool R = true;  // required (the table's columns: reason, note, volunteer, department)
constexpr bool o = false;

struct Named {
  S state;
  const char* id;
  const char* words;
};
constexpr std::array<Named, 11> kStates = {{
    {S::Accepted, "accepted", "受理"},
    {S::Dispatched, "dispatched", "已派单"},
    {S::Taken, "taken", "已接单"},
    {S::InProgress, "in_progress", "办理中"},
    {S::Resolved, "resolved", "已办结"},
    {S::Closed, "closed", "已关闭"},
    {S::Reopened, "reopened", "重办"},
    {S::OnHold, "on_hold", "挂起"},
    {S::Referred, "referred", "已转办"},
    {S::Cancelled, "cancelled", "已撤销"},
    {S::NoContact, "no_contact", "无法联系"},
}};

constexpr std::array<std::pair<A, const char*>, 21> kActions = {{
    {A::Dispatch, "dispatch"},
    {A::Take, "take"},
    {A::Decline, "decline"},
    {A::Start, "start"},
    {A::Resolve, "resolve"},
    {A::CallbackSatisfied, "callback_satisfied"},
    {A::CallbackUnsatisfied, "callback_unsatisfied"},
    {A::CallbackUnreachable, "callback_unreachable"},
    {A::GiveUpCallback, "give_up_callback"},
    {A::Hold, "hold"},
    {A::Resume, "resume"},
    {A::Extend, "extend"},
    {A::Refer, "refer"},
    {A::Cancel, "cancel"},
    {A::Forward, "forward"},
    {A::Escalate, "escalate"},
    {A::DepartmentReceived, "department_received"},
    {A::DepartmentProgress, "department_progress"},
    {A::DepartmentDone, "department_done"},
    {A::DepartmentSentBack, "department_sent_back"},
    {A::CloseUnreviewed, "close_unreviewed"},
}};

// The table. Read a row as: from `from`, `action` (by these roles, with these: reason, note,
// volunteer, department) goes to `to`, for these kinds.
// clang-format off
constexpr TransitionRule kRules[] = {
    // Someone takes an errand: staff dispatch, or a signed-in volunteer claims it.
    {S::Accepted,   A::Dispatch, S::Dispatched, kStaff,     o, o, R, o, kErrand},
    {S::Reopened,   A::Dispatch, S::Dispatched, kStaff,     o, o, R, o, kErrand},
    {S::Accepted,   A::Take,     S::Taken,      kVolunteer, o, o, R, o, kErrand},
    {S::Reopened,   A::Take,     S::Taken,      kVolunteer, o, o, R, o, kErrand},
    // The volunteer cannot do it after all: back for someone else, with why.
    {S::Dispatched, A::Decline,  S::Accepted,   kVolunteer | kStaff, R, o, o, o, kErrand},
    {S::Taken,      A::Decline,  S::Accepted,   kVolunteer | kStaff, R, o, o, o, kErrand},
    {S::Dispatched, A::Start,    S::InProgress, kVolunteer | kStaff, o, o, o, o, kErrand},
    {S::Taken,      A::Start,    S::InProgress, kVolunteer | kStaff, o, o, o, o, kErrand},
    // An appeal the community settles itself: staff take it in hand.
    {S::Accepted,   A::Start,    S::InProgress, kStaff, o, o, o, o, kAppeal},
    {S::Reopened,   A::Start,    S::InProgress, kStaff, o, o, o, o, kAppeal},
    {S::InProgress, A::Resolve,  S::Resolved,   kVolunteer | kStaff, o, R, o, o, kBoth},
    // An appeal passed up (吹哨) to a department; the station's unsatisfied callback forwards
    // it again to the same one.
    {S::Accepted,   A::Forward,  S::Dispatched, kStaff,           o, o, o, R, kAppeal},
    {S::Reopened,   A::Forward,  S::Dispatched, kStaff | kSystem, o, o, o, R, kAppeal},
    {S::Dispatched, A::Escalate, S::Dispatched, kStaff, R, o, o, o, kAppeal},
    {S::Taken,      A::Escalate, S::Taken,      kStaff, R, o, o, o, kAppeal},
    {S::InProgress, A::Escalate, S::InProgress, kStaff, R, o, o, o, kAppeal},
    // The department's replies (from the district, or told to staff on the phone). Done
    // before received counts as received.
    {S::Dispatched, A::DepartmentReceived, S::Taken,      kDepartment | kStaff, o, o, o, o, kAppeal},
    {S::Dispatched, A::DepartmentProgress, S::InProgress, kDepartment | kStaff, o, o, o, o, kAppeal},
    {S::Taken,      A::DepartmentProgress, S::InProgress, kDepartment | kStaff, o, o, o, o, kAppeal},
    {S::InProgress, A::DepartmentProgress, S::InProgress, kDepartment | kStaff, o, o, o, o, kAppeal},
    {S::Dispatched, A::DepartmentDone,     S::Resolved,   kDepartment | kStaff, o, R, o, o, kAppeal},
    {S::Taken,      A::DepartmentDone,     S::Resolved,   kDepartment | kStaff, o, R, o, o, kAppeal},
    {S::InProgress, A::DepartmentDone,     S::Resolved,   kDepartment | kStaff, o, R, o, o, kAppeal},
    {S::Dispatched, A::DepartmentSentBack, S::Accepted,   kDepartment | kStaff, R, o, o, o, kAppeal},
    {S::Taken,      A::DepartmentSentBack, S::Accepted,   kDepartment | kStaff, R, o, o, o, kAppeal},
    {S::InProgress, A::DepartmentSentBack, S::Accepted,   kDepartment | kStaff, R, o, o, o, kAppeal},
    // The callback (回访) is staff's; an anonymous appeal has nobody to call and closes.
    {S::Resolved,   A::CallbackSatisfied,   S::Closed,    kStaff, o, o, o, o, kBoth},
    {S::Resolved,   A::CallbackUnsatisfied, S::Reopened,  kStaff, R, o, o, o, kBoth},
    {S::Resolved,   A::CallbackUnreachable, S::Resolved,  kStaff, o, o, o, o, kBoth},
    {S::Resolved,   A::GiveUpCallback,      S::NoContact, kStaff | kSystem, o, o, o, o, kBoth},
    {S::Resolved,   A::CloseUnreviewed,     S::Closed,    kSystem, o, o, o, o, kAppeal},
    // On hold from any state before it is done; back to where it was.
    {S::Accepted,   A::Hold, S::OnHold, kStaff, R},
    {S::Dispatched, A::Hold, S::OnHold, kStaff | kVolunteer, R},
    {S::Taken,      A::Hold, S::OnHold, kStaff | kVolunteer, R},
    {S::InProgress, A::Hold, S::OnHold, kStaff | kVolunteer, R},
    {S::Reopened,   A::Hold, S::OnHold, kStaff, R},
    {S::OnHold,     A::Resume, S::OnHold /* the state before */, kStaff | kVolunteer},
    // More time, once (the service checks it is the first and before the deadline).
    {S::Accepted,   A::Extend, S::Accepted,   kStaff, R},
    {S::Dispatched, A::Extend, S::Dispatched, kStaff, R},
    {S::Taken,      A::Extend, S::Taken,      kStaff, R},
    {S::InProgress, A::Extend, S::InProgress, kStaff, R},
    {S::Reopened,   A::Extend, S::Reopened,   kStaff, R},
    // Passed out: closed, not done (counted apart from done).
    {S::Accepted,   A::Refer, S::Referred, kStaff, R},
    {S::Dispatched, A::Refer, S::Referred, kStaff, R},
    {S::Taken,      A::Refer, S::Referred, kStaff, R},
    {S::InProgress, A::Refer, S::Referred, kStaff, R},
    {S::Reopened,   A::Refer, S::Referred, kStaff, R},
    {S::OnHold,     A::Refer, S::Referred, kStaff, R},
    // The resident withdraws it (at the kiosk, or telling staff), until it is done. A
    // forwarded appeal too: the district tells the department it is withdrawn.
    {S::Accepted,   A::Cancel, S::Cancelled, kResident | kStaff},
    {S::Dispatched, A::Cancel, S::Cancelled, kResident | kStaff},
    {S::Taken,      A::Cancel, S::Cancelled, kResident | kStaff},
    {S::InProgress, A::Cancel, S::Cancelled, kResident | kStaff},
    {S::Reopened,   A::Cancel, S::Cancelled, kResident | kStaff},
    {S::OnHold,     A::Cancel, S::Cancelled, kResident | kStaff},
};
// clang-format on
}  // namespace

std::vector<RequestState> allRequestStates() {
  std::vector<RequestState> out;
  for (const Named& n : kStates) out.push_back(n.state);
  return out;
}

const char* stateId(RequestState state) {
  for (const Named& n : kStates) {
    if (n.state == state) return n.id;
  }
  return "accepted";
}

std::optional<RequestState> stateFromId(std::string_view id) {
  for (const Named& n : kStates) {
    if (id == n.id) return n.state;
  }
  return std::nullopt;
}

const char* stateWords(RequestState state) {
  for (const Named& n : kStates) {
    if (n.state == state) return n.words;
  }
  return "";
}

const char* stateWords(RequestState state, RequestKind kind) {
  if (kind == RequestKind::Appeal && state == S::Dispatched) return "已转派";
  if (kind == RequestKind::Appeal && state == S::Taken) return "部门已签收";
  return stateWords(state);
}

const char* actionId(RequestAction action) {
  for (const auto& [a, id] : kActions) {
    if (a == action) return id;
  }
  return "";
}

std::optional<RequestAction> actionFromId(std::string_view id) {
  for (const auto& [a, name] : kActions) {
    if (id == name) return a;
  }
  return std::nullopt;
}

const char* requestKindId(RequestKind kind) {
  return kind == RequestKind::Appeal ? "appeal" : "errand";
}

std::optional<RequestKind> requestKindFromId(std::string_view id) {
  if (id == "errand") return RequestKind::Errand;
  if (id == "appeal") return RequestKind::Appeal;
  return std::nullopt;
}

const char* roleId(RequestRole role) {
  switch (role) {
    case RequestRole::Staff:
      return "staff";
    case RequestRole::Volunteer:
      return "volunteer";
    case RequestRole::Resident:
      return "resident";
    case RequestRole::System:
      return "station";
    case RequestRole::Department:
      return "department";
  }
  return "station";
}

bool isOpen(RequestState state) {
  switch (state) {
    case S::Closed:
    case S::Referred:
    case S::Cancelled:
    case S::NoContact:
      return false;
    default:
      return true;
  }
}

bool isWithVolunteer(RequestState state) {
  return state == S::Dispatched || state == S::Taken || state == S::InProgress;
}

std::span<const TransitionRule> requestTransitions() {
  return kRules;
}

TransitionCheck checkTransition(const TransitionAsk& ask) {
  const TransitionRule* rule = nullptr;
  for (const TransitionRule& r : kRules) {
    if (r.from == ask.from && r.action == ask.action && (r.kinds & static_cast<unsigned>(ask.kind)))
      rule = &r;
  }
  if (!rule) return {std::nullopt, TransitionRefusal::NotFromThisState};
  if (!(rule->roles & static_cast<unsigned>(ask.role))) {
    return {std::nullopt, TransitionRefusal::NotThisRole};
  }
  auto blank = [](const std::string& s) {
    return std::all_of(s.begin(), s.end(), [](char c) { return c == ' ' || c == '\t'; });
  };
  if (rule->reasonRequired && blank(ask.reason)) {
    return {std::nullopt, TransitionRefusal::ReasonRequired};
  }
  if (rule->noteRequired && blank(ask.note)) return {std::nullopt, TransitionRefusal::NoteRequired};
  if (rule->volunteerRequired && !ask.volunteerId) {
    return {std::nullopt, TransitionRefusal::VolunteerRequired};
  }
  if (rule->departmentRequired && blank(ask.department)) {
    return {std::nullopt, TransitionRefusal::DepartmentRequired};
  }
  if (ask.action == A::Resume) {
    // Only back to a state a hold may come from.
    bool holdable = ask.beforeHold &&
                    std::any_of(std::begin(kRules), std::end(kRules), [&](const TransitionRule& r) {
                      return r.action == A::Hold && r.from == *ask.beforeHold;
                    });
    if (!holdable) return {std::nullopt, TransitionRefusal::NothingToResume};
    return {*ask.beforeHold, std::nullopt};
  }
  return {rule->to, std::nullopt};
}

std::vector<TransitionRule> rulesFrom(RequestState state, RequestRole role, RequestKind kind) {
  std::vector<TransitionRule> out;
  for (const TransitionRule& r : kRules) {
    if (r.from == state && (r.roles & static_cast<unsigned>(role)) &&
        (r.kinds & static_cast<unsigned>(kind)))
      out.push_back(r);
  }
  return out;
}

}  // namespace yizhan::kiosk
