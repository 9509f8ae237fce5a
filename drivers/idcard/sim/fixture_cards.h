#pragma once
// Made-up cards for the simulator and the tests, with numbers whose check digits are right.
#include "drivers/idcard/identity.h"

namespace yizhan::drivers::sim {

// An ID number for region `region6` and birth date `yyyymmdd` with sequence `seq3`, completed
// with its GB 11643 check digit.
std::string makeIdNumber(std::string_view region6, std::string_view yyyymmdd,
                         std::string_view seq3);

Identity elderlyResident();       // 王秀英, born 1948, a resident of the community
Identity residentWithRareName();  // 刘䶮: a name character outside printers' fonts
// 𠮷田: a name character beyond the Basic Multilingual Plane (U+20BB7), a surrogate pair on
// the card.
Identity residentBeyondBmp();
Identity hongKongResident();     // residence permit, 810000…
Identity foreignResident2017();  // permanent residence card, 2017 layout
Identity foreignResident2023();  // permanent residence card, 2023 layout

}  // namespace yizhan::drivers::sim
