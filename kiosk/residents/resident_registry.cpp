#include "kiosk/residents/resident_registry.h"

#include <nlohmann/json.hpp>

#include "data/audit_log.h"
#include "kiosk/base/local_time.h"
#include "kiosk/base/strings.h"
#include "kiosk/residents/person_ref.h"
#include "kiosk/residents/resident_age.h"

namespace yizhan::kiosk {

namespace {
constexpr std::string_view kNamePurpose = "resident-name";
constexpr std::string_view kPhonePurpose = "resident-phone";
constexpr std::string_view kBirthPurpose = "resident-birth";
constexpr std::string_view kAddressPurpose = "resident-address";
constexpr std::string_view kPlacePurpose = "resident-place";
constexpr size_t kLongestName = 20;

std::optional<std::string> birthOfIdNumber(const std::string& number) {
  if (number.size() != 18) return std::nullopt;
  return number.substr(6, 8);
}

std::string upper(std::string s) {
  for (char& c : s) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  return s;
}

std::string addressJson(const ResidentAddress& a) {
  return nlohmann::json{{"building", a.building}, {"unit", a.unit}, {"room", a.room}}.dump();
}

std::optional<ResidentAddress> addressOfJson(const std::string& text) {
  auto j = nlohmann::json::parse(text, nullptr, false);
  if (!j.is_object()) return std::nullopt;
  return ResidentAddress{j.value("building", ""), j.value("unit", ""), j.value("room", "")};
}
}  // namespace

std::string residentProblemText(ResidentProblem problem) {
  switch (problem) {
    case ResidentProblem::NameMissing:
      return "没有姓名";
    case ResidentProblem::NameTooLong:
      return "姓名超过20个字";
    case ResidentProblem::IdNumberInvalid:
      return "身份证号不正确";
    case ResidentProblem::PhoneInvalid:
      return "手机号不是11位手机号码";
    case ResidentProblem::BuildingUnknown:
      return "这栋楼不在任何网格里，请先在网格设置中加上";
    case ResidentProblem::AddressIncomplete:
      return "住址要有楼栋、单元和门牌号";
    case ResidentProblem::IdNumberTaken:
      return "这个身份证号已登记给另一位居民";
    case ResidentProblem::PhoneTaken:
      return "这个手机号已登记给另一位居民";
    case ResidentProblem::NotFound:
      return "没有这位居民";
    case ResidentProblem::PhoneUnknown:
      return "这个手机号还没有登记，请刷身份证，或请工作人员帮您登记";
  }
  return "";
}

std::optional<ResidentProblem> residentDetailsProblem(const ResidentDetails& d,
                                                      const std::vector<Grid>& grids) {
  if (d.name.empty()) return ResidentProblem::NameMissing;
  if (utf8Characters(d.name) > kLongestName) return ResidentProblem::NameTooLong;
  if (d.idNumber && !drivers::validIdNumber(upper(*d.idNumber)))
    return ResidentProblem::IdNumberInvalid;
  if (d.phone && !isMobileNumber(*d.phone)) return ResidentProblem::PhoneInvalid;
  if (d.address) {
    const ResidentAddress& a = *d.address;
    if (a.building.empty() || a.unit.empty() || a.room.empty() ||
        utf8Characters(a.unit) > kLongestAddressPart ||
        utf8Characters(a.room) > kLongestAddressPart)
      return ResidentProblem::AddressIncomplete;
    if (!gridOfBuilding(grids, a.building)) return ResidentProblem::BuildingUnknown;
  }
  return std::nullopt;
}

bool ResidentView::elderly() const {
  return age && *age >= kPriorityAge;
}

bool ResidentView::priority() const {
  return elderly() || livesAlone;
}

std::string ResidentView::masked() const {
  std::string who = nameMasked;
  const std::string& number = idMasked.empty() ? phoneMasked : idMasked;
  if (!number.empty()) who += (who.empty() ? "" : " ") + number;
  return who;
}

std::optional<int> ResidentRegistry::ageOf(const std::optional<std::string>& birthDate) const {
  if (!birthDate) return std::nullopt;
  return ageOn(*birthDate, toLocal(clock_.now()));
}

std::string ResidentRegistry::placeTag(const std::string& building, const std::string& unit) const {
  // A unit separator no building or unit contains keeps "1号楼"+"12单元" from "1号楼1"+"2单元".
  return key_.tag(kPlacePurpose, building + "\x1f" + unit);
}

ResidentView ResidentRegistry::viewOf(const data::ResidentRecord& r) {
  ResidentView v;
  v.id = r.id;
  v.nameMasked = r.nameMasked;
  v.idMasked = r.idMasked.value_or("");
  v.phoneMasked = r.phoneMasked.value_or("");
  if (r.birthSealed) v.age = ageOf(seal_.open(kBirthPurpose, *r.birthSealed));
  v.livesAlone = r.livesAlone;
  v.grid = r.grid;
  v.onRoster = r.onRoster;
  v.hasPhone = r.phoneHash.has_value();
  v.hasAddress = r.addressSealed.has_value();
  return v;
}

ResidentView ResidentRegistry::identifyByCard(const drivers::Identity& card) {
  if (auto known = data::ResidentRepository(db_).findByIdHash(key_.hashIdNumber(card.number))) {
    ResidentView v = viewOf(*known);
    v.nameMasked = maskName(card.name);  // the card is the authority on the name
    v.age = ageOf(card.birthDate);
    return v;
  }
  ResidentView v;
  v.nameMasked = maskName(card.name);
  v.idMasked = maskIdNumber(card.number);
  v.age = ageOf(card.birthDate);
  return v;
}

ResidentOutcome ResidentRegistry::identifyByPhone(std::string_view digits) {
  auto phone = personOfPhone(digits, key_);
  if (!phone) return {std::nullopt, ResidentProblem::PhoneInvalid, false};
  return identifyByPhone(*phone);
}

ResidentOutcome ResidentRegistry::identifyByPhone(const PersonRef& phone) {
  auto known = data::ResidentRepository(db_).findByPhoneHash(phone.hash);
  if (!known) return {std::nullopt, ResidentProblem::PhoneUnknown, false};
  return {viewOf(*known), std::nullopt, false};
}

std::optional<ResidentView> ResidentRegistry::find(std::int64_t id) {
  auto r = data::ResidentRepository(db_).find(id);
  if (!r) return std::nullopt;
  return viewOf(*r);
}

ResidentView ResidentRegistry::recordFromCard(const drivers::Identity& card) {
  data::Transaction tx(db_);
  data::ResidentRepository repo(db_);
  std::string at = formatIso(clock_.now());
  PersonRef ref = personOfCard(card, key_);
  auto existing = repo.findByIdHash(ref.hash);
  data::ResidentRecord r = existing.value_or(data::ResidentRecord{});
  bool nameChanged = !existing || seal_.open(kNamePurpose, r.nameSealed) != card.name;
  bool birthChanged =
      !existing || !r.birthSealed || seal_.open(kBirthPurpose, *r.birthSealed) != card.birthDate;
  if (nameChanged) {
    r.nameSealed = seal_.seal(kNamePurpose, card.name);
    r.nameMasked = maskName(card.name);
  }
  if (birthChanged) r.birthSealed = seal_.seal(kBirthPurpose, card.birthDate);
  r.idHash = ref.hash;
  r.idMasked = ref.masked;
  if (!existing) {
    r.source = "card";
    r.registeredAt = at;
    r.changedAt = at;
    r.id = repo.insert(r);
  } else if (nameChanged || birthChanged) {
    r.changedAt = at;
    repo.update(r);
  }
  tx.commit();
  return viewOf(r);
}

ResidentOutcome ResidentRegistry::enrollOrUpdate(const ResidentDetails& details,
                                                 const std::string& source,
                                                 const std::string& actor) {
  data::ResidentRepository repo(db_);
  std::optional<data::ResidentRecord> existing;
  std::optional<PersonRef> idRef =
      details.idNumber ? personOfIdNumber(*details.idNumber, key_) : std::nullopt;
  if (idRef) existing = repo.findByIdHash(idRef->hash);
  if (!existing && details.phone && isMobileNumber(*details.phone)) {
    existing = repo.findByPhoneHash(key_.hashPhone(*details.phone));
    // The same phone under another ID number is another person (a spouse's phone): refused.
    if (existing && existing->idHash && details.idNumber) {
      return {std::nullopt, ResidentProblem::PhoneTaken};
    }
  }
  std::int64_t id = 0;
  bool changed = false;
  if (auto problem = write(existing, details, source, actor, id, changed)) {
    return {std::nullopt, problem};
  }
  return {find(id), std::nullopt, changed};
}

ResidentOutcome ResidentRegistry::enroll(const ResidentDetails& details, const std::string& source,
                                         const std::string& actor) {
  std::int64_t id = 0;
  bool changed = false;
  if (auto problem = write(std::nullopt, details, source, actor, id, changed)) {
    return {std::nullopt, problem};
  }
  return {find(id), std::nullopt, changed};
}

ResidentOutcome ResidentRegistry::update(std::int64_t id, const ResidentDetails& details,
                                         const std::string& actor) {
  auto existing = data::ResidentRepository(db_).find(id);
  if (!existing) return {std::nullopt, ResidentProblem::NotFound};
  bool changed = false;
  std::string source = existing->source == "card" ? "staff" : existing->source;
  if (auto problem = write(existing, details, source, actor, id, changed)) {
    return {std::nullopt, problem};
  }
  return {find(id), std::nullopt, changed};
}

std::optional<ResidentProblem> ResidentRegistry::write(std::optional<data::ResidentRecord> existing,
                                                       const ResidentDetails& d,
                                                       const std::string& source,
                                                       const std::string& actor, std::int64_t& id,
                                                       bool& changed) {
  if (auto problem = residentDetailsProblem(d, grids_)) return problem;
  std::optional<PersonRef> idRef;
  if (d.idNumber) idRef = personOfIdNumber(*d.idNumber, key_);
  data::Transaction tx(db_);
  data::ResidentRepository repo(db_);
  std::optional<std::string> phoneHash;
  if (d.phone) {
    phoneHash = key_.hashPhone(*d.phone);
    auto samePhone = repo.findByPhoneHash(*phoneHash);
    if (samePhone && (!existing || samePhone->id != existing->id))
      return ResidentProblem::PhoneTaken;
  }
  if (idRef) {
    auto sameId = repo.findByIdHash(idRef->hash);
    if (sameId && (!existing || sameId->id != existing->id)) return ResidentProblem::IdNumberTaken;
  }

  data::ResidentRecord r = existing.value_or(data::ResidentRecord{});
  std::optional<std::string> birth = d.birthDate;
  if (!birth && d.idNumber) birth = birthOfIdNumber(*d.idNumber);
  std::optional<std::string> storedName =
      existing ? seal_.open(kNamePurpose, r.nameSealed) : std::nullopt;
  std::optional<std::string> storedBirth =
      existing && r.birthSealed ? seal_.open(kBirthPurpose, *r.birthSealed) : std::nullopt;
  std::optional<ResidentAddress> storedAddress;
  if (existing && r.addressSealed) {
    if (auto text = seal_.open(kAddressPurpose, *r.addressSealed))
      storedAddress = addressOfJson(*text);
  }
  std::string grid = d.address ? gridOfBuilding(grids_, d.address->building)->id : r.grid;
  bool same = existing && storedName == d.name && (!idRef || r.idHash == idRef->hash) &&
              (!birth || storedBirth == birth) && r.phoneHash == phoneHash &&
              storedAddress == d.address && r.livesAlone == d.livesAlone && r.onRoster;
  id = r.id;
  if (same) return std::nullopt;

  std::string at = formatIso(clock_.now());
  if (storedName != d.name) {
    r.nameSealed = seal_.seal(kNamePurpose, d.name);
    r.nameMasked = maskName(d.name);
  }
  if (idRef) {
    r.idHash = idRef->hash;
    r.idMasked = idRef->masked;
  }
  if (birth && storedBirth != birth) r.birthSealed = seal_.seal(kBirthPurpose, *birth);
  if (r.phoneHash != phoneHash) {
    r.phoneSealed = d.phone ? std::optional(seal_.seal(kPhonePurpose, *d.phone)) : std::nullopt;
    r.phoneHash = phoneHash;
    r.phoneMasked = d.phone ? std::optional(maskPhone(*d.phone)) : std::nullopt;
  }
  if (storedAddress != d.address) {
    r.addressSealed = d.address
                          ? std::optional(seal_.seal(kAddressPurpose, addressJson(*d.address)))
                          : std::nullopt;
    r.placeTag =
        d.address ? std::optional(placeTag(d.address->building, d.address->unit)) : std::nullopt;
  }
  r.grid = grid;
  r.livesAlone = d.livesAlone;
  r.onRoster = true;
  r.source = source;
  r.changedAt = at;
  if (existing) {
    repo.update(r);
  } else {
    r.registeredAt = at;
    r.id = repo.insert(r);
  }
  data::AuditLog(db_).record(at, actor, existing ? "resident.updated" : "resident.listed",
                             "resident " + std::to_string(r.id));
  tx.commit();
  id = r.id;
  changed = true;
  return std::nullopt;
}

std::vector<ResidentListing> ResidentRegistry::inUnit(const std::string& building,
                                                      const std::string& unit,
                                                      const std::string& actor) {
  std::vector<ResidentListing> out;
  std::string tag = placeTag(building, unit);
  for (const auto& r : data::ResidentRepository(db_).atPlace(tag)) {
    out.push_back({viewOf(r), seal_.open(kNamePurpose, r.nameSealed).value_or(r.nameMasked)});
  }
  data::Transaction tx(db_);
  // The unit by its tag: the audit log is no more readable than the roster.
  data::AuditLog(db_).record(formatIso(clock_.now()), actor, "resident.unit_listed",
                             "unit " + tag + ", " + std::to_string(out.size()) + " residents");
  tx.commit();
  return out;
}

std::optional<ResidentContact> ResidentRegistry::contactOf(std::int64_t id,
                                                           const std::string& actor,
                                                           const std::string& why) {
  auto r = data::ResidentRepository(db_).find(id);
  if (!r) return std::nullopt;
  auto name = seal_.open(kNamePurpose, r->nameSealed);
  if (!name) return std::nullopt;
  ResidentContact c{*name, std::nullopt, std::nullopt};
  if (r->phoneSealed) c.phone = seal_.open(kPhonePurpose, *r->phoneSealed);
  if (r->addressSealed) {
    if (auto text = seal_.open(kAddressPurpose, *r->addressSealed))
      c.address = addressOfJson(*text);
  }
  data::Transaction tx(db_);
  data::AuditLog(db_).record(formatIso(clock_.now()), actor, "resident.details_shown",
                             "resident " + std::to_string(id) + ": " + why);
  tx.commit();
  return c;
}

}  // namespace yizhan::kiosk
