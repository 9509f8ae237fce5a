#pragma once
// The district's `volunteer_roster` configuration section (docs/district-api.md §6): each
// volunteer it lists enrolled or brought up to date under the district's id, in the
// configuration's transaction, each change with its outbox event. Volunteers the station
// enrolled itself, and any the district stops listing, stay: their service record must; the
// district takes a volunteer off by sending them with "status": "removed".
#include <optional>
#include <string>

#include <nlohmann/json.hpp>

#include "data/database.h"
#include "kiosk/base/clock.h"
#include "kiosk/residents/personal_key.h"
#include "kiosk/residents/personal_seal.h"

namespace yizhan::kiosk {

// Why the section is refused (naming the entry by position and external_id, and the key,
// never a name or number), or nothing when every entry was applied.
std::optional<std::string> applyDistrictRoster(data::Database& db, const nlohmann::json& list,
                                               const PersonalKey& key, const PersonalSeal& seal,
                                               const Clock& clock);

}  // namespace yizhan::kiosk
