#pragma once
// Volunteers' shifts as stored: opened at sign-in, closed at sign-out (or by the kiosk when
// nobody signed out), confirmed or corrected by staff when flagged. A volunteer has at most one
// open shift (a unique index), so two scans cannot open two.
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "data/database.h"

namespace yizhan::data {

struct ShiftRecord {
  std::int64_t id = 0;
  std::string uuid;
  std::int64_t volunteerId = 0;
  std::string activity;
  std::string station;
  std::string day;  // local day it began
  std::int64_t startEpoch = 0;
  std::string startedAt;
  std::optional<std::int64_t> endEpoch;
  std::optional<std::string> endedAt;
  std::optional<std::string> endedBy;  // signed_out, signed_in_again, station_closed
  int creditedMinutes = 0;
  int proposedMinutes = 0;
  std::string flag = "none";    // none, forgotten, capped, clock_back
  std::string status = "open";  // open, closed, review, confirmed, corrected
  std::optional<std::string> confirmedBy, confirmedAt, correctionReason;
};

struct ShiftClosing {
  std::int64_t endEpoch = 0;
  std::string endedAt;
  std::string endedBy;
  int creditedMinutes = 0;
  int proposedMinutes = 0;
  std::string flag;
  std::string status;  // closed or review
};

struct VolunteerMinutes {
  std::int64_t volunteerId = 0;
  std::int64_t minutes = 0;
};

class VolunteerShiftRepository {
 public:
  explicit VolunteerShiftRepository(Database& db) : db_(db) {}

  // Throws StoreError (Constraint) when the volunteer already has an open shift.
  std::int64_t open(const ShiftRecord& shift);
  std::optional<ShiftRecord> find(std::int64_t id);
  std::optional<ShiftRecord> openOf(std::int64_t volunteerId);
  std::vector<ShiftRecord> allOpen();
  // The volunteer's latest shift (by start), open or not.
  std::optional<ShiftRecord> latestOf(std::int64_t volunteerId);
  // False when the shift was no longer open (closed elsewhere in the meantime).
  bool close(std::int64_t id, const ShiftClosing& closing);
  // Staff's answer to a flagged shift; false when it was no longer waiting for review.
  bool review(std::int64_t id, const std::string& status, int creditedMinutes,
              const std::string& by, const std::string& at,
              const std::optional<std::string>& reason);
  std::vector<ShiftRecord> awaitingReview();
  std::vector<ShiftRecord> ofVolunteerBetween(std::int64_t volunteerId, const std::string& fromDay,
                                              const std::string& toDay);
  // Credited minutes of one volunteer over days [fromDay, toDay].
  std::int64_t creditedMinutes(std::int64_t volunteerId, const std::string& fromDay,
                               const std::string& toDay);
  // Everyone's credited minutes over [fromDay, toDay], most first (ranks).
  std::vector<VolunteerMinutes> creditedByVolunteer(const std::string& fromDay,
                                                    const std::string& toDay);

 private:
  Database& db_;
};

}  // namespace yizhan::data
