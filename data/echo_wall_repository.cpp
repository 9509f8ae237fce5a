#include "data/echo_wall_repository.h"

namespace yizhan::data {

std::vector<EchoWallRow> EchoWallRepository::doneSince(const std::string& sinceIso, int limit) {
  // The last resolving step (a reopened request was resolved again): its day and note.
  auto stmt = db_.prepare(
      "SELECT r.id, r.kind, r.errand_name, r.place_building, r.grid, r.department, "
      "r.accepted_day, e.day, r.held_days, e.note, r.resident_masked, "
      "COALESCE(v.name_masked, ''), r.closed_at "
      "FROM service_request r "
      "JOIN request_event e ON e.id = (SELECT MAX(x.id) FROM request_event x "
      "  WHERE x.request_id = r.id AND x.action IN ('resolve', 'department_done')) "
      "LEFT JOIN volunteer v ON v.id = r.volunteer_id "
      "WHERE r.state IN ('closed', 'no_contact') AND r.closed_at >= ?1 "
      "ORDER BY r.closed_at DESC, r.id DESC LIMIT ?2");
  stmt.bind(1, sinceIso).bind(2, limit);
  std::vector<EchoWallRow> out;
  while (stmt.step()) {
    EchoWallRow row;
    row.id = stmt.columnInt(0);
    row.kind = stmt.columnText(1);
    row.errandName = stmt.columnText(2);
    row.placeBuilding = stmt.columnText(3);
    row.grid = stmt.columnText(4);
    row.department = stmt.columnText(5);
    row.acceptedDay = stmt.columnText(6);
    row.resolvedDay = stmt.columnText(7);
    row.heldDays = static_cast<int>(stmt.columnInt(8));
    row.note = stmt.columnText(9);
    row.residentMasked = stmt.columnText(10);
    row.volunteerMasked = stmt.columnText(11);
    row.closedAt = stmt.columnText(12);
    out.push_back(std::move(row));
  }
  return out;
}

}  // namespace yizhan::data
