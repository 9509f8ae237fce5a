#pragma once
// Appointments in the counter console: the counter's bookable services with their days and
// today's bookings in the state; free slots, booking for a resident at the window (mobile or
// ID number typed by staff), and checking a booking in.
#include "kiosk/appointments/appointment_service.h"
#include "kiosk/console/console_module.h"
#include "kiosk/queue/queue_service.h"
#include "kiosk/residents/personal_key.h"

namespace yizhan::kiosk {

class AppointmentConsoleModule : public ConsoleModule {
 public:
  AppointmentConsoleModule(AppointmentService& appointments, QueueService& queue,
                           const PersonalKey& personalKey)
      : appointments_(appointments), queue_(queue), personalKey_(personalKey) {}
  void addRoutes(ConsoleCore& core) override;
  void addState(int counter, nlohmann::json& state) override;

 private:
  AppointmentService& appointments_;
  QueueService& queue_;
  const PersonalKey& personalKey_;
};

}  // namespace yizhan::kiosk
