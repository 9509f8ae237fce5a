#pragma once
// Booked appointment slots as stored. A slot's capacity is checked and the booking inserted in
// one write transaction (the caller's), so two kiosks or a kiosk and the console cannot both
// take a slot's last place.
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "data/database.h"

namespace yizhan::data {

struct AppointmentRecord {
  std::int64_t id = 0;
  std::string uuid;  // on the slip's QR code, and the district's key for it
  std::string service;
  std::string day;    // local YYYY-MM-DD
  int slotStart = 0;  // minutes after local midnight
  int slotMinutes = 0;
  std::int64_t slotEpoch = 0;
  std::string holderKind;  // id_card or phone
  std::string holderHash;
  std::string holderMasked;
  std::string source;             // kiosk, console, district
  std::string status = "booked";  // booked, checked_in, missed, cancelled
  std::string bookedAt;
  std::optional<std::string> checkedInAt;
  std::optional<std::int64_t> ticketId;
};

struct SlotCount {
  int slotStart = 0;
  int taken = 0;
};

class AppointmentRepository {
 public:
  explicit AppointmentRepository(Database& db) : db_(db) {}

  std::int64_t insert(const AppointmentRecord& appointment);
  std::optional<AppointmentRecord> find(std::int64_t id);
  std::optional<AppointmentRecord> findByUuid(const std::string& uuid);
  // Places taken (not cancelled) in each slot of a service's day that has any.
  std::vector<SlotCount> takenBySlot(const std::string& service, const std::string& day);
  int takenInSlot(const std::string& service, const std::string& day, int slotStart);
  // A holder's bookings of one day, earliest slot first.
  std::vector<AppointmentRecord> ofHolder(const std::string& holderHash, const std::string& day);
  // Every booking of a day, by slot (the counter console's list).
  std::vector<AppointmentRecord> ofDay(const std::string& day);
  // Still booked (not checked in) although their slot started before `epoch`.
  std::vector<AppointmentRecord> bookedBefore(std::int64_t epoch);

  // Transitions; each returns false when the booking was no longer 'booked'.
  bool markCheckedIn(std::int64_t id, std::int64_t ticketId, const std::string& at);
  bool markMissed(std::int64_t id, const std::string& at);

 private:
  Database& db_;
};

}  // namespace yizhan::data
