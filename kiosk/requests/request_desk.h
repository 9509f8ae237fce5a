#pragma once
// The on-behalf requests (红色代办) from the resident's tap to a satisfied close: accepted
// with the errand and the choices the resident tapped, then moved along the lifecycle's table
// (request_lifecycle) by staff, volunteers, the resident and the station. Each move is checked
// against the table and the request as it is at that moment, stored with who, when and why,
// and written to the outbox in the same transaction (with the volunteer's points when the
// resident is satisfied); two people taking one request at once
// leave one holder and tell the other. Deadlines count working days from the calendar and
// stop while a request is on hold.
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "data/database.h"
#include "data/request_repository.h"
#include "drivers/idcard/identity.h"
#include "kiosk/base/clock.h"
#include "kiosk/base/live.h"
#include "kiosk/calendar/work_calendar.h"
#include "kiosk/requests/errand_types.h"
#include "kiosk/requests/escalation_level.h"
#include "kiosk/requests/request_deadline.h"
#include "kiosk/requests/request_lifecycle.h"
#include "kiosk/residents/resident_registry.h"
#include "kiosk/volunteers/points_rules.h"

namespace yizhan::kiosk {

struct RequestRules {
  int untakenFlagHours = 4;
  int callbackTries = 3;
  int purgeDaysAfterClose = 180;
  // The departments an appeal may be forwarded to (住建, 城管, …), as the district names them.
  std::vector<std::string> departments;
};

// Who moves a request.
struct RequestActor {
  RequestRole role = RequestRole::Staff;
  std::string who;  // staff: where (console, kiosk); otherwise derived from the ids
  std::optional<std::int64_t> volunteerId;
  std::optional<std::int64_t> residentId;

  static RequestActor staff(std::string where);
  static RequestActor volunteer(std::int64_t id);
  static RequestActor resident(std::int64_t id);
  static RequestActor station();
  // A reply from the department an appeal was forwarded to (`who` is its name).
  static RequestActor department(std::string name);
};

struct RequestView {
  std::int64_t id = 0;
  std::string uuid, number, trackingCode;
  std::string errandId, errandName;
  std::vector<std::string> answers;
  std::string skill;
  bool homeVisit = false;
  std::string grid;
  bool priority = false;
  RequestState state = RequestState::Accepted;
  std::optional<RequestState> beforeHold;
  std::optional<std::int64_t> volunteerId;
  std::optional<std::int64_t> residentId;  // nullopt once the details are purged
  std::string residentMasked;
  std::string source;
  std::string acceptedAt, acceptedDay, dueDay;
  DueState due = DueState::OnTime;
  bool untaken = false;  // nobody has taken it for longer than the rules allow
  int extensionDays = 0;
  int callbackTries = 0;
  int rounds = 1;
  std::optional<std::string> closedAt;
  RequestKind kind = RequestKind::Errand;
  // Appeals: the place (a building and unit, or a public spot), urgency, a resident who left
  // no name, and where it was passed up to (empty until forwarded).
  std::string placeBuilding, placeUnit;
  bool urgent = false;
  bool anonymous = false;
  std::string department;
  std::optional<EscalationLevel> level;
};

struct RequestHistoryEntry {
  std::string action;  // accept, dispatch, …
  std::optional<RequestState> from;
  RequestState to = RequestState::Accepted;
  std::string role, actor;
  std::optional<std::int64_t> volunteerId;
  std::string reason, note, at;
  std::string department;
  std::optional<EscalationLevel> level;
};

// A resident asks for an errand: who they are (on record, or the card just tapped), which
// errand, and one choice for each of its questions.
struct SubmitAsk {
  std::optional<std::int64_t> residentId;
  std::optional<drivers::Identity> card;
  std::string errandId;
  std::vector<std::string> answers;
  std::string source = "kiosk";  // kiosk, console
};

enum class SubmitProblem {
  ErrandUnknown,
  AnswersInvalid,  // not one of each question's choices
  ResidentUnknown,
};

struct SubmitOutcome {
  std::optional<RequestView> request;
  std::optional<SubmitProblem> problem;
  // The resident already has this errand open (a second tap of the same button): that one.
  bool alreadyOpen = false;
};

struct ActAsk {
  RequestAction action = RequestAction::Dispatch;
  RequestActor actor;
  std::string reason, note;
  std::optional<std::int64_t> volunteerId;  // Dispatch: to whom
  int extensionDays = 0;                    // Extend: 1-10 working days
  std::string department;                   // Forward: to which (one of the rules' list)
  std::optional<EscalationLevel> level;     // Forward: at which (default 社区)
  // The state the asker saw when they chose the action; a request moved since is not moved
  // again on their word.
  std::optional<RequestState> seen;
};

enum class ActProblem {
  NotFound,
  Refused,           // by the table: see refusal
  TakenByOther,      // someone took (or was given) it a moment ago
  ChangedMeanwhile,  // it moved since the asker looked
  NotHolder,         // a volunteer acting on a request someone else holds
  NotOwnRequest,     // a resident cancelling another's request
  VolunteerUnknown,  // not on the roster, or not active
  VolunteerLacksSkill,
  OutsideVolunteerGrids,  // a volunteer taking a request of a grid they do not serve
  VolunteerNotSignedIn,   // taking at the kiosk needs a signed-in volunteer
  ContactMissing,         // nobody can call the resident back (or visit): staff complete the record
  AlreadyExtended,
  PastDeadline,       // an extension asked for after the due day
  ExtensionDays,      // not 1-10
  DepartmentUnknown,  // forwarding to a department not on the list
  NotForwarded,       // escalating an appeal nobody was sent
  AboveCounty,        // escalating beyond 区县
  WrongDepartment,    // a reply from a department the appeal is not with
};

struct ActOutcome {
  std::optional<RequestView> request;  // as it is now (also when refused)
  std::optional<ActProblem> problem;
  std::optional<TransitionRefusal> refusal;
  bool gaveUpCallback = false;  // the last unanswered try closed it as no contact
  RequestAction action = RequestAction::Dispatch;  // what was asked
  bool forwardedAgain = false;    // an unsatisfied callback sent the appeal back to its department
  bool closedUnreviewed = false;  // resolved with nobody to call back: closed
  explicit operator bool() const { return !problem; }
};

// 派单, 接单, …: an action as staff and volunteers read it on a button or in a history.
const char* actionWords(RequestAction action);
// A history line's step (受理 for the request made, else the action's words) and who took it
// (工作人员（1号窗口）, 志愿者, 居民, 系统) as staff read them.
std::string historyWords(const std::string& actionId);
std::string actorWords(const std::string& role, const std::string& actor);
// What went wrong, in Chinese for staff, volunteers and residents.
std::string submitProblemText(SubmitProblem problem);
std::string actProblemText(const ActOutcome& outcome);

// A staff list: one of these, first page or continuing after the last row seen.
enum class RequestList {
  ByState,  // every request in `state`, due first
  Open,     // not final, due first
  OpenInGrid,
  OpenOfErrand,
  DueToday,
  Overdue,
  Untaken,   // accepted, nobody has taken it for longer than the rules allow
  Holding,   // what `volunteerId` holds and has still to do (not yet resolved)
  Takeable,  // what `volunteerId` may take: accepted or reopened, their skills and grids
};

struct RequestListAsk {
  RequestList list = RequestList::Open;
  std::optional<RequestState> state;
  std::string grid, errand;
  std::optional<std::int64_t> volunteerId;
  int limit = 20;
  std::optional<std::int64_t> afterId;  // the last row of the page before
  static RequestListAsk of(RequestList list) {
    RequestListAsk ask;
    ask.list = list;
    return ask;
  }
};

// A volunteer staff could send a request to.
struct DispatchCandidate {
  std::int64_t id = 0;
  std::string nameMasked, team;
  bool signedIn = false;
  bool servesGrid = true;  // the request's grid is among theirs (or they serve every grid)
};

class RequestDesk {
 public:
  RequestDesk(data::Database& db, const PersonalKey& key, const PersonalSeal& seal,
              const Clock& clock, const Live<WorkCalendar>& calendar,
              std::vector<ErrandType> errands, std::vector<Grid> grids, RequestRules rules,
              const PointsRules* points = nullptr);

