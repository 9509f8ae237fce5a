#pragma once
// What a screen can ask for. Screens emit intents; the session turns them into domain calls.
#include <cstdint>
#include <string>
#include <variant>

namespace yizhan::kiosk {

// Home tiles, each shown only when its feature works.
enum class TileId { TakeNumber, Appointment, CheckIn, CallStaff };

namespace intent {
struct OpenTile {
  TileId tile;
};
struct OpenStaffLogin {};
struct Back {};
struct KeypadKey {
  char key;  // '0'-'9' or 'X'
};
struct KeypadDelete {};
struct KeypadConfirm {};
struct HandleStaffCall {
  std::int64_t id;
};
struct Logout {};
struct ChooseService {
  std::string serviceId;
};
struct FinishTicket {};  // 好的: the resident is done with the ticket screen
struct OpenCounterDesk {
  int counter;
};
enum class DeskAction { CallNext, Recall, NoShow, Complete, Hold, CloseCounter };
struct Desk {
  DeskAction action;
};
struct ResumeHeld {
  std::int64_t ticketId;
};
struct TransferTo {
  std::string serviceId;
};
struct ReprintTicket {
  std::int64_t ticketId;
};
struct OpenQueueStats {};
struct OpenPriorityRegister {};
struct SetDisability {
  bool disability;
};
struct PrintDailySummary {};
// Booking: service, then day and slot, then who (card or phone on the keypad).
struct ChooseBookingService {
  std::string serviceId;
};
struct ChooseBookingDay {
  std::string day;  // YYYY-MM-DD
};
struct ChooseSlot {
  int start;  // minutes after local midnight
};
// The district sync panel (staff).
struct OpenSync {};
struct RetryHeldEvent {
  std::int64_t seq;
};
struct AskDiscardHeldEvent {  // shows the reasons to choose from
  std::int64_t seq;
};
enum class DiscardReason { TestRecord, Duplicate, HandledByDistrict };
struct DiscardHeldEvent {
  std::int64_t seq;
  DiscardReason reason;
};
struct ReconnectDistrict {};
}  // namespace intent

using Intent = std::variant<
    intent::OpenTile, intent::OpenStaffLogin, intent::Back, intent::KeypadKey, intent::KeypadDelete,
    intent::KeypadConfirm, intent::HandleStaffCall, intent::Logout, intent::ChooseService,
    intent::FinishTicket, intent::OpenCounterDesk, intent::Desk, intent::ResumeHeld,
    intent::TransferTo, intent::ReprintTicket, intent::OpenQueueStats, intent::PrintDailySummary,
    intent::OpenPriorityRegister, intent::SetDisability, intent::ChooseBookingService,
    intent::ChooseBookingDay, intent::ChooseSlot, intent::OpenSync, intent::RetryHeldEvent,
    intent::AskDiscardHeldEvent, intent::DiscardHeldEvent, intent::ReconnectDistrict>;

}  // namespace yizhan::kiosk
