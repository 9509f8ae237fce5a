#pragma once
// 预约办事 and 预约签到: booking, the slip, check-in and their refusals.
// Each feature keeps its own words; kiosk/app/text_catalogs.cpp hands every catalog to the
// font atlas.
#include "kiosk/base/strings.h"

namespace yizhan::kiosk {

enum class ApptStr : int {
  TileAppointment,
  TileCheckIn,
  ApptServiceTitle,
  ApptServiceFree,
  ApptServiceFull,
  ApptNoServices,
  ApptSlotTitle,
  ApptDateLabel,
  ApptToday,
  ApptSlotFree,
  ApptSlotFull,
  ApptDayNoSlots,
  ApptIdentifyTitle,
  ApptIdentifyHint,
  ApptChosen,
  ApptBookedTitle,
  ApptHolder,
  ApptCheckInWindow,
  ApptCheckInHow,
  ApptSlipPrinting,
  ApptSlipTake,
  ApptSlipNotPrinted,
  ApptBookedSpoken,
  ApptProblemFull,
  ApptProblemPassed,
  ApptProblemAlready,
  ApptProblemDay,
  ApptProblemService,
  CheckInTitle,
  CheckInHint,
  CheckInWayCard,
  CheckInWayScan,
  CheckInWayPhone,
  CheckInSpoken,
  CheckInNotFound,
  CheckInTooEarly,
  CheckInOtherDay,
  CheckInTooLate,
  CheckInAlready,
  SlipApptTitle,
  SlipApptCode,
  SlipApptFooter,
  ProblemSlipScan,
  ApptStatusBooked,
  ApptStatusCheckedIn,
  ApptStatusMissed,
  ApptStatusCancelled,
  ApptConsoleBooked,
  ApptConsoleCheckedIn,
  ApptHolderInvalid,
  Count
};
std::span<const TextEntry<ApptStr>> catalogOf(ApptStr);

}  // namespace yizhan::kiosk
