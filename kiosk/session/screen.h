#pragma once
// The kiosk's screens: one explicit state, one file per screen under ui/screens/.
#include <string_view>

namespace yizhan::kiosk {

enum class Screen {
  Home,
  TakeNumber,
  TicketTaken,
  CallStaff,
  StaffPin,
  StaffMenu,
  CounterDesk,
  QueueStats,
  PriorityRegister,
  BookService,  // 预约办事: which service
  BookSlot,     // which day and time
  BookWho,      // ID card or mobile number
  Booked,       // the booking and its slip
  CheckIn,      // 预约签到
  Sync,         // staff: the district sync panel
};

constexpr std::string_view screenName(Screen s) {
  switch (s) {
    case Screen::Home:
      return "home";
    case Screen::TakeNumber:
      return "take-number";
    case Screen::TicketTaken:
      return "ticket-taken";
    case Screen::CallStaff:
      return "call-staff";
    case Screen::StaffPin:
      return "staff-pin";
    case Screen::StaffMenu:
      return "staff-menu";
    case Screen::CounterDesk:
      return "counter-desk";
    case Screen::QueueStats:
      return "queue-stats";
    case Screen::PriorityRegister:
      return "priority-register";
    case Screen::BookService:
      return "book-service";
    case Screen::BookSlot:
      return "book-slot";
    case Screen::BookWho:
      return "book-who";
    case Screen::Booked:
      return "booked";
    case Screen::CheckIn:
      return "check-in";
    case Screen::Sync:
      return "sync";
  }
  return "unknown";
}

// Screens residents use get a voice prompt, 返回 and 呼叫工作人员 (DESIGN.md §2).
constexpr bool isResidentScreen(Screen s) {
  return s == Screen::Home || s == Screen::TakeNumber || s == Screen::TicketTaken ||
         s == Screen::CallStaff || s == Screen::BookService || s == Screen::BookSlot ||
         s == Screen::BookWho || s == Screen::Booked || s == Screen::CheckIn;
}

}  // namespace yizhan::kiosk
