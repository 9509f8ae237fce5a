#include "kiosk/volunteers/district_roster.h"

#include <set>
#include <variant>

#include "kiosk/district/section_entry.h"
#include "kiosk/volunteers/volunteer_roster.h"

namespace yizhan::kiosk {

namespace {

const std::set<std::string> kKeys = {"external_id", "name",     "phone",  "id_number", "team",
                                     "kind",        "employer", "skills", "status"};

// The district's log and the staff's sync panel read these: in English like the other
// sections' refusals, and never with the value that was wrong.
const char* problemName(RosterProblem p) {
  switch (p) {
    case RosterProblem::NameMissing:
      return "\"name\" is empty";
    case RosterProblem::NameTooLong:
      return "\"name\" is longer than 20 characters";
    case RosterProblem::PhoneInvalid:
      return "\"phone\" is not a mainland mobile number";
    case RosterProblem::IdNumberInvalid:
      return "\"id_number\" is not a valid ID number";
    case RosterProblem::TeamMissing:
      return "\"team\" is empty";
    case RosterProblem::EmployerMissing:
      return "an in_service_member needs \"employer\"";
    case RosterProblem::PhoneTaken:
      return "\"phone\" belongs to another volunteer at the station";
    case RosterProblem::IdNumberTaken:
      return "\"id_number\" belongs to another volunteer at the station";
    default:
      return "cannot be enrolled";
  }
}

// The entry as details, or why it is not one.
std::variant<VolunteerDetails, std::string> detailsOf(const nlohmann::json& e) {
  if (!e.is_object()) return std::string("expected an object");
  for (const auto& [k, v] : e.items()) {
    if (!kKeys.count(k)) return "unknown key \"" + k + "\"";
  }
  auto text = [&](const char* k, bool required) -> std::optional<std::string> {
    if (!e.contains(k)) return required ? std::nullopt : std::optional<std::string>("");
    if (!e[k].is_string()) return std::nullopt;
    return e[k].get<std::string>();
  };
  VolunteerDetails d;
  for (const char* k : {"name", "phone", "team"}) {
    if (!text(k, true)) return "\"" + std::string(k) + "\" missing or not a string";
  }
  for (const char* k : {"employer", "id_number", "kind", "status"}) {
    if (!text(k, false)) return "\"" + std::string(k) + "\" is not a string";
  }
  d.externalId = *text("external_id", true);
  d.name = *text("name", true);
  d.phone = *text("phone", true);
  d.team = *text("team", true);
  d.employer = *text("employer", false);
  if (std::string id = *text("id_number", false); !id.empty()) d.idNumber = id;
  std::string kind = *text("kind", false);
  if (!kind.empty()) {
    auto k = kindFromId(kind);
    if (!k) return std::string("\"kind\" must be in_service_member, retired_member or public");
    d.kind = *k;
  }
  std::string status = *text("status", false);
  if (!status.empty()) {
    auto s = statusFromExactId(status);
    if (!s) return std::string("\"status\" must be active, inactive or removed");
    d.status = *s;
  }
  if (e.contains("skills")) {
    if (!e["skills"].is_array()) return std::string("\"skills\" must be a list of errand ids");
    for (const auto& s : e["skills"]) {
      if (!s.is_string() || s.get<std::string>().empty() || s.get<std::string>().size() > 40)
        return std::string("\"skills\" must be a list of errand ids");
      d.skills.push_back(s.get<std::string>());
    }
  }
  return d;
}

}  // namespace

std::optional<std::string> applyDistrictRoster(data::Database& db, const nlohmann::json& list,
                                               const PersonalKey& key, const PersonalSeal& seal,
                                               const Clock& clock) {
  if (!list.is_array()) return "volunteer_roster: expected a list";
  VolunteerRoster roster(db, key, seal, clock);
  std::set<std::string> seen;
  for (size_t i = 0; i < list.size(); ++i) {
    const nlohmann::json& e = list[i];
    std::string where = "volunteer_roster #" + std::to_string(i + 1);
    std::optional<std::string> externalId = entryIdOf(e, "external_id");
    if (!externalId) return where + ": " + entryIdProblem("external_id");
    const std::string& id = *externalId;
    where += " (" + id + ")";
    if (!seen.insert(id).second) return where + ": listed twice";
    auto details = detailsOf(e);
    if (auto* why = std::get_if<std::string>(&details)) return where + ": " + *why;
    RosterOutcome out =
        roster.enrollOrUpdate(std::get<VolunteerDetails>(details), "district", "district");
    if (out.problem) return where + ": " + problemName(*out.problem);
  }
  return std::nullopt;
}

}  // namespace yizhan::kiosk
