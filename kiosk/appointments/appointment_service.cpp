#include "kiosk/appointments/appointment_service.h"

#include <nlohmann/json.hpp>

#include <cstdio>

#include "data/outbox.h"
#include "data/uuid.h"
#include "kiosk/base/local_time.h"

namespace yizhan::kiosk {

namespace {
const std::string kQrPrefix(kAppointmentCodePrefix);

AppointmentProblem refusedCheckIn(CheckInOutcome& out, AppointmentProblem p) {
  out.problem = p;
  return p;
}
}  // namespace

std::vector<int> slotStartsOf(const ServiceDef& service) {
  std::vector<int> starts;
  if (service.slotMinutes <= 0) return starts;
  for (const OpeningSpan& span : service.hours) {
    for (int s = span.from; s + service.slotMinutes <= span.to; s += service.slotMinutes) {
      starts.push_back(s);
    }
  }
  return starts;
}

std::string slotText(int start, int minutes) {
  char text[48];
  int end = start + minutes;
  std::snprintf(text, sizeof text, "%02d:%02d-%02d:%02d", start / 60, start % 60, end / 60,
                end % 60);
  return text;
}

std::optional<TimePoint> slotTime(const std::string& day, int start) {
  char text[64];
  std::snprintf(text, sizeof text, "%.10sT%02d:%02d:00", day.c_str(), start / 60, start % 60);
  return parseLocalDateTime(text);
}

std::string appointmentQrPayload(const std::string& uuid) {
  return kQrPrefix + uuid;
}

std::string AppointmentService::today() const {
  return formatDay(clock_.now());
}

void AppointmentService::commit(data::Transaction& tx) {
  tx.commit();
  if (QueueSignal* signal = queue_.signal()) signal->notify();
}

void AppointmentService::event(const char* type, const data::AppointmentRecord& a,
                               const nlohmann::json& extra) {
  // No personal data: the district learns who booked from its own records, not from ours.
  nlohmann::json payload = {{"appointment_id", a.uuid},
                            {"service", a.service},
                            {"day", a.day},
                            {"slot", slotText(a.slotStart, a.slotMinutes)}};
  payload.update(extra);
  data::Outbox(db_).append(type, formatIso(clock_.now()), payload.dump());
}

std::int64_t AppointmentService::opensAt(const data::AppointmentRecord& a) const {
  return a.slotEpoch - settings().appointmentEarlyMinutes * 60;
}

std::int64_t AppointmentService::closesAt(const data::AppointmentRecord& a) const {
  return a.slotEpoch + settings().appointmentLateMinutes * 60;
}

std::vector<const ServiceDef*> AppointmentService::bookableServices() const {
  std::vector<const ServiceDef*> out;
  for (const ServiceDef& s : queue_.catalog().services) {
    if (!slotStartsOf(s).empty()) out.push_back(&s);
  }
  return out;
}

std::vector<SlotView> AppointmentService::slots(const std::string& serviceId,
                                                const std::string& day) {
  std::vector<SlotView> out;
  const ServiceDef* service = queue_.catalog().service(serviceId);
  if (!service) return out;
  std::vector<data::SlotCount> taken = data::AppointmentRepository(db_).takenBySlot(serviceId, day);
  TimePoint now = clock_.now();
  for (int start : slotStartsOf(*service)) {
    SlotView v{start, service->slotMinutes, service->slotCapacity, 0, false};
    for (const data::SlotCount& c : taken) {
      if (c.slotStart == start) v.taken = c.taken;
    }
    auto at = slotTime(day, start);
    v.passed = !at || *at <= now;
    out.push_back(v);
  }
  return out;
}

std::vector<BookingDay> AppointmentService::bookingDays(const std::string& serviceId) {
  std::vector<BookingDay> out;
  std::string first = today();
  for (const std::string& day :
       calendar_.current().workingDaysFrom(first, settings().appointmentDaysAhead)) {
    BookingDay d{day, weekdayOf(day).value_or(0), day == first, 0};
    for (const SlotView& s : slots(serviceId, day)) {
      if (s.available()) d.freePlaces += s.capacity - s.taken;
    }
    out.push_back(d);
  }
  return out;
}

BookOutcome AppointmentService::book(const std::string& serviceId, const std::string& day,
                                     int slotStart, const PersonRef& holder,
                                     const std::string& source, const std::string& uuid) {
  auto refuse = [](AppointmentProblem p) { return BookOutcome{std::nullopt, p}; };
  const ServiceDef* service = queue_.catalog().service(serviceId);
  if (!service) return refuse(AppointmentProblem::UnknownService);
  std::vector<int> starts = slotStartsOf(*service);
  if (starts.empty()) return refuse(AppointmentProblem::NotBookable);
  data::AppointmentRepository appointments(db_);
  data::Transaction tx(db_);
  if (!uuid.empty()) {
    if (auto stored = appointments.findByUuid(uuid)) return {stored, std::nullopt};
  }
  bool fromDistrict = source == "district";
  std::vector<std::string> offered =
      calendar_.current().workingDaysFrom(today(), settings().appointmentDaysAhead);
  bool inRange = std::find(offered.begin(), offered.end(), day) != offered.end();
  // The district books further ahead than the kiosk offers; a closed day is closed for all.
  if (!calendar_.current().isWorkingDay(day) || (!inRange && !fromDistrict) || !weekdayOf(day)) {
    return refuse(AppointmentProblem::DayNotOpen);
  }
  if (std::find(starts.begin(), starts.end(), slotStart) == starts.end()) {
    return refuse(AppointmentProblem::NoSuchSlot);
  }
  auto at = slotTime(day, slotStart);
  if (!at || *at <= clock_.now()) return refuse(AppointmentProblem::SlotPassed);
  if (appointments.takenInSlot(serviceId, day, slotStart) >= service->slotCapacity) {
    return refuse(AppointmentProblem::SlotFull);
  }
  for (const data::AppointmentRecord& a : appointments.ofHolder(holder.hash, day)) {
    if (a.service == serviceId && a.status != "cancelled") {
      return refuse(AppointmentProblem::AlreadyBooked);
    }
  }
  data::AppointmentRecord a;
  a.uuid = uuid.empty() ? data::newUuid() : uuid;
  a.service = serviceId;
  a.day = day;
  a.slotStart = slotStart;
  a.slotMinutes = service->slotMinutes;
  a.slotEpoch = epochSeconds(*at);
  a.holderKind = holder.kind;
  a.holderHash = holder.hash;
  a.holderMasked = holder.masked;
  a.source = source;
  a.bookedAt = formatIso(clock_.now());
  a.id = appointments.insert(a);
  event("appointment.booked", a, {{"source", source}, {"holder_kind", holder.kind}});
  commit(tx);
  return {a, std::nullopt};
}

CheckInOutcome AppointmentService::checkInRecord(const data::AppointmentRecord& a) {
  CheckInOutcome out;
  out.appointment = a;
  std::int64_t now = epochSeconds(clock_.now());
  if (a.status == "checked_in") {
    if (a.ticketId) out.ticket = queue_.forReprint(*a.ticketId);
    refusedCheckIn(out, AppointmentProblem::AlreadyCheckedIn);
    return out;
  }
  if (a.status == "missed") {
    refusedCheckIn(out, AppointmentProblem::TooLate);
    return out;
  }
  if (a.status != "booked") {
    refusedCheckIn(out, AppointmentProblem::NotFound);
    return out;
  }
  if (a.day != today()) {
    refusedCheckIn(out, a.day < today() || now > closesAt(a) ? AppointmentProblem::TooLate
                                                             : AppointmentProblem::OtherDay);
    if (*out.problem == AppointmentProblem::TooLate) markMissed();
    return out;
  }
  if (now < opensAt(a)) {
    out.opensAt = fromEpochSeconds(opensAt(a));
    refusedCheckIn(out, AppointmentProblem::TooEarly);
    return out;
  }
  if (now > closesAt(a)) {
    markMissed();
    refusedCheckIn(out, AppointmentProblem::TooLate);
    return out;
  }
  const ServiceDef* service = queue_.catalog().service(a.service);
  if (!service) {  // the service was removed from the configuration since the booking
    refusedCheckIn(out, AppointmentProblem::UnknownService);
    return out;
  }
  data::AppointmentRepository appointments(db_);
  data::Transaction tx(db_);
  IssuedTicket issued = queue_.issueBookedInTransaction(*service, fromEpochSeconds(a.slotEpoch));
  if (!appointments.markCheckedIn(a.id, issued.ticket.id, formatIso(clock_.now()))) {
    // Checked in a moment ago elsewhere (the console): the transaction rolls back.
    refusedCheckIn(out, AppointmentProblem::AlreadyCheckedIn);
    return out;
  }
  event("appointment.checked_in", a,
        {{"ticket_id", issued.ticket.id}, {"code", issued.ticket.code}});
  commit(tx);
  out.appointment = appointments.find(a.id);
  out.ticket = issued;
  return out;
}

CheckInOutcome AppointmentService::checkIn(const PersonRef& holder) {
  std::vector<data::AppointmentRecord> mine =
      data::AppointmentRepository(db_).ofHolder(holder.hash, today());
  CheckInOutcome notFound;
  notFound.problem = AppointmentProblem::NotFound;
  if (mine.empty()) return notFound;
  std::int64_t now = epochSeconds(clock_.now());
  // Prefer the booking whose window is open, then the next one to open, then what is left
  // (checked in already, missed), so the message is about the booking that matters now.
  const data::AppointmentRecord* pick = nullptr;
  for (const auto& a : mine) {
    if (a.status == "booked" && now >= opensAt(a) && now <= closesAt(a)) return checkInRecord(a);
  }
  for (const auto& a : mine) {
    if (!pick && a.status == "booked" && now < opensAt(a)) pick = &a;
  }
  for (const auto& a : mine) {
    if (!pick && a.status == "checked_in") pick = &a;
  }
  for (const auto& a : mine) {
    if (!pick && a.status != "cancelled") pick = &a;
  }
  if (!pick) return notFound;
  return checkInRecord(*pick);
}

CheckInOutcome AppointmentService::checkInFound(const std::optional<data::AppointmentRecord>& a) {
  if (a) return checkInRecord(*a);
  CheckInOutcome out;
  out.problem = AppointmentProblem::NotFound;
  return out;
}

CheckInOutcome AppointmentService::checkInByCode(const std::string& code) {
  std::string uuid = code.rfind(kQrPrefix, 0) == 0 ? code.substr(kQrPrefix.size()) : code;
  return checkInFound(data::AppointmentRepository(db_).findByUuid(uuid));
}

CheckInOutcome AppointmentService::checkInById(std::int64_t id) {
  return checkInFound(data::AppointmentRepository(db_).find(id));
}

int AppointmentService::markMissed() {
  data::AppointmentRepository appointments(db_);
  std::int64_t cutoff = epochSeconds(clock_.now()) - settings().appointmentLateMinutes * 60;
  // A read first, so the once-a-minute sweep writes nothing on a quiet day.
  if (appointments.bookedBefore(cutoff).empty()) return 0;
  data::Transaction tx(db_);
  int marked = 0;
  std::string at = formatIso(clock_.now());
  for (const data::AppointmentRecord& a : appointments.bookedBefore(cutoff)) {
    if (!appointments.markMissed(a.id, at)) continue;
    event("appointment.missed", a, nlohmann::json::object());
    ++marked;
  }
  commit(tx);
  return marked;
}

std::vector<data::AppointmentRecord> AppointmentService::ofDay(const std::string& day) {
  return data::AppointmentRepository(db_).ofDay(day);
}

}  // namespace yizhan::kiosk
