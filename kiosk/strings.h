#pragma once
// The one string catalog of everything the kiosk shows or says. Simplified Chinese is the
// product language; English exists for development (--lang en). The font atlas is built from
// this catalog, so a string that is not here may not have its glyphs on screen.
#include <functional>
#include <initializer_list>
#include <string>
#include <string_view>

namespace yizhan::kiosk {

enum class Lang { Zh, En };

enum class Str : int {
  HomeHint,
  TileCallStaff,
  StaffEntry,
  Back,
  Confirm,
  Delete,
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
  DevicesHeading,
  DevicesChecking,
  DeviceOk,
  DeviceWarning,
  DeviceFault,
  StaffCallsNone,
  StaffCallItem,
  StaffCallHandled,
  StaffCallsMore,
  Logout,
  SystemInfo,
  DateLine,
  Sunday,
  Monday,
  Tuesday,
  Wednesday,
  Thursday,
  Friday,
  Saturday,
  FixedDayPeoples,
  FixedDayReception,
  FixedDaysNote,
  DurationMinutesSeconds,
  DurationSeconds,
  StoreWriteFailed,
  TileTakeNumber,
  TakeNumberTitle,
  TakeNumberCardHint,
  CardReadPriority,
  CardReadNormal,
  CardReadFailed,
  ServiceWaiting,
  ServiceWaitingNoCounter,
  ServiceClosedHours,
  ServiceCapReached,
  ServiceClosedNow,
  TicketTakenTitle,
  TicketYourNumber,
  TicketAhead,
  TicketAheadNoCounter,
  TicketPriorityMark,
  TicketPrinting,
  TicketTakeSlip,
  TicketNotPrinted,
  TicketDone,
  TicketSpoken,
  TicketSpokenNoSlip,
  PrinterDownNotice,
  SlipFooter,
  SlipAhead,
  SlipAheadNoCounter,
  CountersHeading,
  CounterDeskTitle,
  DeskCurrent,
  DeskNobody,
  DeskWaiting,
  DeskRecalls,
  DeskCallNext,
  DeskRecall,
  DeskNoShow,
  DeskComplete,
  DeskHold,
  DeskResume,
  DeskTransferTo,
  DeskHeld,
  DeskClose,
  ProblemCounterClosed,
  ProblemNothingWaiting,
  ProblemNoCurrent,
  ProblemTooFewRecalls,
  ProblemNotHeld,
  ProblemSameService,
  ResidentPrinterDown,
  ResidentReaderDown,
  FailedPrintItem,
  Reprint,
  DeskNoneHeld,
  DeskTransferHeading,
  CallPhrase,
  DisplayNowCalling,
  DisplayRecent,
  DisplayWaiting,
  DisplayWaitingCount,
  DisplayCounterIdle,
  DisplayCounterClosed,
  DisplayNoStore,
  Count
};

std::string_view text(Str id, Lang lang);
// Replaces {0}, {1}, … with the arguments.
std::string format(Str id, Lang lang, std::initializer_list<std::string_view> args);
std::string_view weekdayName(int weekday, Lang lang);  // 0 = Sunday
// Visits every string of the language, for building the font atlas.
void forEachText(Lang lang, const std::function<void(std::string_view)>& visit);

}  // namespace yizhan::kiosk
