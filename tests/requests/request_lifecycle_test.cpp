// The request lifecycle as one table (issue 16, requirement 5): the whole way from 受理 to a
// satisfied close through an unsatisfied callback, the volunteer's own way, holds, and each
// refusal — wrong state, wrong role, a missing reason, note or volunteer; and the table
// itself: no action twice from one state, nothing out of a closed request, every open state
// able to reach a close.
#include <catch2/catch.hpp>

#include <map>
#include <set>

#include "kiosk/requests/request_lifecycle.h"

using namespace yizhan::kiosk;
using S = RequestState;
using A = RequestAction;
using R = RequestRole;

namespace {
TransitionAsk ask(S from, A action, R role, std::string reason = "", std::string note = "",
                  std::optional<std::int64_t> volunteer = std::nullopt,
                  std::optional<S> beforeHold = std::nullopt) {
  TransitionAsk a{from, action, role, std::move(reason), std::move(note), volunteer, beforeHold};
  return a;
}
// Applies `action` from `from` as `role`, with everything a rule may ask for given.
S step(S from, A action, R role, std::optional<S> beforeHold = std::nullopt) {
  TransitionCheck check =
      checkTransition(ask(from, action, role, "因为", "已代缴电费", 7, beforeHold));
  INFO(stateId(from) << " --" << actionId(action) << "-->");
  REQUIRE_FALSE(check.refused);
  return *check.to;
}
TransitionRefusal refusal(const TransitionAsk& asked) {
  TransitionCheck check = checkTransition(asked);
  REQUIRE(check.refused);
  return *check.refused;
}
}  // namespace

TEST_CASE("a request goes round again after an unsatisfied callback, then closes",
          "[requests][lifecycle]") {
  S s = S::Accepted;
  s = step(s, A::Dispatch, R::Staff);
  CHECK(s == S::Dispatched);
  s = step(s, A::Start, R::Volunteer);
  s = step(s, A::Resolve, R::Volunteer);
  CHECK(s == S::Resolved);
  s = step(s, A::CallbackUnsatisfied, R::Staff);
  CHECK(s == S::Reopened);
  CHECK(isOpen(s));
  s = step(s, A::Dispatch, R::Staff);
  s = step(s, A::Start, R::Volunteer);
  s = step(s, A::Resolve, R::Staff);
  s = step(s, A::CallbackUnreachable, R::Staff);
  CHECK(s == S::Resolved);  // one try; still waiting for the callback
  s = step(s, A::CallbackSatisfied, R::Staff);
  CHECK(s == S::Closed);
  CHECK_FALSE(isOpen(s));
  CHECK(std::string(stateWords(s)) == "已关闭");
}

TEST_CASE("a volunteer takes a request, gives it back, and holds resume where they were",
          "[requests][lifecycle]") {
  CHECK(step(S::Accepted, A::Take, R::Volunteer) == S::Taken);
  CHECK(step(S::Taken, A::Decline, R::Volunteer) == S::Accepted);
  CHECK(step(S::InProgress, A::Hold, R::Volunteer) == S::OnHold);
  CHECK(step(S::OnHold, A::Resume, R::Staff, S::InProgress) == S::InProgress);
  CHECK(step(S::OnHold, A::Refer, R::Staff) == S::Referred);
  CHECK(step(S::Taken, A::Extend, R::Staff) == S::Taken);
  CHECK(step(S::Accepted, A::Cancel, R::Resident) == S::Cancelled);
  CHECK(step(S::Resolved, A::GiveUpCallback, R::System) == S::NoContact);
}

