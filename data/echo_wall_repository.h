#pragma once
// The rows the echo wall (回音墙) is built from: requests and appeals done and closed since a
// moment, newest first, each with the note of the step that did it. Read-only; the masked
// names come along only so the wall can keep them out of the notes it shows.
#include <cstdint>
#include <string>
#include <vector>

#include "data/database.h"

namespace yizhan::data {

struct EchoWallRow {
  std::int64_t id = 0;
  std::string kind;           // errand, appeal
  std::string errandName;     // the errand, or the appeal's category
  std::string placeBuilding;  // an appeal's building or public place; '' for an errand
  std::string grid;
  std::string department;  // where an appeal was passed up to; ''
  std::string acceptedDay, resolvedDay;
  int heldDays = 0;
  std::string note;  // what the resolving step said was done
  std::string residentMasked, volunteerMasked;
  std::string closedAt;
};

class EchoWallRepository {
 public:
  explicit EchoWallRepository(Database& db) : db_(db) {}
  // Closed satisfied (or unreviewed) or done without reaching the resident, at or after
  // `sinceIso`, at most `limit`, the latest first.
  std::vector<EchoWallRow> doneSince(const std::string& sinceIso, int limit);

 private:
  Database& db_;
};

}  // namespace yizhan::data
