#pragma once
// On-behalf requests as stored, each with its transitions (request_event): who, when, why.
// What may follow what is decided above (kiosk/requests/request_lifecycle); this keeps the
// rows, moves a request only while it is still in the state its caller saw, and answers the
// staff's lists from indexes.
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "data/database.h"

namespace yizhan::data {

struct RequestRecord {
  std::int64_t id = 0;
  std::string uuid, number, trackingCode;
  std::string kind = "errand";
  std::optional<std::int64_t> residentId;
  std::string residentMasked;
  std::string errand, errandName;
  std::string answers = "[]";
  std::string skill;
  bool homeVisit = false;
  std::string grid;
  bool priority = false;
  std::string state = "accepted";
  std::optional<std::string> beforeHold, holdSince;
  std::optional<std::int64_t> volunteerId;
  std::string source;
  std::string acceptedAt, acceptedDay;
  std::int64_t acceptedEpoch = 0;
  int workingDays = 3;
  int extensionDays = 0;
  int heldDays = 0;
  std::string dueDay;
  std::optional<std::int64_t> takenEpoch;
  int callbackTries = 0;
  int rounds = 1;
  std::optional<std::string> closedAt, purgeAfter;
  std::string changedAt;
  // Appeals: the place (a building and unit, or a public spot in placeBuilding), urgency, no
  // name left, and the department and level it was passed up to.
  std::string placeBuilding, placeUnit;
  bool urgent = false;
  bool anonymous = false;
  std::string department, level;
};

struct RequestEventRecord {
  std::int64_t id = 0;
  std::int64_t requestId = 0;
  std::string action;
  std::optional<std::string> fromState;
  std::string toState;
  std::string role;  // staff, volunteer, resident, station
  std::string actor;
  std::optional<std::int64_t> volunteerId;
  std::string reason, note;
  std::string at, day;
  std::string department, level;  // an appeal's: where it was forwarded, or who replied
};

// One page of a staff list: every filter optional, ordered by due day then id (or, with
// `newestFirst`, by id downwards), continuing after `after` (the last row of the page before).
struct RequestQuery {
  std::optional<std::string> kind;  // errand, appeal
  std::optional<std::string> state;
  std::optional<std::string> grid;
  std::optional<std::string> errand;
  std::optional<std::int64_t> volunteerId;
  std::optional<std::int64_t> residentId;
  bool openOnly = false;                       // not closed, referred, cancelled or no contact
  std::optional<std::string> dueOnOrBefore;    // with openOnly: due today, overdue
  std::optional<std::int64_t> acceptedBefore;  // epoch: untaken for long (with state accepted)
  std::optional<std::string> dueFrom;          // due on or after this day
  bool notOnHold = false;
  // Waiting for someone to take it (accepted or reopened), and needing one of these skills
  // (a JSON array) or none. Errands only: departments, not volunteers, take appeals.
  bool takeableOnly = false;
  // In someone's hands and still to be done (dispatched, taken, in progress, on hold).
  bool workingOnly = false;
  std::optional<std::string> skillsJson;
  // In one of these grids (a JSON array of grid ids): a volunteer who serves only some grids.
  std::optional<std::string> gridsJson;
  bool newestFirst = false;
  int limit = 20;
  std::optional<std::pair<std::string, std::int64_t>> after;  // (due day, id) of the last row
};

// How many requests are open, due today and overdue (on hold counts as neither), and the
// last transition's id: a page that saw it knows whether anything moved since.
struct RequestTally {
  std::int64_t open = 0, dueToday = 0, overdue = 0;
  std::int64_t lastEventId = 0;
};

class RequestRepository {
 public:
  explicit RequestRepository(Database& db) : db_(db) {}

  std::int64_t insert(const RequestRecord& request);
  std::int64_t insertEvent(const RequestEventRecord& event);
  std::optional<RequestRecord> find(std::int64_t id);
  std::optional<RequestRecord> findByTracking(const std::string& code);
  std::optional<RequestRecord> findByNumber(const std::string& number);
  std::optional<RequestRecord> findByUuid(const std::string& uuid);
  std::vector<RequestRecord> list(const RequestQuery& query);
  std::vector<RequestEventRecord> events(std::int64_t requestId);
  // The highest number given on `day` (YYYYMMDD-NNN), or 0.
  int lastNumberOn(const std::string& compactDay);

  // Writes every changing field of `request`, but only while its row is still in `seenState`;
  // false (nothing written) when another caller moved it first.
  bool saveFrom(const RequestRecord& request, const std::string& seenState);
  // Requests whose resident details are due to go (purge_after on or before `day`), by id.
  std::vector<std::int64_t> duePurge(const std::string& day, int limit);
  // Unlinks the request from its resident; the masked form stays.
  void unlinkResident(std::int64_t id);
  // The resident's open requests follow their record (a grid from the address staff added,
  // priority from living alone, the masked form); an appeal keeps its place's grid. Returns
  // how many changed.
  int followResident(std::int64_t residentId, const std::string& grid, bool priority,
                     const std::string& residentMasked);
  std::int64_t count();
  RequestTally tally(const std::string& today);

 private:
  Database& db_;
};

}  // namespace yizhan::data
