#pragma once
// The counter console: a small web page the kiosk serves on the station network, one page
// per counter, where staff log in with the station PIN and call numbers. Pages update live
// (server-sent events) whenever the queue changes, from any counter or the kiosk.
//
// The shared core (kiosk/console/console_core.h) with one module per feature, registered here.
// It needs no display: tests and a counter PC run it on its own.
#include <filesystem>
#include <memory>

#include "kiosk/appeals/appeal_console_module.h"
#include "kiosk/appointments/appointment_console_module.h"
#include "kiosk/appointments/appointment_service.h"
#include "kiosk/calendar/work_calendar.h"
#include "kiosk/console/console_core.h"
#include "kiosk/figures/figures_console_module.h"
#include "kiosk/queue/queue_console_module.h"
#include "kiosk/queue/queue_service.h"
#include "kiosk/queue/queue_signal.h"
#include "kiosk/requests/request_console_module.h"
#include "kiosk/requests/request_desk.h"
#include "kiosk/requests/resident_console_module.h"
#include "kiosk/residents/personal_key.h"
#include "kiosk/volunteers/volunteer_console_module.h"
#include "kiosk/volunteers/volunteer_points.h"
#include "kiosk/volunteers/volunteer_roster.h"
#include "kiosk/volunteers/volunteer_shifts.h"

namespace yizhan::kiosk {

// What the volunteers' services need beside the store (the station's rules and seal).
struct VolunteerSetup {
  const PersonalSeal& seal;
  const ShiftRules& shiftRules;
  const PointsRules& pointsRules;
  std::string stationId;
  std::vector<Grid> grids;  // a volunteer's grids are checked against these
};

// What the on-behalf requests need beside the store: the errands, grids and rules in force.
struct RequestSetup {
  std::vector<ErrandType> errands;
  std::vector<Grid> grids;
  RequestRules rules;
  AppealCatalog appeals{};
};

class CounterConsole {
 public:
  CounterConsole(ConsoleSettings settings, const std::filesystem::path& databaseFile,
                 const Live<ServiceCatalog>& catalog, const Clock& clock, QueueSignal& signal,
                 const PersonalKey& personalKey, const Live<WorkCalendar>& calendar,
                 const VolunteerSetup& volunteers, const RequestSetup* requests = nullptr);
  // Stops serving before the modules and services the routes use go.
  ~CounterConsole() { core_.stop(); }

  // Binds and starts serving; returns the port, or throws std::runtime_error saying why
  // (address in use, ...).
  int start() { return core_.start(); }
  void stop() { core_.stop(); }
  std::string url() const { return core_.url(); }
  ConsoleCore& core() { return core_; }

 private:
  ConsoleCore core_;
  QueueService queue_;
  AppointmentService appointments_;
  VolunteerRoster roster_;
  VolunteerPoints points_;
  VolunteerShifts shifts_;
  QueueConsoleModule queueModule_;
  AppointmentConsoleModule appointmentModule_;
  VolunteerConsoleModule volunteerModule_;
  // Only where the station offers on-behalf requests.
  std::unique_ptr<RequestDesk> requests_;
  std::unique_ptr<AppealDesk> appeals_;  // its catalog outlives the modules that read it
  std::unique_ptr<RequestConsoleModule> requestModule_;
  std::unique_ptr<ResidentConsoleModule> residentModule_;
  std::unique_ptr<DepartmentReplies> replies_;
  std::unique_ptr<AppealConsoleModule> appealModule_;
  std::unique_ptr<FiguresConsoleModule> figuresModule_;
};

}  // namespace yizhan::kiosk
