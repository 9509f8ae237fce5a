#pragma once
// A volunteer's QR card: YZV:<station id>:<volunteer id>:<tag>, the tag keyed with the
// station's key, so a card from another station, a forged one or a typo is refused, and none
// is ever taken for a booking slip (YZA:) or a ticket (YZT:).
#include <cstdint>
#include <string>
#include <string_view>

#include "kiosk/residents/personal_key.h"

namespace yizhan::kiosk {

inline constexpr std::string_view kVolunteerCodePrefix = "YZV:";

std::string volunteerCardCode(std::string_view stationId, std::int64_t volunteerId,
                              const PersonalKey& key);

enum class VolunteerCardProblem {
  None,
  NotAVolunteerCard,  // another prefix: someone else's code
  Malformed,          // YZV: but not the shape of one (torn, misread)
  OtherStation,       // a card another station issued
  BadTag,             // this station's shape, not its key: forged or altered
};

struct VolunteerCardRead {
  VolunteerCardProblem problem = VolunteerCardProblem::Malformed;
  std::int64_t volunteerId = 0;  // set when problem is None
};

VolunteerCardRead readVolunteerCard(std::string_view code, std::string_view stationId,
                                    const PersonalKey& key);

}  // namespace yizhan::kiosk
