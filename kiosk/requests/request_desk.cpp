#include "kiosk/requests/request_desk.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <cstdio>
#include <set>

#include "data/audit_log.h"
#include "data/outbox.h"
#include "data/resident_repository.h"
#include "data/uuid.h"
#include "data/volunteer_repository.h"
#include "data/volunteer_shift_repository.h"
#include "kiosk/base/local_time.h"
#include "kiosk/volunteers/volunteer_points.h"
#include "kiosk/volunteers/volunteer_roster.h"

namespace yizhan::kiosk {

namespace {
constexpr int kLongestExtension = 10;  // working days

std::string compactDay(const std::string& day) {
  std::string out;
  for (char c : day)
    if (c != '-') out += c;
  return out;
}

std::vector<std::string> answersOf(const std::string& json) {
  std::vector<std::string> out;
  auto j = nlohmann::json::parse(json, nullptr, false);
  if (!j.is_array()) return out;
  for (const auto& a : j)
    if (a.is_string()) out.push_back(a.get<std::string>());
  return out;
}

nlohmann::json orNull(const std::optional<std::int64_t>& v) {
  return v ? nlohmann::json(*v) : nlohmann::json();
}

nlohmann::json acceptedPayload(const data::RequestRecord& r) {
  return {{"request_id", r.uuid},
          {"number", r.number},
          {"kind", r.kind},
          {"errand", r.errand},
          {"errand_name", r.errandName},
          {"answers", nlohmann::json::parse(r.answers)},
          {"grid", r.grid},
          {"priority", r.priority},
          {"home_visit", r.homeVisit},
          {"resident_masked", r.residentMasked},
          {"working_days", r.workingDays},
          {"due_day", r.dueDay},
          {"source", r.source},
          {"accepted_at", r.acceptedAt},
          {"place_building", r.placeBuilding},
          {"place_unit", r.placeUnit},
          {"urgent", r.urgent},
          {"anonymous", r.anonymous}};
}

nlohmann::json transitionPayload(const data::RequestRecord& r, const data::RequestEventRecord& e) {
  return {{"request_id", r.uuid},
          {"number", r.number},
          {"action", e.action},
          {"from_state", e.fromState.value_or("")},
          {"to_state", e.toState},
          {"role", e.role},
          {"actor", e.actor},
          {"volunteer_id", orNull(e.volunteerId)},
          {"reason", e.reason},
          {"note", e.note},
          {"due_day", r.dueDay},
          {"extension_days", r.extensionDays},
          {"round", r.rounds},
          {"callback_tries", r.callbackTries},
          {"at", e.at},
          {"kind", r.kind},
          {"department", e.department},
          {"level", e.level}};
}

bool holds(const std::optional<std::int64_t>& holder, const RequestActor& actor) {
  return holder && actor.volunteerId && *holder == *actor.volunteerId;
}
}  // namespace

RequestActor RequestActor::staff(std::string where) {
  return {RequestRole::Staff, std::move(where), std::nullopt, std::nullopt};
}

RequestActor RequestActor::volunteer(std::int64_t id) {
  return {RequestRole::Volunteer, "volunteer " + std::to_string(id), id, std::nullopt};
}

RequestActor RequestActor::resident(std::int64_t id) {
  return {RequestRole::Resident, "resident", std::nullopt, id};
}

RequestActor RequestActor::station() {
  return {RequestRole::System, "station", std::nullopt, std::nullopt};
}

RequestActor RequestActor::department(std::string name) {
  return {RequestRole::Department, std::move(name), std::nullopt, std::nullopt};
}

RequestDesk::RequestDesk(data::Database& db, const PersonalKey& key, const PersonalSeal& seal,
                         const Clock& clock, const Live<WorkCalendar>& calendar,
                         std::vector<ErrandType> errands, std::vector<Grid> grids,
                         RequestRules rules, const PointsRules* points)
    : db_(db),
      key_(key),
      clock_(clock),
      calendar_(calendar),
      errands_(std::move(errands)),
      rules_(rules),
      points_(points),
      residents_(db, key, seal, clock, std::move(grids)) {}

const ErrandType* RequestDesk::errand(std::string_view id) const {
  for (const ErrandType& t : errands_)
    if (t.id == id) return &t;
  return nullptr;
}

data::RequestTally RequestDesk::tally() {
  return data::RequestRepository(db_).tally(today());
}

std::string RequestDesk::today() const {
  return formatDay(clock_.now());
}

RequestView RequestDesk::viewOf(const data::RequestRecord& r, const std::string& today) {
  RequestView v;
  v.id = r.id;
  v.uuid = r.uuid;
  v.number = r.number;
  v.trackingCode = r.trackingCode;
  v.errandId = r.errand;
  v.errandName = r.errandName;
  v.answers = answersOf(r.answers);
  v.skill = r.skill;
  v.homeVisit = r.homeVisit;
  v.grid = r.grid;
  v.priority = r.priority;
  v.state = stateFromId(r.state).value_or(RequestState::Accepted);
  if (r.beforeHold) v.beforeHold = stateFromId(*r.beforeHold);
  v.volunteerId = r.volunteerId;
  v.residentId = r.residentId;
  v.residentMasked = r.residentMasked;
  v.source = r.source;
  v.acceptedAt = r.acceptedAt;
  v.acceptedDay = r.acceptedDay;
  v.dueDay = r.dueDay;
  v.due = isOpen(v.state) ? dueStateOf(r.dueDay, v.state == RequestState::OnHold, today)
                          : DueState::OnTime;
  std::int64_t waited = epochSeconds(clock_.now()) - r.acceptedEpoch;
  v.untaken = v.state == RequestState::Accepted && !r.takenEpoch &&
              waited >= std::int64_t{rules_.untakenFlagHours} * 3600;
  v.extensionDays = r.extensionDays;
  v.callbackTries = r.callbackTries;
  v.rounds = r.rounds;
  v.closedAt = r.closedAt;
  v.kind = requestKindFromId(r.kind).value_or(RequestKind::Errand);
  v.placeBuilding = r.placeBuilding;
  v.placeUnit = r.placeUnit;
  v.urgent = r.urgent;
  v.anonymous = r.anonymous;
  v.department = r.department;
  v.level = levelFromId(r.level);
  return v;
}

std::string RequestDesk::dueIfAcceptedToday(const ErrandType& type) const {
  return dueIfAcceptedToday(type.deadlineWorkingDays);
}

std::string RequestDesk::dueIfAcceptedToday(int workingDays) const {
  std::string day = today();
  return dueDay(calendar_.current(), {day, workingDays, 0, {}}, day);
}

std::string RequestDesk::callBackBy(const RequestView& request) const {
  return calendar_.current().addWorkingDays(request.acceptedDay, 1);
}

SubmitOutcome RequestDesk::submit(const SubmitAsk& ask) {
  const ErrandType* type = errand(ask.errandId);
  if (!type) return {std::nullopt, SubmitProblem::ErrandUnknown};
  if (ask.answers.size() != type->questions.size()) {
    return {std::nullopt, SubmitProblem::AnswersInvalid};
  }
  for (size_t i = 0; i < ask.answers.size(); ++i) {
    const auto& choices = type->questions[i].choices;
    if (std::find(choices.begin(), choices.end(), ask.answers[i]) == choices.end())
      return {std::nullopt, SubmitProblem::AnswersInvalid};
  }
  if (!ask.residentId && !ask.card) return {std::nullopt, SubmitProblem::ResidentUnknown};

  data::Transaction tx(db_);
  std::optional<ResidentView> resident;
  if (ask.card) {
    // The card's name and birth date replace what the record held: its age counts.
    resident = residents_.recordFromCard(*ask.card);
  } else {
    resident = residents_.find(*ask.residentId);
  }
  if (!resident) return {std::nullopt, SubmitProblem::ResidentUnknown};

  data::RequestRepository repo(db_);
  std::string day = today();
  data::RequestQuery same;
  same.residentId = resident->id;
  same.errand = type->id;
  same.openOnly = true;
  same.limit = 1;
  if (auto open = repo.list(same); !open.empty()) {
    return {viewOf(open.front(), day), std::nullopt, true};
  }

  data::RequestRecord r;
  r.residentId = resident->id;
  r.residentMasked = resident->masked();
  r.errand = type->id;
  r.errandName = type->name;
  r.answers = nlohmann::json(ask.answers).dump();
  r.skill = type->skill;
  r.homeVisit = type->homeVisit;
  r.grid = resident->grid;
  r.priority = resident->priority();
  r.source = ask.source;
  r.workingDays = type->deadlineWorkingDays;
  RequestView made =
      accept(std::move(r), ask.source == "kiosk" ? RequestRole::Resident : RequestRole::Staff);
  tx.commit();
  return {made, std::nullopt, false};
}

RequestView RequestDesk::accept(data::RequestRecord r, RequestRole role) {
  data::RequestRepository repo(db_);
  std::string day = today();
  TimePoint now = clock_.now();
  r.uuid = data::newUuid();
  char number[32];
  std::snprintf(number, sizeof number, "%s-%03d", compactDay(day).c_str(),
                repo.lastNumberOn(compactDay(day)) + 1);
  r.number = number;
  r.trackingCode = data::newTrackingCode(r.kind == "appeal" ? "A" : "R");
  r.state = stateId(RequestState::Accepted);
  r.acceptedAt = formatIso(now);
  r.acceptedDay = day;
  r.acceptedEpoch = epochSeconds(now);
  r.dueDay = dueDay(calendar_.current(), {day, r.workingDays, 0, {}}, day);
  r.changedAt = r.acceptedAt;
  r.id = repo.insert(r);

  data::RequestEventRecord e;
  e.requestId = r.id;
  e.action = "accept";
  e.toState = r.state;
  e.role = roleId(role);
  e.actor = r.source;
  e.at = r.acceptedAt;
  e.day = day;
  repo.insertEvent(e);
  data::Outbox(db_).append("request.accepted", r.acceptedAt, acceptedPayload(r).dump());
  return viewOf(r, day);
}

ActOutcome RequestDesk::act(std::int64_t requestId, const ActAsk& ask) {
  // BEGIN IMMEDIATE: the request is read and moved under the write lock, so whoever comes
  // second reads the first one's result.
  data::Transaction tx(db_);
  data::RequestRepository repo(db_);
  auto found = repo.find(requestId);
  if (!found) return {std::nullopt, ActProblem::NotFound, std::nullopt, false, ask.action};
  data::RequestRecord r = *found;
  std::string day = today();
  RequestState from = stateFromId(r.state).value_or(RequestState::Accepted);
  auto refuse = [&](ActProblem problem, std::optional<TransitionRefusal> refusal = std::nullopt) {
    return ActOutcome{viewOf(r, day), problem, refusal, false, ask.action};
  };

  bool takingAction = ask.action == RequestAction::Take || ask.action == RequestAction::Dispatch;
  if (takingAction && r.volunteerId && isOpen(from) && from != RequestState::Accepted &&
      from != RequestState::Reopened) {
    if (!holds(r.volunteerId, ask.actor)) return refuse(ActProblem::TakenByOther);
  }
  if (ask.seen && *ask.seen != from) return refuse(ActProblem::ChangedMeanwhile);

  std::optional<std::int64_t> volunteer =
      ask.action == RequestAction::Take ? ask.actor.volunteerId : ask.volunteerId;
  const RequestKind kind = requestKindFromId(r.kind).value_or(RequestKind::Errand);
  TransitionAsk check{from,
                      ask.action,
                      ask.actor.role,
                      ask.reason,
                      ask.note,
                      volunteer,
                      r.beforeHold ? stateFromId(*r.beforeHold) : std::nullopt,
                      kind,
                      ask.department};
  TransitionCheck allowed = checkTransition(check);
  if (!allowed.to) return refuse(ActProblem::Refused, allowed.refused);

  if (ask.actor.role == RequestRole::Department && ask.actor.who != r.department) {
    return refuse(ActProblem::WrongDepartment);
  }
  if (ask.action == RequestAction::Forward &&
      std::find(rules_.departments.begin(), rules_.departments.end(), ask.department) ==
          rules_.departments.end()) {
    return refuse(ActProblem::DepartmentUnknown);
  }
  std::optional<EscalationLevel> levelAfter = levelFromId(r.level);
  if (ask.action == RequestAction::Forward) {
    levelAfter = ask.level.value_or(EscalationLevel::Community);
  } else if (ask.action == RequestAction::Escalate) {
    if (!levelAfter || r.department.empty()) return refuse(ActProblem::NotForwarded);
    levelAfter = levelAbove(*levelAfter);
    if (!levelAfter) return refuse(ActProblem::AboveCounty);
  }

  if (ask.actor.role == RequestRole::Volunteer && ask.action != RequestAction::Take &&
      !holds(r.volunteerId, ask.actor)) {
    return refuse(ActProblem::NotHolder);
  }
  if (ask.actor.role == RequestRole::Resident && ask.actor.residentId != r.residentId) {
    return refuse(ActProblem::NotOwnRequest);
  }
  if (takingAction) {
    auto v = data::VolunteerRepository(db_).find(*volunteer);
    if (!v || v->status != "active") return refuse(ActProblem::VolunteerUnknown);
    VolunteerView view = kiosk::viewOf(*v);
    if (!r.skill.empty() &&
        std::find(view.skills.begin(), view.skills.end(), r.skill) == view.skills.end()) {
      return refuse(ActProblem::VolunteerLacksSkill);
    }
    // Staff may send a volunteer beyond their grids; a volunteer takes only within them.
    if (ask.action == RequestAction::Take && !view.grids.empty() &&
        std::find(view.grids.begin(), view.grids.end(), r.grid) == view.grids.end()) {
      return refuse(ActProblem::OutsideVolunteerGrids);
    }
    if (ask.action == RequestAction::Take &&
        !data::VolunteerShiftRepository(db_).openOf(*volunteer)) {
      return refuse(ActProblem::VolunteerNotSignedIn);
    }
    auto resident = r.residentId ? data::ResidentRepository(db_).find(*r.residentId) : std::nullopt;
    if (!resident || !resident->phoneHash || (r.homeVisit && !resident->addressSealed)) {
      return refuse(ActProblem::ContactMissing);
    }
  }
  if (ask.action == RequestAction::Extend) {
    if (r.extensionDays > 0) return refuse(ActProblem::AlreadyExtended);
    if (day > r.dueDay) return refuse(ActProblem::PastDeadline);
    if (ask.extensionDays < 1 || ask.extensionDays > kLongestExtension)
      return refuse(ActProblem::ExtensionDays);
  }

  TimePoint now = clock_.now();
  std::string at = formatIso(now);
  const WorkCalendar& calendar = calendar_.current();
  std::vector<data::RequestEventRecord> written;
  const std::optional<std::int64_t> holderBefore = r.volunteerId;
  const std::string departmentBefore = r.department;
  auto record = [&](RequestAction action, RequestRole role, const std::string& actor,
                    RequestState before, RequestState after) {
    data::RequestEventRecord e;
    e.requestId = r.id;
    e.action = actionId(action);
    e.fromState = stateId(before);
    e.toState = stateId(after);
    e.role = roleId(role);
    e.actor = actor;
    e.volunteerId = r.volunteerId ? r.volunteerId : holderBefore;
    e.reason = action == ask.action ? ask.reason : "";
    e.note = action == ask.action ? ask.note : "";
    e.at = at;
    e.day = day;
    // Who it went to, or who gave it back (a department sending it back has left it).
    e.department = r.department.empty() ? departmentBefore : r.department;
    e.level = r.level;
    written.push_back(e);
  };

  RequestState to = *allowed.to;
  bool gaveUp = false;
  switch (ask.action) {
    case RequestAction::Dispatch:
    case RequestAction::Take:
      r.volunteerId = volunteer;
      if (!r.takenEpoch) r.takenEpoch = epochSeconds(now);
      break;
    case RequestAction::Decline:
      r.volunteerId.reset();
      break;
    case RequestAction::Forward:
      r.department = ask.department;
      r.level = levelId(*levelAfter);
      if (!r.takenEpoch) r.takenEpoch = epochSeconds(now);
      break;
    case RequestAction::Escalate:
      r.level = levelId(*levelAfter);
      break;
    case RequestAction::DepartmentSentBack:
      r.department.clear();
      break;
    case RequestAction::Hold:
      r.beforeHold = r.state;
      r.holdSince = day;
      break;
    case RequestAction::Resume: {
      int held = workingDaysHeld(calendar, {{*r.holdSince, day}}, day);
      r.heldDays += held;
      r.dueDay = calendar.addWorkingDays(r.dueDay, held);
      r.beforeHold.reset();
      r.holdSince.reset();
      break;
    }
    case RequestAction::Extend:
      r.extensionDays = ask.extensionDays;
      r.dueDay = calendar.addWorkingDays(r.dueDay, ask.extensionDays);
      break;
    case RequestAction::Resolve:
    case RequestAction::DepartmentDone:
      r.callbackTries = 0;
      break;
    case RequestAction::CallbackUnsatisfied:
      // Done again from today, by whoever staff dispatch it to next.
      r.rounds += 1;
      r.volunteerId.reset();
      r.callbackTries = 0;
      r.dueDay = calendar.addWorkingDays(day, r.workingDays);
      break;
    case RequestAction::CallbackUnreachable:
      r.callbackTries += 1;
      gaveUp = r.callbackTries >= rules_.callbackTries;
      break;
    default:
      break;
  }
  r.state = stateId(to);
  record(ask.action, ask.actor.role, ask.actor.who, from, to);
  if (gaveUp) {
    r.state = stateId(RequestState::NoContact);
    record(RequestAction::GiveUpCallback, RequestRole::System, "station", to,
           RequestState::NoContact);
    to = RequestState::NoContact;
  }
  // 不满意 → back to the department that had it (办理不满意的退回重办), in the same step.
  bool forwardedAgain = false;
  if (to == RequestState::Reopened && kind == RequestKind::Appeal && !departmentBefore.empty()) {
    r.department = departmentBefore;
    r.state = stateId(RequestState::Dispatched);
    record(RequestAction::Forward, RequestRole::System, "station", to, RequestState::Dispatched);
    to = RequestState::Dispatched;
    forwardedAgain = true;
  }
  // An appeal nobody can be called back about closes once it is resolved.
  bool closedUnreviewed = false;
  if (to == RequestState::Resolved && r.anonymous) {
    r.state = stateId(RequestState::Closed);
    record(RequestAction::CloseUnreviewed, RequestRole::System, "station", to,
           RequestState::Closed);
    to = RequestState::Closed;
    closedUnreviewed = true;
  }
  if (!isOpen(to)) {
    r.closedAt = at;
    r.purgeAfter = addDays(day, rules_.purgeDaysAfterClose);
  }
  r.changedAt = at;
  if (!repo.saveFrom(r, stateId(from))) return refuse(ActProblem::ChangedMeanwhile);
  if (to == RequestState::Closed && points_ && r.volunteerId) {
    VolunteerPoints(db_, *points_, clock_).creditRequest(*r.volunteerId, r.uuid, day);
  }
  data::Outbox outbox(db_);
  for (const auto& e : written) {
    repo.insertEvent(e);
    outbox.append("request.transitioned", at, transitionPayload(r, e).dump());
  }
  tx.commit();
  return {viewOf(r, day), std::nullopt,   std::nullopt,    gaveUp,
          ask.action,     forwardedAgain, closedUnreviewed};
}

std::optional<RequestView> RequestDesk::find(std::int64_t id) {
  auto r = data::RequestRepository(db_).find(id);
  if (!r) return std::nullopt;
  return viewOf(*r, today());
}

std::optional<RequestView> RequestDesk::byTracking(const std::string& code) {
  auto r = data::RequestRepository(db_).findByTracking(code);
  if (!r) return std::nullopt;
  return viewOf(*r, today());
}

std::optional<RequestView> RequestDesk::byNumber(const std::string& number) {
  auto r = data::RequestRepository(db_).findByNumber(number);
  if (!r) return std::nullopt;
  return viewOf(*r, today());
}

std::vector<RequestView> RequestDesk::openOf(std::int64_t residentId) {
  data::RequestQuery q;
  q.residentId = residentId;
  q.openOnly = true;
  q.newestFirst = true;
  q.limit = 20;
  std::string day = today();
  std::vector<RequestView> out;
  for (const auto& r : data::RequestRepository(db_).list(q)) out.push_back(viewOf(r, day));
  return out;
}

std::vector<RequestView> RequestDesk::list(const RequestListAsk& ask) {
  data::RequestRepository repo(db_);
  std::string day = today();
  data::RequestQuery q;
  q.limit = std::clamp(ask.limit, 1, 200);
  switch (ask.list) {
    case RequestList::ByState:
      q.state = stateId(ask.state.value_or(RequestState::Accepted));
      break;
    case RequestList::Open:
      q.openOnly = true;
      break;
    case RequestList::OpenInGrid:
      q.openOnly = true;
      q.grid = ask.grid;
      break;
    case RequestList::OpenOfErrand:
      q.openOnly = true;
      q.errand = ask.errand;
      break;
    case RequestList::DueToday:
      q.openOnly = true;
      q.notOnHold = true;
      q.dueFrom = day;
      q.dueOnOrBefore = day;
      break;
    case RequestList::Overdue:
      q.openOnly = true;
      q.notOnHold = true;
      q.dueOnOrBefore = addDays(day, -1);
      break;
    case RequestList::Untaken:
      q.state = stateId(RequestState::Accepted);
      q.acceptedBefore =
          epochSeconds(clock_.now()) - std::int64_t{rules_.untakenFlagHours} * 3600 + 1;
      break;
    case RequestList::Holding:
      q.openOnly = true;
      q.workingOnly = true;
      q.volunteerId = ask.volunteerId.value_or(0);
      break;
    case RequestList::Takeable: {
      q.openOnly = true;
      q.takeableOnly = true;
      auto v = data::VolunteerRepository(db_).find(ask.volunteerId.value_or(0));
      VolunteerView view = v ? kiosk::viewOf(*v) : VolunteerView{};
      q.skillsJson = nlohmann::json(view.skills).dump();
      // No grids: they serve the whole community.
      if (!view.grids.empty()) q.gridsJson = nlohmann::json(view.grids).dump();
      break;
    }
  }
  if (ask.afterId) {
    if (auto last = repo.find(*ask.afterId)) q.after = std::pair{last->dueDay, last->id};
  }
  std::vector<RequestView> out;
  for (const auto& r : repo.list(q)) out.push_back(viewOf(r, day));
  return out;
}

std::vector<DispatchCandidate> RequestDesk::candidatesFor(const RequestView& request) {
  std::set<std::int64_t> onDuty;
  for (const auto& s : data::VolunteerShiftRepository(db_).allOpen()) onDuty.insert(s.volunteerId);
  std::vector<DispatchCandidate> out;
  for (const auto& v : data::VolunteerRepository(db_).listed()) {
    VolunteerView view = kiosk::viewOf(v);
    if (view.status != VolunteerStatus::Active) continue;
    if (!request.skill.empty() &&
        std::find(view.skills.begin(), view.skills.end(), request.skill) == view.skills.end())
      continue;
    bool serves = view.grids.empty() ||
                  std::find(view.grids.begin(), view.grids.end(), request.grid) != view.grids.end();
    out.push_back({v.id, view.nameMasked, view.team, onDuty.count(v.id) > 0, serves});
  }
  std::stable_sort(out.begin(), out.end(), [](const auto& a, const auto& b) {
    return std::pair(!a.signedIn, !a.servesGrid) < std::pair(!b.signedIn, !b.servesGrid);
  });
  return out;
}

std::string RequestDesk::volunteerMasked(std::int64_t volunteerId) {
  auto v = data::VolunteerRepository(db_).find(volunteerId);
  return v ? v->nameMasked : "";
}

int RequestDesk::residentChanged(std::int64_t residentId) {
  auto resident = residents_.find(residentId);
  if (!resident) return 0;
  data::Transaction tx(db_);
  int changed = data::RequestRepository(db_).followResident(
      residentId, resident->grid, resident->priority(), resident->masked());
  tx.commit();
  return changed;
}

std::vector<RequestHistoryEntry> RequestDesk::history(std::int64_t requestId) {
  std::vector<RequestHistoryEntry> out;
  for (const auto& e : data::RequestRepository(db_).events(requestId)) {
    RequestHistoryEntry h;
    h.action = e.action;
    if (e.fromState) h.from = stateFromId(*e.fromState);
    h.to = stateFromId(e.toState).value_or(RequestState::Accepted);
    h.role = e.role;
    h.actor = e.actor;
    h.volunteerId = e.volunteerId;
    h.reason = e.reason;
    h.note = e.note;
    h.at = e.at;
    h.department = e.department;
    h.level = levelFromId(e.level);
    out.push_back(std::move(h));
  }
  return out;
}

std::optional<ResidentContact> RequestDesk::contactFor(std::int64_t requestId,
                                                       const RequestActor& actor) {
  auto r = data::RequestRepository(db_).find(requestId);
  if (!r || !r->residentId) return std::nullopt;
  RequestState state = stateFromId(r->state).value_or(RequestState::Accepted);
  if (actor.role == RequestRole::Volunteer) {
    // Only while the errand is theirs to do: not once resolved, declined or closed.
    bool doing = state == RequestState::Dispatched || state == RequestState::Taken ||
                 state == RequestState::InProgress || state == RequestState::OnHold;
    if (!doing || !holds(r->volunteerId, actor)) return std::nullopt;
  } else if (actor.role != RequestRole::Staff) {
    return std::nullopt;
  }
  return residents_.contactOf(*r->residentId, actor.who, "request " + r->number);
}

int RequestDesk::purgeDue() {
  data::Transaction tx(db_);
  data::RequestRepository repo(db_);
  auto due = repo.duePurge(today(), 1000);
  for (std::int64_t id : due) repo.unlinkResident(id);
  int residents = data::ResidentRepository(db_).deleteUnlistedWithoutRequests();
  if (!due.empty() || residents > 0) {
    data::AuditLog(db_).record(formatIso(clock_.now()), "station", "request.purged",
                               std::to_string(due.size()) + " requests, " +
                                   std::to_string(residents) + " residents known from a card");
  }
  tx.commit();
  return static_cast<int>(due.size());
}

}  // namespace yizhan::kiosk
