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

TEST_CASE("the lifecycle table: one rule per state and action, closes final, closes reachable",
          "[requests][lifecycle]") {
  std::set<std::pair<S, A>> seen;
  std::map<S, std::set<S>> next;
  for (const TransitionRule& r : requestTransitions()) {
    INFO(stateId(r.from) << " " << actionId(r.action));
    CHECK(seen.insert({r.from, r.action}).second);
    CHECK(isOpen(r.from));  // nothing leaves a closed request
    CHECK(std::string(actionId(r.action)) != "");
    next[r.from].insert(r.to);
  }
  // Every state has its id and words, both ways.
  for (S s : {S::Accepted, S::Dispatched, S::Taken, S::InProgress, S::Resolved, S::Closed,
              S::Reopened, S::OnHold, S::Referred, S::Cancelled, S::NoContact}) {
    CHECK(stateFromId(stateId(s)) == s);
    CHECK(std::string(stateWords(s)) != "");
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
  CHECK_FALSE(stateFromId("done"));
}
