#include "kiosk/volunteers/volunteer_roster.h"

#include <algorithm>

#include <nlohmann/json.hpp>

#include "data/audit_log.h"
#include "data/outbox.h"
#include "kiosk/base/local_time.h"
#include "kiosk/base/strings.h"
#include "kiosk/residents/person_ref.h"
#include "kiosk/staff/pin_hasher.h"

namespace yizhan::kiosk {

namespace {
constexpr std::string_view kNamePurpose = "volunteer-name";
constexpr std::string_view kPhonePurpose = "volunteer-phone";
constexpr size_t kLongestName = 20;  // characters; longer is a mistake in the sheet

// Skills and grids are kept as comma-separated ids.
std::string joinIds(const std::vector<std::string>& ids) {
  std::string out;
  for (const auto& s : ids) out += (out.empty() ? "" : ",") + s;
  return out;
}

std::vector<std::string> splitIds(const std::string& joined) {
  std::vector<std::string> out;
  size_t from = 0;
  while (from < joined.size()) {
    size_t comma = joined.find(',', from);
    if (comma == std::string::npos) comma = joined.size();
    if (comma > from) out.push_back(joined.substr(from, comma - from));
    from = comma + 1;
  }
  return out;
}

VolunteerStatus statusFromId(std::string_view id) {
  if (id == "inactive") return VolunteerStatus::Inactive;
  if (id == "removed") return VolunteerStatus::Removed;
  return VolunteerStatus::Active;
}

nlohmann::json eventPayload(const data::VolunteerRecord& r) {
  nlohmann::json skills = nlohmann::json::array(), grids = nlohmann::json::array();
  for (const auto& s : splitIds(r.skills)) skills.push_back(s);
  for (const auto& g : splitIds(r.grids)) grids.push_back(g);
  return {{"volunteer_id", r.id},
          {"external_id", r.externalId ? nlohmann::json(*r.externalId) : nlohmann::json()},
          {"name_masked", r.nameMasked},
          {"phone_masked", r.phoneMasked.value_or("")},
          {"team", r.team},
          {"kind", r.kind},
          {"employer", r.employer},
          {"skills", skills},
          {"grids", grids},
          {"status", r.status},
          {"source", r.source}};
}
}  // namespace

const char* kindId(VolunteerKind kind) {
  switch (kind) {
    case VolunteerKind::InServiceMember:
      return "in_service_member";
    case VolunteerKind::RetiredMember:
      return "retired_member";
    case VolunteerKind::Public:
      return "public";
  }
  return "public";
}

std::optional<VolunteerKind> kindFromId(std::string_view id) {
  for (auto k :
       {VolunteerKind::InServiceMember, VolunteerKind::RetiredMember, VolunteerKind::Public}) {
    if (id == kindId(k)) return k;
  }
  return std::nullopt;
}

std::optional<VolunteerKind> kindFromWords(std::string_view words) {
  if (words == "在职党员") return VolunteerKind::InServiceMember;
  if (words == "退休党员") return VolunteerKind::RetiredMember;
  if (words == "群众志愿者" || words == "群众") return VolunteerKind::Public;
  return kindFromId(words);
}

const char* statusId(VolunteerStatus status) {
  switch (status) {
    case VolunteerStatus::Active:
      return "active";
    case VolunteerStatus::Inactive:
      return "inactive";
    case VolunteerStatus::Removed:
      return "removed";
  }
  return "active";
}

std::optional<VolunteerStatus> statusFromExactId(std::string_view id) {
  for (VolunteerStatus s :
       {VolunteerStatus::Active, VolunteerStatus::Inactive, VolunteerStatus::Removed}) {
    if (id == statusId(s)) return s;
  }
  return std::nullopt;
}

std::string rosterProblemText(RosterProblem problem) {
  switch (problem) {
    case RosterProblem::NameMissing:
      return "没有姓名";
    case RosterProblem::NameTooLong:
      return "姓名超过20个字";
    case RosterProblem::PhoneInvalid:
      return "手机号不是11位手机号码";
    case RosterProblem::IdNumberInvalid:
      return "身份证号不正确";
    case RosterProblem::TeamMissing:
      return "没有所属队伍";
    case RosterProblem::EmployerMissing:
      return "在职党员需填写工作单位";
    case RosterProblem::PhoneTaken:
      return "这个手机号已登记给另一位志愿者";
    case RosterProblem::IdNumberTaken:
      return "这个身份证号已登记给另一位志愿者";
    case RosterProblem::GridUnknown:
      return "服务网格不是本站的网格（写网格的名称，如“第一网格”，或留空表示全部网格）";
    case RosterProblem::NotFound:
      return "没有这位志愿者";
  }
  return "";
}

std::optional<RosterProblem> detailsProblem(const VolunteerDetails& d) {
  if (d.name.empty()) return RosterProblem::NameMissing;
  if (utf8Characters(d.name) > kLongestName) return RosterProblem::NameTooLong;
  if (!isMobileNumber(d.phone)) return RosterProblem::PhoneInvalid;
  if (d.team.empty()) return RosterProblem::TeamMissing;
  if (d.kind == VolunteerKind::InServiceMember && d.employer.empty())
    return RosterProblem::EmployerMissing;
  return std::nullopt;
}

VolunteerView viewOf(const data::VolunteerRecord& r) {
  VolunteerView v;
  v.id = r.id;
  v.externalId = r.externalId;
  v.nameMasked = r.nameMasked;
  v.phoneMasked = r.phoneMasked.value_or("");
  v.team = r.team;
  v.kind = kindFromId(r.kind).value_or(VolunteerKind::Public);
  v.employer = r.employer;
  v.skills = splitIds(r.skills);
  v.grids = splitIds(r.grids);
  v.status = statusFromId(r.status);
  v.hasPin = r.pinHash.has_value();
  return v;
}

RosterOutcome VolunteerRoster::enrollOrUpdate(const VolunteerDetails& details,
                                              const std::string& source, const std::string& actor) {
  data::VolunteerRepository repo(db_);
  std::optional<data::VolunteerRecord> existing;
  if (details.externalId) existing = repo.findByExternalId(*details.externalId);
  if (!existing && isMobileNumber(details.phone)) {
    existing = repo.findByPhoneHash(key_.hashPhone(details.phone));
    // A phone listed under another external id is someone else's.
    if (existing && existing->externalId && details.externalId &&
        *existing->externalId != *details.externalId) {
      return {std::nullopt, RosterProblem::PhoneTaken};
    }
  }
  return write(existing, details, source, actor);
}

RosterOutcome VolunteerRoster::update(std::int64_t id, const VolunteerDetails& details,
                                      const std::string& actor) {
  auto existing = data::VolunteerRepository(db_).find(id);
  if (!existing) return {std::nullopt, RosterProblem::NotFound};
  return write(existing, details, existing->source, actor);
}

RosterOutcome VolunteerRoster::write(std::optional<data::VolunteerRecord> existing,
                                     const VolunteerDetails& d, const std::string& source,
                                     const std::string& actor) {
  if (auto problem = detailsProblem(d)) return {std::nullopt, problem};
  std::optional<PersonRef> idRef;
  if (d.idNumber) {
    idRef = personOfIdNumber(*d.idNumber, key_);
    if (!idRef) return {std::nullopt, RosterProblem::IdNumberInvalid};
  }
  data::Transaction tx(db_);
  data::VolunteerRepository repo(db_);
  std::string phoneHash = key_.hashPhone(d.phone);
  auto samePhone = repo.findByPhoneHash(phoneHash);
  if (samePhone && (!existing || samePhone->id != existing->id))
    return {std::nullopt, RosterProblem::PhoneTaken};
  if (idRef) {
    auto sameId = repo.findByIdHash(idRef->hash);
    if (sameId && (!existing || sameId->id != existing->id))
      return {std::nullopt, RosterProblem::IdNumberTaken};
  }

  std::vector<std::string> gridIds;
  for (const std::string& g : d.grids) {
    if (grids_.empty()) {
      gridIds.push_back(g);
      continue;
    }
    const Grid* grid = gridById(grids_, g);
    for (const Grid& known : grids_)
      if (!grid && known.name == g) grid = &known;
    if (!grid) return {std::nullopt, RosterProblem::GridUnknown};
    if (std::find(gridIds.begin(), gridIds.end(), grid->id) == gridIds.end())
      gridIds.push_back(grid->id);
  }
  data::VolunteerRecord r = existing.value_or(data::VolunteerRecord{});
  std::string joinedSkills = joinIds(d.skills);
  std::string joinedGrids = joinIds(gridIds);
  std::optional<std::string> storedName =
      existing ? seal_.open(kNamePurpose, r.nameSealed) : std::nullopt;
  bool same = storedName == d.name && r.phoneHash == phoneHash &&
              (!idRef || r.idHash == idRef->hash) &&
              r.externalId == (d.externalId ? d.externalId : r.externalId) && r.team == d.team &&
              r.kind == kindId(d.kind) && r.employer == d.employer && r.skills == joinedSkills &&
              r.grids == joinedGrids && r.status == statusId(d.status);
  if (same) return {r.id, std::nullopt, false, true};

  std::string at = formatIso(clock_.now());
  if (storedName != d.name) {
    r.nameSealed = seal_.seal(kNamePurpose, d.name);
    r.nameMasked = maskName(d.name);
  }
  if (r.phoneHash != phoneHash) {
    r.phoneSealed = seal_.seal(kPhonePurpose, d.phone);
    r.phoneHash = phoneHash;
    r.phoneMasked = maskPhone(d.phone);
  }
  if (idRef) {
    r.idHash = idRef->hash;
    r.idMasked = idRef->masked;
  }
  if (d.externalId) r.externalId = d.externalId;
  r.team = d.team;
  r.kind = kindId(d.kind);
  r.employer = d.employer;
  r.skills = joinedSkills;
  r.grids = joinedGrids;
  r.status = statusId(d.status);
  r.changedAt = at;
  const char* type = existing ? "volunteer.updated" : "volunteer.enrolled";
  if (existing) {
    repo.update(r);
  } else {
    r.source = source;
    r.enrolledAt = at;
    r.id = repo.insert(r);
  }
  data::Outbox(db_).append(type, at, eventPayload(r).dump());
  data::AuditLog(db_).record(at, actor, type, "volunteer " + std::to_string(r.id));
  tx.commit();
  return {r.id, std::nullopt, true, existing.has_value()};
}

bool VolunteerRoster::setPin(std::int64_t id, std::string_view pin, const std::string& actor) {
  std::optional<std::string> hash = pinHashOf(pin);
  return hash && storePinHash(id, *hash, actor);
}

std::optional<std::string> VolunteerRoster::pinHashOf(std::string_view pin) {
  if (pin.size() != 4 || !pinProblem(pin).empty()) return std::nullopt;
  return hashPin(pin);
}

bool VolunteerRoster::storePinHash(std::int64_t id, const std::string& hash,
                                   const std::string& actor) {
  data::Transaction tx(db_);
  data::VolunteerRepository repo(db_);
  if (!repo.find(id)) return false;
  std::string at = formatIso(clock_.now());
  repo.setPinHash(id, hash, at);
  data::AuditLog(db_).record(at, actor, "volunteer.pin_set", "volunteer " + std::to_string(id));
  tx.commit();
  return true;
}

std::optional<VolunteerView> VolunteerRoster::find(std::int64_t id) {
  auto r = data::VolunteerRepository(db_).find(id);
  if (!r) return std::nullopt;
  return viewOf(*r);
}

std::optional<VolunteerView> VolunteerRoster::byPhone(std::string_view digits) {
  if (!isMobileNumber(digits)) return std::nullopt;
  auto r = data::VolunteerRepository(db_).findByPhoneHash(key_.hashPhone(digits));
  if (!r) return std::nullopt;
  return viewOf(*r);
}

std::optional<VolunteerView> VolunteerRoster::byPhone(const PersonRef& phone) {
  auto r = data::VolunteerRepository(db_).findByPhoneHash(phone.hash);
  if (!r) return std::nullopt;
  return viewOf(*r);
}

std::optional<VolunteerView> VolunteerRoster::byCard(const drivers::Identity& card) {
  auto r = data::VolunteerRepository(db_).findByIdHash(key_.hashIdNumber(card.number));
  if (!r) return std::nullopt;
  return viewOf(*r);
}

std::vector<VolunteerView> VolunteerRoster::listed() {
  std::vector<VolunteerView> out;
  for (const auto& r : data::VolunteerRepository(db_).listed()) out.push_back(viewOf(r));
  return out;
}

bool VolunteerRoster::anyListed() {
  return data::VolunteerRepository(db_).anyListed();
}

std::optional<VolunteerDetails> VolunteerRoster::fullDetails(std::int64_t id) {
  auto r = data::VolunteerRepository(db_).find(id);
  if (!r) return std::nullopt;
  auto name = seal_.open(kNamePurpose, r->nameSealed);
  auto phone = r->phoneSealed ? seal_.open(kPhonePurpose, *r->phoneSealed) : std::nullopt;
  if (!name) return std::nullopt;
  VolunteerDetails d;
  d.externalId = r->externalId;
  d.name = *name;
  d.phone = phone.value_or("");
  d.team = r->team;
  d.kind = kindFromId(r->kind).value_or(VolunteerKind::Public);
  d.employer = r->employer;
  d.skills = splitIds(r->skills);
  d.grids = splitIds(r->grids);
  d.status = statusFromId(r->status);
  return d;
}

}  // namespace yizhan::kiosk
