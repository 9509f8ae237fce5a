#pragma once
// The station's volunteers (双报到): who they are, which team, what kind of volunteer, what
// errands they can take, and how they identify at the kiosk (their QR card, ID card, or phone
// and a 4-digit PIN). Names and phones are sealed in the store, phones and ID numbers found
// again by keyed hash; screens, paper and events get masked forms. Every change is one
// transaction with its outbox event; staff see full details through fullDetails().
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "data/database.h"
#include "data/volunteer_repository.h"
#include "drivers/idcard/identity.h"
#include "kiosk/base/clock.h"
#include "kiosk/residents/grid_map.h"
#include "kiosk/residents/person_ref.h"
#include "kiosk/residents/personal_key.h"
#include "kiosk/residents/personal_seal.h"

namespace yizhan::kiosk {

enum class VolunteerKind { InServiceMember, RetiredMember, Public };

// in_service_member, retired_member, public (the store's and the contract's words)
const char* kindId(VolunteerKind kind);
std::optional<VolunteerKind> kindFromId(std::string_view id);
// 在职党员, 退休党员, 群众志愿者 (and the ids themselves), as staff write them in a spreadsheet
std::optional<VolunteerKind> kindFromWords(std::string_view words);

enum class VolunteerStatus { Active, Inactive, Removed };
const char* statusId(VolunteerStatus status);
// active, inactive or removed exactly (what the district and the console send); nullopt else.
std::optional<VolunteerStatus> statusFromExactId(std::string_view id);

// What staff (or a spreadsheet, or the district) give for one volunteer.
struct VolunteerDetails {
  std::optional<std::string> externalId;  // the district's or the spreadsheet's own id
  std::string name;
  std::string phone;                    // a mainland mobile number
  std::optional<std::string> idNumber;  // kept only as keyed hash and masked form
  std::string team;                     // 红色代办服务队, 志愿服务队, …
  VolunteerKind kind = VolunteerKind::Public;
  std::string employer;             // an in-service member's unit
  std::vector<std::string> skills;  // errand ids (the on-behalf requests they can take)
  // The grids whose requests they take: ids, or the grids' names as staff write them; none
  // for the whole community.
  std::vector<std::string> grids;
  VolunteerStatus status = VolunteerStatus::Active;
};

enum class RosterProblem {
  NameMissing,
  NameTooLong,
  PhoneInvalid,
  IdNumberInvalid,
  TeamMissing,
  EmployerMissing,  // an in-service member without their unit
  PhoneTaken,       // another volunteer has this phone
  IdNumberTaken,
  GridUnknown,  // a grid the station does not have
  NotFound,
};

// What a problem is, in Chinese for staff and the import report.
std::string rosterProblemText(RosterProblem problem);

// A volunteer as screens and lists may show them.
struct VolunteerView {
  std::int64_t id = 0;
  std::optional<std::string> externalId;
  std::string nameMasked;
  std::string phoneMasked;
  std::string team;
  VolunteerKind kind = VolunteerKind::Public;
  std::string employer;
  std::vector<std::string> skills;
  std::vector<std::string> grids;  // grid ids; empty: every grid
  VolunteerStatus status = VolunteerStatus::Active;
  bool hasPin = false;
};

struct RosterOutcome {
  std::optional<std::int64_t> id;
  std::optional<RosterProblem> problem;
  bool changed = false;  // false: the details were already so (nothing written, no event)
  bool existed = false;  // an update of a volunteer already listed
};

// The first thing wrong with `details` on their own (not against the roster), if any.
std::optional<RosterProblem> detailsProblem(const VolunteerDetails& details);

class VolunteerRoster {
 public:
  // `grids`: the station's, to check a volunteer's grids against (by id or name); the
  // district's roster names grids by id and comes without them.
  VolunteerRoster(data::Database& db, const PersonalKey& key, const PersonalSeal& seal,
                  const Clock& clock, std::vector<Grid> grids = {})
      : db_(db), key_(key), seal_(seal), clock_(clock), grids_(std::move(grids)) {}

  const std::vector<Grid>& grids() const { return grids_; }

  // A new volunteer, or (when `details.externalId` or the phone names one already listed) that
  // volunteer brought up to date: an import run twice, or the district sending its roster
  // again, changes nothing the second time. `source`: kiosk, import or district.
  RosterOutcome enrollOrUpdate(const VolunteerDetails& details, const std::string& source,
                               const std::string& actor);
  RosterOutcome update(std::int64_t id, const VolunteerDetails& details, const std::string& actor);
  // Sets the 4-digit sign-in PIN (Argon2id; slow: not on the UI thread). Audited, no event.
  bool setPin(std::int64_t id, std::string_view pin, const std::string& actor);
  // The same in two steps, so the slow hash is made without holding the store: nullopt when
  // `pin` is not 4 digits one may choose.
  static std::optional<std::string> pinHashOf(std::string_view pin);
  bool storePinHash(std::int64_t id, const std::string& hash, const std::string& actor);

  std::optional<VolunteerView> find(std::int64_t id);
  std::optional<VolunteerView> byPhone(std::string_view digits);
  std::optional<VolunteerView> byPhone(const PersonRef& phone);
  std::optional<VolunteerView> byCard(const drivers::Identity& card);
  std::vector<VolunteerView> listed();
  // Whether anyone is on the roster (not removed), without reading them all.
  bool anyListed();
  // For staff only: the details unsealed (nullopt when the seal does not open: another key).
  std::optional<VolunteerDetails> fullDetails(std::int64_t id);

 private:
  RosterOutcome write(std::optional<data::VolunteerRecord> existing,
                      const VolunteerDetails& details, const std::string& source,
                      const std::string& actor);

  data::Database& db_;
  const PersonalKey& key_;
  const PersonalSeal& seal_;
  const Clock& clock_;
  std::vector<Grid> grids_;
};

VolunteerView viewOf(const data::VolunteerRecord& record);

}  // namespace yizhan::kiosk
