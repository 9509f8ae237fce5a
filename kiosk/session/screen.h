#pragma once
// The kiosk's screens. Each is one explicit state, declared by the flow that owns it (e.g.
// screens::BookSlot in kiosk/appointments/booking_flow.h) and drawn by one file under
// ui/screens/ that registers itself for it. The two hubs, home and the staff menu, are the
// session's own.
#include <ostream>
#include <string_view>

namespace yizhan::kiosk {

// Resident screens get a voice prompt, 返回 and 呼叫工作人员 (DESIGN.md §2).
enum class Audience { Resident, Staff };

struct Screen {
  std::string_view name;  // "book-slot": logs, screenshots, tests; unique
  Audience audience = Audience::Resident;
  // The resident has what they came for (the ticket, the booking slip): home sooner, after
  // SessionSettings::ticketScreen without a touch.
  bool done = false;
  constexpr bool operator==(const Screen& other) const { return name == other.name; }
};

constexpr std::string_view screenName(const Screen& s) {
  return s.name;
}
constexpr bool isResidentScreen(const Screen& s) {
  return s.audience == Audience::Resident;
}
inline std::ostream& operator<<(std::ostream& out, const Screen& s) {
  return out << s.name;
}

namespace screens {
inline constexpr Screen Home{"home", Audience::Resident};
// The staff side's hub: its contents come from the flows (kiosk/staff/staff_menu_flow).
inline constexpr Screen StaffMenu{"staff-menu", Audience::Staff};
}  // namespace screens

}  // namespace yizhan::kiosk