TEST_CASE("each illegal transition is refused with its reason", "[requests][lifecycle]") {
  using F = TransitionRefusal;
  // Resolving what nobody started; taking what someone holds; anything once it is closed.
  CHECK(refusal(ask(S::Accepted, A::Resolve, R::Volunteer, "", "note", 7)) == F::NotFromThisState);
  CHECK(refusal(ask(S::Taken, A::Take, R::Volunteer, "", "", 8)) == F::NotFromThisState);
  for (S done : {S::Closed, S::Referred, S::Cancelled, S::NoContact}) {
    CHECK(refusal(ask(done, A::CallbackSatisfied, R::Staff)) == F::NotFromThisState);
    CHECK(refusal(ask(done, A::Dispatch, R::Staff, "", "", 7)) == F::NotFromThisState);
  }
  // Who may: the callback is staff's, dispatching too; a resident only cancels.
  CHECK(refusal(ask(S::Resolved, A::CallbackSatisfied, R::Volunteer)) == F::NotThisRole);
  CHECK(refusal(ask(S::Accepted, A::Dispatch, R::Volunteer, "", "", 7)) == F::NotThisRole);
  CHECK(refusal(ask(S::Accepted, A::Take, R::Staff, "", "", 7)) == F::NotThisRole);
  CHECK(refusal(ask(S::InProgress, A::Resolve, R::Resident, "", "note")) == F::NotThisRole);
  // What a transition must carry.
  CHECK(refusal(ask(S::Taken, A::Decline, R::Volunteer, "  ")) == F::ReasonRequired);
  CHECK(refusal(ask(S::Resolved, A::CallbackUnsatisfied, R::Staff)) == F::ReasonRequired);
  CHECK(refusal(ask(S::Dispatched, A::Hold, R::Staff)) == F::ReasonRequired);
  CHECK(refusal(ask(S::InProgress, A::Resolve, R::Volunteer)) == F::NoteRequired);
  CHECK(refusal(ask(S::Accepted, A::Dispatch, R::Staff)) == F::VolunteerRequired);
  // A hold goes back only to a state a hold may come from.
  CHECK(refusal(ask(S::OnHold, A::Resume, R::Staff)) == F::NothingToResume);
  CHECK(refusal({S::OnHold, A::Resume, R::Staff, "", "", {}, S::Resolved}) == F::NothingToResume);
  CHECK(refusal({S::OnHold, A::Resume, R::Staff, "", "", {}, S::OnHold}) == F::NothingToResume);
}

TEST_CASE(
    "the lifecycle table: one rule per state, action and kind, closes final, closes "
    "reachable",
    "[requests][lifecycle]") {
  for (RequestKind kind : {RequestKind::Errand, RequestKind::Appeal}) {
    INFO(requestKindId(kind));
    std::set<std::pair<S, A>> seen;
    std::map<S, std::set<S>> next;
    for (const TransitionRule& r : requestTransitions()) {
      if (!(r.kinds & static_cast<unsigned>(kind))) continue;
      INFO(stateId(r.from) << " " << actionId(r.action));
      CHECK(seen.insert({r.from, r.action}).second);
      CHECK(isOpen(r.from));  // nothing leaves a closed request
      CHECK(std::string(actionId(r.action)) != "");
      CHECK(actionFromId(actionId(r.action)) == r.action);
      next[r.from].insert(r.to);
    }
    // Every state has its id and words, both ways.
    for (S s : allRequestStates()) {
      CHECK(stateFromId(stateId(s)) == s);
      CHECK(std::string(stateWords(s, kind)) != "");
      if (!isOpen(s)) continue;
      // From every open state some way leads to a close.
      std::set<S> reached{s};
      std::vector<S> todo{s};
      while (!todo.empty()) {
        S at = todo.back();
        todo.pop_back();
        for (S to : next[at]) {
          if (reached.insert(to).second) todo.push_back(to);
        }
      }
      INFO(stateId(s));
      CHECK(reached.count(S::Closed) + reached.count(S::Cancelled) > 0);
    }
  }
  CHECK(allRequestStates().size() == 11);
  CHECK_FALSE(stateFromId("done"));
  CHECK(requestKindFromId("appeal") == RequestKind::Appeal);
  CHECK_FALSE(requestKindFromId("complaint"));
}

