#pragma once
// The district-sim's page at GET /: enrolled stations, what arrived last, the faults injected.
// Refreshes itself, so a newcomer running the demo watches events arrive.
#include <string>

#include "tools/district_sim/district_store.h"
#include "tools/district_sim/fault_switch.h"

namespace yizhan::district {

std::string statusPage(DistrictStore& store, const FaultSwitch& faults);

}  // namespace yizhan::district
