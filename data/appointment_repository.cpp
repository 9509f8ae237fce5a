#include "data/appointment_repository.h"

#include "data/guarded_transition.h"

namespace yizhan::data {

namespace {
constexpr const char* kColumns =
    "id, uuid, service, day, slot_start, slot_minutes, slot_epoch, holder_kind, holder_hash, "
    "holder_masked, source, status, booked_at, checked_in_at, ticket_id";

AppointmentRecord readAppointment(const Statement& s) {
  AppointmentRecord a;
  a.id = s.columnInt(0);
  a.uuid = s.columnText(1);
  a.service = s.columnText(2);
  a.day = s.columnText(3);
  a.slotStart = static_cast<int>(s.columnInt(4));
  a.slotMinutes = static_cast<int>(s.columnInt(5));
  a.slotEpoch = s.columnInt(6);
  a.holderKind = s.columnText(7);
  a.holderHash = s.columnText(8);
  a.holderMasked = s.columnText(9);
  a.source = s.columnText(10);
  a.status = s.columnText(11);
  a.bookedAt = s.columnText(12);
  a.checkedInAt = s.columnOptionalText(13);
  a.ticketId = s.columnOptionalInt(14);
  return a;
}

std::string select(const char* rest) {
  return std::string("SELECT ") + kColumns + " FROM appointment " + rest;
}

std::vector<AppointmentRecord> all(Statement& stmt) {
  std::vector<AppointmentRecord> out;
  while (stmt.step()) out.push_back(readAppointment(stmt));
  return out;
}

std::optional<AppointmentRecord> one(Statement& stmt) {
  if (!stmt.step()) return std::nullopt;
  return readAppointment(stmt);
}
}  // namespace

std::int64_t AppointmentRepository::insert(const AppointmentRecord& a) {
  db_.prepare(
         "INSERT INTO appointment (uuid, service, day, slot_start, slot_minutes, slot_epoch, "
         "holder_kind, holder_hash, holder_masked, source, status, booked_at) "
         "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, 'booked', ?11)")
      .bind(1, a.uuid)
      .bind(2, a.service)
      .bind(3, a.day)
      .bind(4, a.slotStart)
      .bind(5, a.slotMinutes)
      .bind(6, a.slotEpoch)
      .bind(7, a.holderKind)
      .bind(8, a.holderHash)
      .bind(9, a.holderMasked)
      .bind(10, a.source)
      .bind(11, a.bookedAt)
      .run();
  return db_.lastInsertRowId();
}

std::optional<AppointmentRecord> AppointmentRepository::find(std::int64_t id) {
  auto stmt = db_.prepare(select("WHERE id = ?1"));
  stmt.bind(1, id);
  return one(stmt);
}

std::optional<AppointmentRecord> AppointmentRepository::findByUuid(const std::string& uuid) {
  auto stmt = db_.prepare(select("WHERE uuid = ?1"));
  stmt.bind(1, uuid);
  return one(stmt);
}

std::vector<SlotCount> AppointmentRepository::takenBySlot(const std::string& service,
                                                          const std::string& day) {
  auto stmt = db_.prepare(
      "SELECT slot_start, COUNT(*) FROM appointment WHERE service = ?1 AND day = ?2 "
      "AND status != 'cancelled' GROUP BY slot_start ORDER BY slot_start");
  stmt.bind(1, service).bind(2, day);
  std::vector<SlotCount> out;
  while (stmt.step()) {
    out.push_back({static_cast<int>(stmt.columnInt(0)), static_cast<int>(stmt.columnInt(1))});
  }
  return out;
}

int AppointmentRepository::takenInSlot(const std::string& service, const std::string& day,
                                       int slotStart) {
  auto stmt = db_.prepare(
      "SELECT COUNT(*) FROM appointment WHERE service = ?1 AND day = ?2 AND slot_start = ?3 "
      "AND status != 'cancelled'");
  stmt.bind(1, service).bind(2, day).bind(3, slotStart);
  stmt.step();
  return static_cast<int>(stmt.columnInt(0));
}

std::vector<AppointmentRecord> AppointmentRepository::ofHolder(const std::string& holderHash,
                                                               const std::string& day) {
  auto stmt = db_.prepare(select("WHERE holder_hash = ?1 AND day = ?2 ORDER BY slot_start, id"));
  stmt.bind(1, holderHash).bind(2, day);
  return all(stmt);
}

std::vector<AppointmentRecord> AppointmentRepository::ofDay(const std::string& day) {
  auto stmt = db_.prepare(select("WHERE day = ?1 ORDER BY slot_start, id"));
  stmt.bind(1, day);
  return all(stmt);
}

std::vector<AppointmentRecord> AppointmentRepository::bookedBefore(std::int64_t epoch) {
  auto stmt =
      db_.prepare(select("WHERE status = 'booked' AND slot_epoch < ?1 ORDER BY slot_epoch, id"));
  stmt.bind(1, epoch);
  return all(stmt);
}

bool AppointmentRepository::markCheckedIn(std::int64_t id, std::int64_t ticketId,
                                          const std::string& at) {
  return GuardedTransition(db_, "appointment")
      .move(id, "booked", "checked_in", "ticket_id = ?4, checked_in_at = ?5", ticketId, at)
      .moved;
}

bool AppointmentRepository::markMissed(std::int64_t id, const std::string& at) {
  return GuardedTransition(db_, "appointment")
      .move(id, "booked", "missed", "missed_at = ?4", at)
      .moved;
}

}  // namespace yizhan::data
