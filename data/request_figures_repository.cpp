#include "data/request_figures_repository.h"

#include <algorithm>
#include <unordered_map>

namespace yizhan::data {

namespace {
// What one request did in the period, as its events are read.
struct Tally {
  bool accepted = false;
  std::int64_t doneId = 0, backId = 0;
  std::string doneDay;
  int satisfied = 0, unsatisfied = 0, closedNotDone = 0;
};
}  // namespace

std::vector<RequestInPeriodRow> RequestFiguresRepository::activeBetween(const std::string& fromDay,
                                                                        const std::string& toDay) {
  // The period's events from the covering index alone, tallied here: grouping them in SQL
  // cost ten times the walk.
  std::unordered_map<std::int64_t, Tally> tallies;
  auto events = db_.prepare(
      "SELECT request_id, id, action, day FROM request_event WHERE day BETWEEN ?1 AND ?2");
  events.bind(1, fromDay).bind(2, toDay);
  while (events.step()) {
    Tally& t = tallies[events.columnInt(0)];
    std::int64_t id = events.columnInt(1);
    std::string action = events.columnText(2);
    if (action == "accept") {
      t.accepted = true;
    } else if (action == "resolve" || action == "department_done") {
      // Done counts when the last doing comes after the last unsatisfied callback: a request
      // sent back is done only once it is done again.
      if (id > t.doneId) {
        t.doneId = id;
        t.doneDay = events.columnText(3);
      }
    } else if (action == "callback_satisfied") {
      ++t.satisfied;
    } else if (action == "callback_unsatisfied") {
      ++t.unsatisfied;
      t.backId = std::max(t.backId, id);
    } else if (action == "refer" || action == "cancel") {
      ++t.closedNotDone;
    }
  }
  auto requests = db_.prepare(
      "SELECT id, kind, grid, errand, errand_name, accepted_day, due_day, held_days, resident_id, "
      "anonymous FROM service_request WHERE id IN "
      "(SELECT request_id FROM request_event WHERE day BETWEEN ?1 AND ?2) ORDER BY id");
  requests.bind(1, fromDay).bind(2, toDay);
  std::vector<RequestInPeriodRow> out;
  out.reserve(tallies.size());
  while (requests.step()) {
    RequestInPeriodRow row;
    row.requestId = requests.columnInt(0);
    row.kind = requests.columnText(1);
    row.grid = requests.columnText(2);
    row.category = requests.columnText(3);
    row.categoryName = requests.columnText(4);
    row.acceptedDay = requests.columnText(5);
    row.dueDay = requests.columnText(6);
    row.heldDays = static_cast<int>(requests.columnInt(7));
    row.residentId = requests.columnOptionalInt(8);
    row.anonymous = requests.columnInt(9) != 0;
    const Tally& t = tallies[row.requestId];
    row.accepted = t.accepted;
    if (t.doneId > t.backId) row.resolvedDay = t.doneDay;
    row.satisfied = t.satisfied;
    row.unsatisfied = t.unsatisfied;
    row.closedNotDone = t.closedNotDone;
    out.push_back(std::move(row));
  }
  return out;
}

}  // namespace yizhan::data
