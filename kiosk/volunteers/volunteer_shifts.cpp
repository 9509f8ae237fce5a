#include "kiosk/volunteers/volunteer_shifts.h"

#include <algorithm>
#include <cctype>
#include <cstdio>
#include <stdexcept>

#include <nlohmann/json.hpp>

#include "data/audit_log.h"
#include "data/outbox.h"
#include "data/uuid.h"
#include "kiosk/base/local_time.h"

namespace yizhan::kiosk {

namespace {
ShiftFlag flagFromId(std::string_view id) {
  if (id == "forgotten") return ShiftFlag::Forgotten;
  if (id == "capped") return ShiftFlag::Capped;
  if (id == "clock_back") return ShiftFlag::ClockBack;
  return ShiftFlag::None;
}

const char* endId(ShiftEnd how) {
  switch (how) {
    case ShiftEnd::SignedOut:
      return "signed_out";
    case ShiftEnd::SignedInAgain:
      return "signed_in_again";
    case ShiftEnd::StationClosed:
      return "station_closed";
  }
  return "signed_out";
}

std::string isoOf(std::int64_t epoch) {
  return formatIso(fromEpochSeconds(epoch));
}

// One payload for every shift event: what the record holds so far.
nlohmann::json shiftPayload(const data::ShiftRecord& s) {
  nlohmann::json p = {{"shift_id", s.uuid},     {"volunteer_id", s.volunteerId},
                      {"activity", s.activity}, {"station", s.station},
                      {"day", s.day},           {"started_at", s.startedAt}};
  if (s.endEpoch) {
    p["ended_at"] = s.endedAt.value_or("");
    p["ended_by"] = s.endedBy.value_or("");
    p["served_minutes"] = std::max<std::int64_t>(0, (*s.endEpoch - s.startEpoch) / 60);
    p["credited_minutes"] = s.creditedMinutes;
    p["proposed_minutes"] = s.proposedMinutes;
    p["flag"] = s.flag;
    p["status"] = s.status;
  }
  return p;
}
}  // namespace

bool isVolunteerActivity(std::string_view id) {
  return std::find(kVolunteerActivities.begin(), kVolunteerActivities.end(), id) !=
         kVolunteerActivities.end();
}

const char* flagId(ShiftFlag flag) {
  switch (flag) {
    case ShiftFlag::None:
      return "none";
    case ShiftFlag::Forgotten:
      return "forgotten";
    case ShiftFlag::Capped:
      return "capped";
    case ShiftFlag::ClockBack:
      return "clock_back";
  }
  return "none";
}

ShiftView shiftViewOf(const data::ShiftRecord& r) {
  return {r.id,         r.uuid,     r.volunteerId,     r.activity,        r.day,
          r.startEpoch, r.endEpoch, r.creditedMinutes, r.proposedMinutes, flagFromId(r.flag),
          r.status};
}

std::optional<ShiftView> VolunteerShifts::openShift(std::int64_t volunteerId) {
  auto open = data::VolunteerShiftRepository(db_).openOf(volunteerId);
  if (!open) return std::nullopt;
  return shiftViewOf(*open);
}

std::optional<SignOutcome> VolunteerShifts::recentAction(std::int64_t volunteerId) {
  auto latest = data::VolunteerShiftRepository(db_).latestOf(volunteerId);
  if (!latest) return std::nullopt;
  std::int64_t now = epochSeconds(clock_.now());
  auto recent = [now](std::int64_t at) { return now >= at && now - at < kRepeatSeconds; };
  SignOutcome out;
  out.shift = shiftViewOf(*latest);
  out.repeated = true;
  if (latest->status == "open" && recent(latest->startEpoch)) {
    out.kind = SignKind::SignedIn;
  } else if (latest->endedBy == std::string("signed_out") && recent(*latest->endEpoch)) {
    out.kind = SignKind::SignedOut;
  } else {
    return std::nullopt;
  }
  out.todayMinutes = creditedMinutesOn(volunteerId, formatDay(clock_.now()));
  return out;
}

SignOutcome VolunteerShifts::signIn(std::int64_t volunteerId, std::string_view activity) {
  if (!isVolunteerActivity(activity))
    throw std::invalid_argument("unknown volunteer activity: " + std::string(activity));
  TimePoint nowPoint = clock_.now();
  std::int64_t now = epochSeconds(nowPoint);
  data::Transaction tx(db_);
  data::VolunteerShiftRepository repo(db_);
  SignOutcome out;
  if (auto open = repo.openOf(volunteerId)) {
    // Never signed out: the first shift ends as forgotten, at the moment it would have been
    // closed anyway if that came first.
    std::int64_t end =
        std::min(now, forgottenShiftEnd(open->startEpoch, closingEpoch(open->day), rules_));
    out.forgotten = closeShift(*open, end, ShiftEnd::SignedInAgain);
  }
  data::ShiftRecord shift;
  shift.uuid = data::newUuid();
  shift.volunteerId = volunteerId;
  shift.activity = std::string(activity);
  shift.station = stationId_;
  shift.day = formatDay(nowPoint);
  shift.startEpoch = now;
  shift.startedAt = formatIso(nowPoint);
  shift.id = repo.open(shift);
  data::Outbox(db_).append("volunteer.signed_in", shift.startedAt, shiftPayload(shift).dump());
  tx.commit();
  out.kind = SignKind::SignedIn;
  out.shift = shiftViewOf(shift);
  out.todayMinutes = creditedMinutesOn(volunteerId, shift.day);
  return out;
}

std::optional<SignOutcome> VolunteerShifts::signOut(std::int64_t volunteerId) {
  std::int64_t now = epochSeconds(clock_.now());
  data::Transaction tx(db_);
  auto open = data::VolunteerShiftRepository(db_).openOf(volunteerId);
  if (!open) return std::nullopt;
  SignOutcome out;
  out.kind = SignKind::SignedOut;
  out.shift = closeShift(*open, now, ShiftEnd::SignedOut);
  tx.commit();
  out.todayMinutes = creditedMinutesOn(volunteerId, formatDay(clock_.now()));
  return out;
}

ShiftView VolunteerShifts::closeShift(const data::ShiftRecord& shift, std::int64_t end,
                                      ShiftEnd how) {
  ShiftCredit credit = creditFor({shift.startEpoch, end, how}, rules_);
  data::ShiftClosing closing{end,
                             isoOf(end),
                             endId(how),
                             credit.creditedMinutes,
                             credit.proposedMinutes,
                             flagId(credit.flag),
                             credit.flag == ShiftFlag::None ? "closed" : "review"};
  data::VolunteerShiftRepository repo(db_);
  if (!repo.close(shift.id, closing)) {
    throw data::StoreError(data::StoreError::Kind::Other, "shift closed twice");
  }
  data::ShiftRecord closed = *repo.find(shift.id);
  const char* type = how == ShiftEnd::SignedOut ? "volunteer.signed_out" : "volunteer.shift_closed";
  data::Outbox(db_).append(type, formatIso(clock_.now()), shiftPayload(closed).dump());
  // Final hours earn points and count for the month; flagged ones once staff have answered.
  if (points_ && closed.status == "closed") points_->creditShift(closed);
  return shiftViewOf(closed);
}

int VolunteerShifts::closeForgotten() {
  std::int64_t now = epochSeconds(clock_.now());
  int closed = 0;
  data::Transaction tx(db_);
  for (const auto& open : data::VolunteerShiftRepository(db_).allOpen()) {
    std::int64_t end = forgottenShiftEnd(open.startEpoch, closingEpoch(open.day), rules_);
    if (now < end) continue;
    closeShift(open, end, ShiftEnd::StationClosed);
    ++closed;
  }
  tx.commit();
  return closed;
}

std::int64_t VolunteerShifts::creditedMinutesOn(std::int64_t volunteerId, const std::string& day) {
  return data::VolunteerShiftRepository(db_).creditedMinutes(volunteerId, day, day);
}

std::optional<std::int64_t> VolunteerShifts::closingEpoch(const std::string& day) const {
  if (!calendar_.current().isWorkingDay(day)) return std::nullopt;
  int latest = -1;
  for (const ServiceDef& s : catalog_.current().services) {
    for (const OpeningSpan& span : s.hours) latest = std::max(latest, span.to);
  }
  if (latest < 0) return std::nullopt;
  // Hours end by 24:00 (parseOpeningSpan), so two digits each; the buffer allows any int.
  char clock[32];
  std::snprintf(clock, sizeof clock, "T%02d:%02d:00", latest / 60, latest % 60);
  auto at = parseLocalDateTime(day + clock);
  if (!at) return std::nullopt;
  return epochSeconds(*at);
}

ServiceRecord VolunteerShifts::issueRecord(std::int64_t volunteerId, const std::string& fromDay,
                                           const std::string& toDay,
                                           const std::string& stationName) {
  ServiceRecord record = serviceRecordOf(db_, volunteerId, fromDay, toDay);
  record.stationName = stationName;
  std::string number = data::newUuid().substr(0, 8);
  for (char& c : number) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  record.recordNumber = "VR-" + number;
  TimePoint now = clock_.now();
  record.printedLocal = formatDay(now) + " " + formatClock(now);
  // Staff can tell a genuine record from a copy by its number in the audit log.
  data::AuditLog(db_).record(formatIso(now), "kiosk", "volunteer.record_issued",
                             record.recordNumber + " volunteer " + std::to_string(volunteerId) +
                                 " " + fromDay + ".." + toDay + " " +
                                 std::to_string(record.totalMinutes) + " min");
  return record;
}

std::vector<ShiftView> VolunteerShifts::awaitingReview() {
  std::vector<ShiftView> out;
  for (const auto& s : data::VolunteerShiftRepository(db_).awaitingReview())
    out.push_back(shiftViewOf(s));
  return out;
}

bool VolunteerShifts::confirm(std::int64_t shiftId, const std::string& actor) {
  return review(shiftId, std::nullopt, std::nullopt, actor);
}

bool VolunteerShifts::correct(std::int64_t shiftId, int minutes, const std::string& reason,
                              const std::string& actor) {
  if (reason.empty() || minutes < 0 || minutes > 24 * 60) return false;
  return review(shiftId, minutes, reason, actor);
}

bool VolunteerShifts::review(std::int64_t shiftId, std::optional<int> minutes,
                             const std::optional<std::string>& reason, const std::string& actor) {
  std::string at = formatIso(clock_.now());
  data::Transaction tx(db_);
  data::VolunteerShiftRepository repo(db_);
  auto shift = repo.find(shiftId);
  if (!shift || shift->status != "review") return false;
  int credited = minutes.value_or(shift->proposedMinutes);
  const char* status = minutes ? "corrected" : "confirmed";
  if (!repo.review(shiftId, status, credited, actor, at, reason)) return false;
  data::ShiftRecord done = *repo.find(shiftId);
  nlohmann::json payload = shiftPayload(done);
  payload["reviewed_by"] = actor;
  payload["reason"] = reason ? nlohmann::json(*reason) : nlohmann::json();
  data::Outbox(db_).append("volunteer.shift_reviewed", at, payload.dump());
  if (points_) points_->creditShift(done);
  data::AuditLog(db_).record(at, actor, "volunteer.shift_reviewed",
                             "shift " + std::to_string(shiftId) + " " + status + " " +
                                 std::to_string(credited) + " min" +
                                 (reason ? " — " + *reason : std::string()));
  tx.commit();
  return true;
}

}  // namespace yizhan::kiosk
