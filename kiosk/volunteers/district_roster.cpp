#include "kiosk/volunteers/district_roster.h"

#include <set>
#include <variant>

#include "kiosk/district/section_entry.h"
#include "kiosk/volunteers/volunteer_roster.h"

namespace yizhan::kiosk {

namespace {

const std::set<std::string> kKeys = {"external_id", "name",     "phone",  "id_number", "team",
                                     "kind",        "employer", "skills", "grids",     "status"};

// An optional list of ids (skills: errand ids, grids: grid ids) into `out`; the store keeps
// them comma-separated, so an id never holds a comma.
std::optional<std::string> idList(const nlohmann::json& e, const char* key, const char* what,
                                  std::vector<std::string>& out) {
  if (!e.contains(key)) return std::nullopt;
  std::string problem = std::string("\"") + key + "\" must be a list of " + what;
  if (!e[key].is_array()) return problem;
  for (const auto& s : e[key]) {
    if (!s.is_string()) return problem;
    const std::string& id = s.get_ref<const std::string&>();
    if (id.empty() || id.size() > 40 || id.find(',') != std::string::npos) return problem;
    out.push_back(id);
  }
  return std::nullopt;
}

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
  if (auto problem = idList(e, "skills", "errand ids", d.skills)) return *problem;
  if (auto problem = idList(e, "grids", "grid ids", d.grids)) return *problem;
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
