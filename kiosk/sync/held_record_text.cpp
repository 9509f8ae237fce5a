#include "kiosk/sync/held_record_text.h"

#include <nlohmann/json.hpp>
#include <string_view>
#include <utility>

#include "kiosk/sync/sync_strings.h"

namespace yizhan::kiosk {

namespace {
// Every type of kEventTypes (kiosk/sync/event_types.h); tests/sync check none is missing.
constexpr std::pair<std::string_view, SyncStr> kKinds[] = {
    {"ticket.issued", SyncStr::HeldTicketIssued},
    {"ticket.printed", SyncStr::HeldTicketPrinted},
    {"ticket.print_failed", SyncStr::HeldTicketPrintFailed},
    {"ticket.called", SyncStr::HeldTicketCalled},
    {"ticket.recalled", SyncStr::HeldTicketRecalled},
    {"ticket.held", SyncStr::HeldTicketHeld},
    {"ticket.resumed", SyncStr::HeldTicketResumed},
    {"ticket.transferred", SyncStr::HeldTicketTransferred},
    {"ticket.served", SyncStr::HeldTicketServed},
    {"ticket.no_show", SyncStr::HeldTicketNoShow},
    {"counter.opened", SyncStr::HeldCounterOpened},
    {"counter.closed", SyncStr::HeldCounterClosed},
    {"queue.daily_summary", SyncStr::HeldDailySummary},
    {"appointment.booked", SyncStr::HeldApptBooked},
    {"appointment.checked_in", SyncStr::HeldApptCheckedIn},
    {"appointment.missed", SyncStr::HeldApptMissed},
    {"staff_call.raised", SyncStr::HeldStaffCallRaised},
    {"staff_call.handled", SyncStr::HeldStaffCallHandled},
    {"resident.priority_flag_set", SyncStr::HeldPriorityFlag},
    {"volunteer.enrolled", SyncStr::HeldVolunteerEnrolled},
    {"volunteer.updated", SyncStr::HeldVolunteerUpdated},
    {"volunteer.signed_in", SyncStr::HeldVolunteerSignedIn},
    {"volunteer.signed_out", SyncStr::HeldVolunteerSignedOut},
    {"volunteer.shift_closed", SyncStr::HeldVolunteerShiftClosed},
    {"volunteer.shift_reviewed", SyncStr::HeldVolunteerShiftReviewed},
    {"volunteer.points_awarded", SyncStr::HeldVolunteerPoints},
    {"request.accepted", SyncStr::HeldRequestAccepted},
    {"request.transitioned", SyncStr::HeldRequestTransitioned},
    {"appeal.reply_kept", SyncStr::HeldAppealReplyKept},
    {"requests.figures", SyncStr::HeldRequestFigures},
};

std::string field(const nlohmann::json& j, const char* key) {
  auto it = j.find(key);
  if (it == j.end()) return {};
  if (it->is_string()) return it->get<std::string>();
  if (it->is_number_integer()) return std::to_string(it->get<long long>());
  return {};
}

// What tells this record from others of its kind: the ticket, the booking's day and slot, the
// counter, the day.
std::string detailOf(const std::string& type, const nlohmann::json& p, Lang lang) {
  if (type.rfind("ticket.", 0) == 0) return field(p, "code");
  if (type.rfind("appointment.", 0) == 0) {
    std::string day = field(p, "day"), slot = field(p, "slot");
    return day + (day.empty() || slot.empty() ? "" : " ") + slot;
  }
  if (type.rfind("counter.", 0) == 0) {
    std::string counter = field(p, "counter");
    return counter.empty() ? counter : format(SyncStr::HeldCounterNumber, lang, {counter});
  }
  if (type == "queue.daily_summary") return field(p, "day");
  // A volunteer by their masked name (enrolment) or the shift's day (shifts).
  if (type.rfind("volunteer.", 0) == 0) {
    std::string name = field(p, "name_masked");
    return name.empty() ? field(p, "day") : name;
  }
  // A request by the number on the resident's slip.
  if (type.rfind("request.", 0) == 0) return field(p, "number");
  if (type == "appeal.reply_kept") return field(p, "department");
  if (type == "requests.figures") return field(p, "from") + "—" + field(p, "to");
  return {};
}
}  // namespace

bool heldRecordKindKnown(std::string_view type) {
  for (const auto& [name, id] : kKinds) {
    if (name == type) return true;
  }
  return false;
}

std::string heldRecordName(const std::string& type, const std::string& payload, Lang lang) {
  std::string kind = type;
  for (const auto& [name, id] : kKinds) {
    if (name == type) kind = text(id, lang);
  }
  nlohmann::json p = nlohmann::json::parse(payload, nullptr, /*allow_exceptions=*/false);
  std::string detail = p.is_object() ? detailOf(type, p, lang) : std::string();
  return detail.empty() ? kind : kind + " " + detail;
}

std::string heldReasonMeaning(const std::string& code, Lang lang) {
  SyncStr id = code == "schema"         ? SyncStr::HeldWhySchema
               : code == "unknown_type" ? SyncStr::HeldWhyUnknownType
               : code == "bad_time"     ? SyncStr::HeldWhyBadTime
                                        : SyncStr::HeldWhyOther;
  return std::string(text(id, lang));
}

}  // namespace yizhan::kiosk
