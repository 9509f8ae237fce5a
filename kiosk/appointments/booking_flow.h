#pragma once
// 预约办事, for residents who cannot use a phone app: service → day and time → ID card or
// mobile number → the booking and its slip. Every step is a big button, a card tap or the
// digit keypad; 返回 goes back one step and keeps what was chosen before it.
#include "kiosk/appointments/appointment_service.h"
#include "kiosk/residents/personal_key.h"
#include "kiosk/session/flow.h"

namespace yizhan::kiosk {

class BookingFlow : public Flow {
 public:
  BookingFlow(FlowHost& host, AppointmentService& appointments, const PersonalKey& key)
      : host_(host), appointments_(appointments), key_(key) {}
  bool owns(Screen s) const override {
    return s == Screen::BookService || s == Screen::BookSlot || s == Screen::BookWho ||
           s == Screen::Booked;
  }
  bool handle(const Intent& intent) override;
  void forget() override;
  bool back() override;
  void tick(TimePoint now) override;
  TimePoint deadline(TimePoint upTo) const override;
  void addTiles(std::vector<HomeTile>& tiles) override;
  bool cardRead(const drivers::Identity& card) override;
  bool cardReadFailed() override;

 private:
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
