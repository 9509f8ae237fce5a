#pragma once
// A resident's age from the birth date on their ID card: the kiosk's one use of it is
// priority for people aged 70 and over (70周岁以上老人).
#include <optional>
#include <string_view>

#include "kiosk/base/local_time.h"

namespace yizhan::kiosk {

inline constexpr int kPriorityAge = 70;

// Whole years (周岁) on `today` for a birth date "YYYYMMDD"; nullopt if it is not a date
// or lies in the future. Someone born on 29 February turns a year older on 1 March.
std::optional<int> ageOn(std::string_view birthDate, const LocalDateTime& today);

}  // namespace yizhan::kiosk
