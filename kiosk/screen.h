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
  PriorityRegister
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
  }
  return "unknown";
}

// Screens residents use get a voice prompt, 返回 and 呼叫工作人员 (DESIGN.md §2).
constexpr bool isResidentScreen(Screen s) {
  return s == Screen::Home || s == Screen::TakeNumber || s == Screen::TicketTaken ||
         s == Screen::CallStaff;
}

}  // namespace yizhan::kiosk