TEST_CASE(
    "an appeal goes to a department, which answers — an errand cannot, an appeal is not "
    "taken by a volunteer",
    "[requests][lifecycle]") {
  auto appeal = [](S from, A action, R role, std::string department = "城管",
                   std::string note = "已清理") {
    TransitionAsk a{from,
                    action,
                    role,
                    "部门说不归他们管",
                    note,
                    std::nullopt,
                    std::nullopt,
                    RequestKind::Appeal,
                    std::move(department)};
    return checkTransition(a);
  };
  CHECK(appeal(S::Accepted, A::Forward, R::Staff).to == S::Dispatched);
  CHECK(appeal(S::Dispatched, A::DepartmentReceived, R::Department).to == S::Taken);
  CHECK(appeal(S::Taken, A::DepartmentProgress, R::Department).to == S::InProgress);
  CHECK(appeal(S::InProgress, A::DepartmentProgress, R::Department).to == S::InProgress);
  CHECK(appeal(S::InProgress, A::DepartmentDone, R::Department).to == S::Resolved);
  // Done before received counts as received.
  CHECK(appeal(S::Dispatched, A::DepartmentDone, R::Department).to == S::Resolved);
  CHECK(appeal(S::Taken, A::DepartmentSentBack, R::Department).to == S::Accepted);
  CHECK(appeal(S::Dispatched, A::Escalate, R::Staff).to == S::Dispatched);
  // Settled by the community itself.
  CHECK(appeal(S::Accepted, A::Start, R::Staff).to == S::InProgress);
  CHECK(appeal(S::Resolved, A::CloseUnreviewed, R::System).to == S::Closed);
  CHECK(std::string(stateWords(S::Dispatched, RequestKind::Appeal)) == "已转派");
  CHECK(std::string(stateWords(S::Dispatched, RequestKind::Errand)) == "已派单");

  using F = TransitionRefusal;
  CHECK(appeal(S::Accepted, A::Forward, R::Staff, " ").refused == F::DepartmentRequired);
  CHECK(appeal(S::InProgress, A::DepartmentDone, R::Department, "城管", "").refused ==
        F::NoteRequired);
  CHECK(appeal(S::Accepted, A::Forward, R::Volunteer).refused == F::NotThisRole);
  CHECK(appeal(S::Dispatched, A::DepartmentDone, R::Volunteer).refused == F::NotThisRole);
  CHECK(appeal(S::Accepted, A::Take, R::Volunteer).refused == F::NotFromThisState);
  CHECK(appeal(S::Accepted, A::Dispatch, R::Staff).refused == F::NotFromThisState);
  // Escalating what is not with a department is not the table's to allow.
  CHECK(appeal(S::Accepted, A::Escalate, R::Staff).refused == F::NotFromThisState);
  // An errand knows none of it.
  TransitionAsk errand{S::Accepted, A::Forward,          R::Staff, "", "", {},
                       {},          RequestKind::Errand, "城管"};
  CHECK(checkTransition(errand).refused == F::NotFromThisState);
  errand.from = S::Resolved;
  errand.action = A::CloseUnreviewed;
  errand.role = R::System;
  CHECK(checkTransition(errand).refused == F::NotFromThisState);
  // The buttons staff see follow the kind.
  auto actions = [](S s, RequestKind kind) {
    std::set<A> out;
    for (const auto& r : rulesFrom(s, R::Staff, kind)) out.insert(r.action);
    return out;
  };
  CHECK(actions(S::Accepted, RequestKind::Appeal).count(A::Forward) == 1);
  CHECK(actions(S::Accepted, RequestKind::Appeal).count(A::Dispatch) == 0);
  CHECK(actions(S::Accepted, RequestKind::Errand).count(A::Forward) == 0);
  CHECK(actions(S::Accepted, RequestKind::Errand).count(A::Dispatch) == 1);
}