  ResidentRegistry& residents() { return residents_; }
  const std::vector<ErrandType>& errands() const { return errands_; }
  // Where appeals may be forwarded (the rules' list).
  const std::vector<std::string>& departments() const { return rules_.departments; }
  const ErrandType* errand(std::string_view id) const;

  // The day a request for `type` made now would be due (the confirmation screen says it).
  std::string dueIfAcceptedToday(const ErrandType& type) const;
  std::string dueIfAcceptedToday(int workingDays) const;
  // The day by which staff call the resident to arrange it: the next working day.
  std::string callBackBy(const RequestView& request) const;

  SubmitOutcome submit(const SubmitAsk& ask);
  // Stores a request (or appeal) drafted by its kind's service: numbers it, dates it, sets its
  // deadline from `draft.workingDays`, and writes the accept event and its outbox event. In
  // the caller's transaction.
  RequestView accept(data::RequestRecord draft, RequestRole role);
  ActOutcome act(std::int64_t requestId, const ActAsk& ask);

  std::optional<RequestView> find(std::int64_t id);
  std::optional<RequestView> byTracking(const std::string& code);
  std::optional<RequestView> byNumber(const std::string& number);
  // The resident's requests still open, newest first (the status lookup).
  std::vector<RequestView> openOf(std::int64_t residentId);
  std::vector<RequestView> list(const RequestListAsk& ask);
  std::vector<RequestHistoryEntry> history(std::int64_t requestId);
  // Who could do it: active volunteers with the errand's skill; those signed in first, then
  // those serving its grid.
  std::vector<DispatchCandidate> candidatesFor(const RequestView& request);
  // A volunteer as lists and histories name them (王*明); '' when not on the roster.
  std::string volunteerMasked(std::int64_t volunteerId);
  // Open, due today, overdue, and the last transition's id (a page's cue to look again).
  data::RequestTally tally();
  // The resident's name, phone and address, for staff, or for the volunteer holding the
  // request while it is theirs; audited. nullopt for anyone else, or once purged.
  std::optional<ResidentContact> contactFor(std::int64_t requestId, const RequestActor& actor);

  // After staff changed a resident's record: their open requests take its grid (the lists,
  // who may take them), priority and masked form. Returns how many changed.
  int residentChanged(std::int64_t residentId);

  // Unlinks closed requests from their residents `purgeDaysAfterClose` after they closed, and
  // deletes residents known only from a card who have no request left; returns how many
  // requests let go of their resident.
  int purgeDue();

 private:
  RequestView viewOf(const data::RequestRecord& record, const std::string& today);
  std::string today() const;

  data::Database& db_;
  const PersonalKey& key_;
  const Clock& clock_;
  const Live<WorkCalendar>& calendar_;
  std::vector<ErrandType> errands_;
  RequestRules rules_;
  // The volunteers' points rules: a request closed satisfied earns its volunteer the bonus.
  const PointsRules* points_;
  ResidentRegistry residents_;
};

}  // namespace yizhan::kiosk
