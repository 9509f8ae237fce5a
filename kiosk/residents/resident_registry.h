#pragma once
// The residents the station serves on their behalf (红色代办, later appeals): who they are,
// where they live (building → grid), how to reach them, and whether they are 70 or over or
// live alone (独居), which puts them first and gets them one-to-one service. A resident is
// found by their ID card, by a phone number already known, or by staff from the roster by
// building → unit → name. Name, phone, birth date and address are sealed in the store; the ID
// number and phone are kept as keyed hashes and masked forms; only staff (and the volunteer
// who holds a resident's request) read the details, and each such reading is audited.
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "data/database.h"
#include "data/resident_repository.h"
#include "drivers/idcard/identity.h"
#include "kiosk/base/clock.h"
#include "kiosk/residents/grid_map.h"
#include "kiosk/residents/person_ref.h"
#include "kiosk/residents/personal_key.h"
#include "kiosk/residents/personal_seal.h"

namespace yizhan::kiosk {

// The longest unit or room, in characters; longer is a mistake in what was typed.
inline constexpr size_t kLongestAddressPart = 16;

struct ResidentAddress {
  std::string building;  // 3号楼: one of the grids' buildings
  std::string unit;      // 2单元
  std::string room;      // 301
  bool operator==(const ResidentAddress&) const = default;
  // 3号楼2单元301, as staff call and a volunteer goes.
  std::string line() const { return building + unit + room; }
};

// What staff (or the district's roster) give for one resident.
struct ResidentDetails {
  std::string name;
  std::optional<std::string> idNumber;   // kept only as keyed hash and masked form
  std::optional<std::string> birthDate;  // YYYYMMDD; from the ID number when not given
  std::optional<std::string> phone;      // a mainland mobile number
  std::optional<ResidentAddress> address;
  bool livesAlone = false;
};

enum class ResidentProblem {
  NameMissing,
  NameTooLong,
  IdNumberInvalid,
  PhoneInvalid,
  BuildingUnknown,  // not in any grid
  AddressIncomplete,
  IdNumberTaken,  // another resident has this ID number
  PhoneTaken,
  NotFound,
  PhoneUnknown,  // nobody on the roster has this phone
};

// What a problem is, in Chinese for staff (and, for PhoneUnknown, the resident).
std::string residentProblemText(ResidentProblem problem);

// A resident as screens and lists may show them: masked, with what the service needs to know.
struct ResidentView {
  std::int64_t id = 0;  // 0: known only from the card just tapped, not yet recorded
  std::string nameMasked;
  std::string idMasked;
  std::string phoneMasked;
  std::optional<int> age;
  bool livesAlone = false;
  std::string grid;  // '' when their building is in no grid, or not known
  bool onRoster = false;
  bool hasPhone = false;
  bool hasAddress = false;
  bool elderly() const;   // 70 and over
  bool priority() const;  // elderly or living alone
  // How requests and lists name them: 王*明 110***********0021 (or the masked phone).
  std::string masked() const;
};

struct ResidentOutcome {
  std::optional<ResidentView> resident;
  std::optional<ResidentProblem> problem;
  bool changed = false;
};

// For staff and the holding volunteer only.
struct ResidentContact {
  std::string name;
  std::optional<std::string> phone;
  std::optional<ResidentAddress> address;
};

// A name on the staff's roster picker, for one unit.
struct ResidentListing {
  ResidentView view;
  std::string name;  // in full: staff pick the resident standing in front of them
};

class ResidentRegistry {
 public:
  ResidentRegistry(data::Database& db, const PersonalKey& key, const PersonalSeal& seal,
                   const Clock& clock, std::vector<Grid> grids)
      : db_(db), key_(key), seal_(seal), clock_(clock), grids_(std::move(grids)) {}

  const std::vector<Grid>& grids() const { return grids_; }

  // Who is holding `card`: the resident on record, or (id 0) what the card says, with nothing
  // written until they ask for something (recordFromCard).
  ResidentView identifyByCard(const drivers::Identity& card);
  // A resident already known by this phone; PhoneUnknown otherwise, PhoneInvalid when it is
  // not a mobile number.
  ResidentOutcome identifyByPhone(std::string_view digits);
  // The same for a number already turned into its keyed hash (the kiosk's keypad).
  ResidentOutcome identifyByPhone(const PersonRef& phone);
  std::optional<ResidentView> find(std::int64_t id);

  // The resident of `card` on record, recording them from it if they are new (inside the
  // caller's transaction); the card's name and birth date replace older ones.
  ResidentView recordFromCard(const drivers::Identity& card);
  // A resident listed by staff or the district ("staff", "district"); the one already listed
  // under the same ID number (or else phone) is brought up to date.
  ResidentOutcome enrollOrUpdate(const ResidentDetails& details, const std::string& source,
                                 const std::string& actor);
  // A resident staff list as new: one whose ID number or phone is already listed is someone
  // else's (IdNumberTaken, PhoneTaken), never overwritten.
  ResidentOutcome enroll(const ResidentDetails& details, const std::string& source,
                         const std::string& actor);
  ResidentOutcome update(std::int64_t id, const ResidentDetails& details, const std::string& actor);

  // The staff's roster picker: a unit's residents, names in full (audited).
  std::vector<ResidentListing> inUnit(const std::string& building, const std::string& unit,
                                      const std::string& actor);
  // Name, phone and address unsealed, for `actor` (staff, or the volunteer holding the
  // request), audited with `why`; nullopt when unknown or the seal does not open.
  std::optional<ResidentContact> contactOf(std::int64_t id, const std::string& actor,
                                           const std::string& why);

  ResidentView viewOf(const data::ResidentRecord& record);

 private:
  std::optional<ResidentProblem> write(std::optional<data::ResidentRecord> existing,
                                       const ResidentDetails& details, const std::string& source,
                                       const std::string& actor, std::int64_t& id, bool& changed);
  std::string placeTag(const std::string& building, const std::string& unit) const;
  std::optional<int> ageOf(const std::optional<std::string>& birthDate) const;

  data::Database& db_;
  const PersonalKey& key_;
  const PersonalSeal& seal_;
  const Clock& clock_;
  std::vector<Grid> grids_;
};

std::optional<ResidentProblem> residentDetailsProblem(const ResidentDetails& details,
                                                      const std::vector<Grid>& grids);

}  // namespace yizhan::kiosk
