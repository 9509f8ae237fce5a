#include "kiosk/district/district_config_applier.h"

#include <nlohmann/json.hpp>

#include "data/sync_state_repository.h"
#include "kiosk/app/config.h"
#include "kiosk/appointments/appointment_service.h"
#include "kiosk/base/live.h"
#include "kiosk/district/section_entry.h"
#include "kiosk/district/station_settings.h"
#include "kiosk/residents/person_ref.h"

namespace yizhan::kiosk {

namespace {

const char* problemName(AppointmentProblem p) {
  switch (p) {
    case AppointmentProblem::UnknownService:
      return "no such service";
    case AppointmentProblem::NotBookable:
      return "the service takes no bookings";
    case AppointmentProblem::DayNotOpen:
      return "the station is closed that day";
    case AppointmentProblem::NoSuchSlot:
      return "not one of the service's slots";
    case AppointmentProblem::SlotFull:
      return "the slot is full";
    case AppointmentProblem::AlreadyBooked:
      return "the holder already has a booking for this service that day";
    default:
      return "cannot be booked";
  }
}

std::optional<PersonRef> holderOf(const nlohmann::json& a, const PersonalKey& key) {
  if (!a.contains("holder") || !a["holder"].is_string()) return std::nullopt;
  std::string holder = a["holder"].get<std::string>();
  std::string kind = a.value("holder_kind", std::string());
  if (kind == "phone") return personOfPhone(holder, key);
  if (kind == "id_card") return personOfIdNumber(holder, key);
  return std::nullopt;
}

// Books each appointment; returns why one cannot be, naming it (never by its holder).
std::optional<std::string> bookAll(AppointmentService& service, const nlohmann::json& list,
                                   const PersonalKey& key) {
  if (!list.is_array()) return "appointments: expected a list";
  for (size_t i = 0; i < list.size(); ++i) {
    const nlohmann::json& a = list[i];
    std::string where = "appointments #" + std::to_string(i + 1);
    std::optional<std::string> appointmentId = entryIdOf(a, "appointment_id");
    if (!appointmentId) return where + ": " + entryIdProblem("appointment_id");
    const std::string& id = *appointmentId;
    where += " (" + id + ")";
    std::optional<OpeningSpan> slot;
    if (a.contains("slot") && a["slot"].is_string()) {
      slot = parseOpeningSpan(a["slot"].get<std::string>());
    }
    if (!a.contains("service") || !a["service"].is_string() || !a.contains("day") ||
        !a["day"].is_string() || !slot) {
      return where + ": needs \"service\", \"day\" and \"slot\" like \"09:00-09:30\"";
    }
    auto holder = holderOf(a, key);
    if (!holder) {
      return where + ": \"holder_kind\" must be phone or id_card with a valid \"holder\"";
    }
    BookOutcome out = service.book(a["service"].get<std::string>(), a["day"].get<std::string>(),
                                   slot->from, *holder, "district", id);
    // A configuration sent again may still list a booking whose time has gone: not an error.
    if (!out.problem || *out.problem == AppointmentProblem::SlotPassed) continue;
    return where + ": " + problemName(*out.problem);
  }
  return std::nullopt;
}

}  // namespace

std::optional<std::string> DistrictConfigApplier::apply(data::Database& db,
                                                        const std::string& text) const {
  nlohmann::json doc = nlohmann::json::parse(text, nullptr, false);
  if (!doc.is_object()) return "not a JSON object";
  if (!doc.contains("sections") || !doc["sections"].is_object()) return "\"sections\" missing";
  const nlohmann::json& sent = doc["sections"];
  data::SyncStateRepository state(db);

  // The kept sections as they will be: those sent replace the stored ones.
  std::map<std::string, nlohmann::json> sections;
  for (auto& [name, stored] : state.withPrefix(data::kSectionKeyPrefix)) {
    sections[name] = nlohmann::json::parse(stored, nullptr, false);
  }
  for (const std::string& name : keptDistrictSections()) {
    if (sent.contains(name)) sections[name] = sent[name];
  }
  std::optional<StationSettings> next;
  try {
    next = withDistrictSections(base_, sections, "district configuration");
  } catch (const ConfigError& e) {
    return e.what();
  }

  if (sent.contains("appointments")) {
    // Booked against the new services and calendar, on this connection, in this transaction.
    QueueService queue(db, next->catalog, clock_);
    AppointmentService appointments(db, queue, next->calendar, clock_);
    if (auto refused = bookAll(appointments, sent["appointments"], personalKey_)) return refused;
  }
  for (const auto& [name, handler] : handlers_) {
    if (!sent.contains(name)) continue;
    if (auto refused = handler(db, sent[name])) return refused;
  }
  for (const std::string& name : keptDistrictSections()) {
    if (sent.contains(name)) state.set(data::kSectionKeyPrefix + name, sent[name].dump());
  }
  return std::nullopt;
}

}  // namespace yizhan::kiosk
