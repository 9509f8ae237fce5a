#pragma once
// Residents' own details: the priority register and the mobile number keypad.
// Each feature keeps its own words; kiosk/app/text_catalogs.cpp hands every catalog to the
// font atlas.
#include "kiosk/base/strings.h"

namespace yizhan::kiosk {

enum class ResidentStr : int {
  PriorityRegisterButton,
  PriorityRegisterTitle,
  PriorityRegisterHint,
  PriorityRegisterCard,
  PriorityRegisterAge,
  PriorityRegisterAgePriority,
  PriorityRegisterFlagged,
  PriorityRegisterNotFlagged,
  PriorityRegisterSet,
  PriorityRegisterClear,
  PriorityRegisterSaved,
  ApptPhoneLabel,
  ApptPhoneInvalid,
  Count
};
std::span<const TextEntry<ResidentStr>> catalogOf(ResidentStr);

}  // namespace yizhan::kiosk
