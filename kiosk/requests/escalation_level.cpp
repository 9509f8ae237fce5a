#include "kiosk/requests/escalation_level.h"

#include <array>

namespace yizhan::kiosk {

namespace {
struct Named {
  EscalationLevel level;
  const char* id;
  const char* words;
};
constexpr std::array<Named, 4> kLevels = {{
    {EscalationLevel::Compound, "compound", "小区"},
    {EscalationLevel::Community, "community", "社区"},
    {EscalationLevel::Street, "street", "街道"},
    {EscalationLevel::County, "county", "区县"},
}};
}  // namespace

const char* levelId(EscalationLevel level) {
  return kLevels[static_cast<size_t>(level)].id;
}

const char* levelWords(EscalationLevel level) {
  return kLevels[static_cast<size_t>(level)].words;
}

std::optional<EscalationLevel> levelFromId(std::string_view id) {
  for (const Named& n : kLevels)
    if (id == n.id) return n.level;
  return std::nullopt;
}

std::optional<EscalationLevel> levelAbove(EscalationLevel level) {
  if (level == EscalationLevel::County) return std::nullopt;
  return static_cast<EscalationLevel>(static_cast<int>(level) + 1);
}

}  // namespace yizhan::kiosk
