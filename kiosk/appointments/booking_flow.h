#pragma once
// 预约办事, for residents who cannot use a phone app: service → day and time → ID card or
// mobile number → the booking and its slip. Every step is a big button, a card tap or the
// digit keypad; 返回 goes back one step and keeps what was chosen before it.
#include <cstdint>
#include <string>

#include "kiosk/appointments/appointment_service.h"
#include "kiosk/residents/personal_key.h"
#include "kiosk/session/flow.h"

namespace yizhan::kiosk {

namespace screens {
inline constexpr Screen BookService{"book-service", Audience::Resident};  // 预约办事: which service
inline constexpr Screen BookSlot{"book-slot", Audience::Resident};        // which day and time
inline constexpr Screen BookWho{"book-who", Audience::Resident};  // ID card or mobile number
inline constexpr Screen Booked{"booked", Audience::Resident};     // the booking and its slip
}  // namespace screens

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

class BookingFlow : public Flow {
 public:
  BookingFlow(FlowHost& host, AppointmentService& appointments, const PersonalKey& key)
      : host_(host), appointments_(appointments), key_(key) {}
  std::span<const Screen> shows() const override { return kScreens; }
  bool handle(const Intent& intent) override;
  void forget() override;
  bool back() override;
  void tick(TimePoint now) override;
  TimePoint deadline(TimePoint upTo) const override;
  void addTiles(std::vector<HomeTile>& tiles) override;
  bool cardRead(const drivers::Identity& card) override;
  bool cardReadFailed() override;

 private:
  static constexpr Screen kScreens[] = {screens::BookService, screens::BookSlot, screens::BookWho,
                                        screens::Booked};
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
