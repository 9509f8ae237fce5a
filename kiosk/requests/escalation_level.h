#pragma once
// The levels an appeal is passed up through when the community blows the whistle (吹哨报到):
// the compound (小区, its property company), the community (社区, this station), the street
// (街道) and the county (区县). Forwarding names one; each escalation goes one up, and there
// is nothing above the county.
#include <optional>
#include <string_view>

namespace yizhan::kiosk {

enum class EscalationLevel { Compound, Community, Street, County };

const char* levelId(EscalationLevel level);     // compound, community, street, county
const char* levelWords(EscalationLevel level);  // 小区, 社区, 街道, 区县
std::optional<EscalationLevel> levelFromId(std::string_view id);
// The level above; nullopt above the county.
std::optional<EscalationLevel> levelAbove(EscalationLevel level);

}  // namespace yizhan::kiosk
