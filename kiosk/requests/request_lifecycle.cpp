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

constexpr std::array<std::pair<A, const char*>, 14> kActions = {{
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
}};

// The table. Read a row as: from `from`, `action` (by these roles, with these) goes to `to`.
// clang-format off
constexpr TransitionRule kRules[] = {
    // Someone takes it: staff dispatch, or a signed-in volunteer claims it.
    {S::Accepted,   A::Dispatch, S::Dispatched, kStaff, false, false, true},
    {S::Reopened,   A::Dispatch, S::Dispatched, kStaff, false, false, true},
    {S::Accepted,   A::Take,     S::Taken,      kVolunteer, false, false, true},
    {S::Reopened,   A::Take,     S::Taken,      kVolunteer, false, false, true},
    // The volunteer cannot do it after all: back for someone else, with why.
    {S::Dispatched, A::Decline,  S::Accepted,   kVolunteer | kStaff, true},
    {S::Taken,      A::Decline,  S::Accepted,   kVolunteer | kStaff, true},
    {S::Dispatched, A::Start,    S::InProgress, kVolunteer | kStaff},
    {S::Taken,      A::Start,    S::InProgress, kVolunteer | kStaff},
    {S::InProgress, A::Resolve,  S::Resolved,   kVolunteer | kStaff, false, true},
    // The callback (回访) is staff's.
    {S::Resolved,   A::CallbackSatisfied,   S::Closed,    kStaff},
    {S::Resolved,   A::CallbackUnsatisfied, S::Reopened,  kStaff, true},
    {S::Resolved,   A::CallbackUnreachable, S::Resolved,  kStaff},
    {S::Resolved,   A::GiveUpCallback,      S::NoContact, kStaff | kSystem},
    // On hold from any state before it is done; back to where it was.
    {S::Accepted,   A::Hold, S::OnHold, kStaff, true},
    {S::Dispatched, A::Hold, S::OnHold, kStaff | kVolunteer, true},
    {S::Taken,      A::Hold, S::OnHold, kStaff | kVolunteer, true},
    {S::InProgress, A::Hold, S::OnHold, kStaff | kVolunteer, true},
    {S::Reopened,   A::Hold, S::OnHold, kStaff, true},
    {S::OnHold,     A::Resume, S::OnHold /* the state before */, kStaff | kVolunteer},
    // More time, once (the service checks it is the first and before the deadline).
    {S::Accepted,   A::Extend, S::Accepted,   kStaff, true},
    {S::Dispatched, A::Extend, S::Dispatched, kStaff, true},
    {S::Taken,      A::Extend, S::Taken,      kStaff, true},
    {S::InProgress, A::Extend, S::InProgress, kStaff, true},
    {S::Reopened,   A::Extend, S::Reopened,   kStaff, true},
    // Passed out: closed, not done (counted apart from done).
    {S::Accepted,   A::Refer, S::Referred, kStaff, true},
    {S::Dispatched, A::Refer, S::Referred, kStaff, true},
    {S::Taken,      A::Refer, S::Referred, kStaff, true},
    {S::InProgress, A::Refer, S::Referred, kStaff, true},
    {S::Reopened,   A::Refer, S::Referred, kStaff, true},
    {S::OnHold,     A::Refer, S::Referred, kStaff, true},
    // The resident withdraws it (at the kiosk, or telling staff), until it is done.
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
    if (r.from == ask.from && r.action == ask.action) rule = &r;
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

std::vector<TransitionRule> rulesFrom(RequestState state, RequestRole role) {
  std::vector<TransitionRule> out;
  for (const TransitionRule& r : kRules) {
    if (r.from == state && (r.roles & static_cast<unsigned>(role))) out.push_back(r);
  }
  return out;
}

}  // namespace yizhan::kiosk
