#pragma once
// 预约办事, for residents who cannot use a phone app: service → day → time → ID card or
// mobile number → the booking and its slip. One question a screen, each a big button, a card
// tap or the digit keypad; 返回 goes back one step and keeps what was chosen before it.
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "kiosk/appointments/appointment_service.h"
#include "kiosk/residents/personal_key.h"
#include "kiosk/session/flow.h"

namespace yizhan::kiosk {

namespace screens {
inline constexpr Screen BookService{"book-service", Audience::Resident};  // 预约办事: which service
inline constexpr Screen BookDay{"book-day", Audience::Resident};          // which day
inline constexpr Screen BookSlot{"book-slot", Audience::Resident};        // what time that day
inline constexpr Screen BookWho{"book-who", Audience::Resident};     // ID card or mobile number
inline constexpr Screen Booked{"booked", Audience::Resident, true};  // the booking and its slip
}  // namespace screens

namespace tiles {
inline constexpr TileId Appointment{"appointment", 20};
}  // namespace tiles

namespace intent {
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
}  // namespace intent

// A day on the booking screen.
struct BookingDayChoice {
  std::string day;     // YYYY-MM-DD
  std::string label;   // 11月25日, or 今天
  std::string detail;  // 星期三, or today's date
  bool available = false;
};

struct SlotChoice {
  int start = 0;
  std::string label;   // 09:00-09:30
  std::string status;  // 还剩2个, 已约满
  bool available = false;
};

// What the resident has chosen so far on the way to a booking.
struct BookingDraft {
  std::string serviceId;
  std::string serviceName;
  std::string day;
  std::string dayLabel;  // 11月25日 星期三
  std::string dayShort;  // 11月25日, or 今天: where a line has little room (a title)
  std::optional<int> slotStart;
  std::string slotLabel;
};

// The booking just made, as the resident sees it (masked holder only).
struct BookedView {
  std::string serviceName;
  std::string dayLabel;
  std::string slot;
  std::string windowFrom, windowTo;  // HH:MM
  std::string holderMasked;
  std::string number;  // booking number on the slip
  PrintState print = PrintState::Printing;
  std::string printProblem;
};

// The booking flow's part of the snapshot.
struct BookingPart {
  std::vector<ServiceChoice> services;  // the bookable ones
  std::vector<BookingDayChoice> bookingDays;
  std::vector<SlotChoice> slots;
  std::optional<BookingDraft> booking;
  std::optional<BookedView> booked;
};

class BookingFlow : public Flow {
 public:
  BookingFlow(FlowHost& host, AppointmentService& appointments, const PersonalKey& key)
      : host_(host), appointments_(appointments), key_(key) {}
  std::span<const Screen> shows() const override { return kScreens; }
  bool handle(const Intent& intent) override;
  void forget() override;
  bool back() override;
  void addTiles(std::vector<HomeTile>& tiles) override;
  bool cardRead(const drivers::Identity& card) override;
  bool cardRefused(const CardRefusal& refusal) override;
  std::string prompt(const Screen& screen) const override;

 private:
  static constexpr Screen kScreens[] = {screens::BookService, screens::BookDay, screens::BookSlot,
                                        screens::BookWho, screens::Booked};
  // The steps a resident counts (第2步，共4步): the booked slip is not one.
  static constexpr int kSteps = 4;
  void open();
  void chooseService(const std::string& serviceId);
  void showDay(const std::string& day);
  void chooseDay(const std::string& day);
  void chooseSlot(int start);
  void bookAs(const PersonRef& holder);
  void printSlip(const data::AppointmentRecord& booking);

  FlowHost& host_;
  AppointmentService& appointments_;
  const PersonalKey& key_;
};

// Booking and check-in are offered only while some service takes bookings.
bool appointmentsOffered(const AppointmentService& appointments);

}  // namespace yizhan::kiosk
