#pragma once
// Staff login, the staff menu and 呼叫工作人员.
// Each feature keeps its own words; kiosk/app/text_catalogs.cpp hands every catalog to the
// font atlas.
#include "kiosk/base/strings.h"

namespace yizhan::kiosk {

enum class StaffStr : int {
  TileCallStaff,
  StaffEntry,
  CallStaffTitle,
  CallStaffBody,
  CallStaffAgain,
  StaffPinTitle,
  StaffPinPrompt,
  PinVerifying,
  PinWrong,
  PinLocked,
  PinNotSet,
  StaffMenuTitle,
  StaffCallsHeading,
  StaffCallsNone,
  StaffCallItem,
  StaffCallHandled,
  StaffCallsMore,
  Logout,
  SystemInfo,
  Count
};
std::span<const TextEntry<StaffStr>> catalogOf(StaffStr);

}  // namespace yizhan::kiosk
