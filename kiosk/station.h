#pragma once
// Wires one station together: configuration, store, domain services and the session.
// Both the real kiosk and the headless test harness build one of these.
#include <filesystem>
#include <memory>
#include <mutex>

#include "data/store.h"
#include "drivers/audio/sound_output.h"
#include "drivers/idcard/card_watcher.h"
#include "kiosk/app/config.h"
#include "kiosk/appeals/appeal_desk.h"
#include "kiosk/appeals/department_replies.h"
#include "kiosk/appointments/appointment_service.h"
#include "kiosk/base/background_worker.h"
#include "kiosk/base/live.h"
#include "kiosk/calendar/work_calendar.h"
#include "kiosk/console/counter_console.h"
#include "kiosk/devices/device_set.h"
#include "kiosk/district/district_config_applier.h"
#include "kiosk/district/station_settings.h"
#include "kiosk/echo/echo_wall_flow.h"
#include "kiosk/figures/figures_flow.h"
#include "kiosk/queue/queue_service.h"
#include "kiosk/requests/request_desk.h"
#include "kiosk/residents/personal_key.h"
#include "kiosk/residents/resident_priority.h"
#include "kiosk/session/session.h"
#include "kiosk/staff/staff_auth.h"
#include "kiosk/staff/staff_calls.h"
#include "kiosk/sync/sync_control.h"
#include "kiosk/sync/sync_worker.h"
#include "kiosk/volunteers/volunteer_services.h"

namespace yizhan::kiosk {

class Station {
 public:
  Station(const Config& config, const std::filesystem::path& dataDir, const Clock& clock,
          drivers::SoundOutput& sound);
  ~Station();

  const Config& config() const { return config_; }
  Lang lang() const { return config_.ui.language == "en" ? Lang::En : Lang::Zh; }
  const Clock& clock() const { return clock_; }
  data::Store& store() { return store_; }
  StaffAuth& auth() { return auth_; }
  StaffCallService& staffCalls() { return calls_; }
  QueueService& queue() { return queue_; }
  ResidentPriority& residents() { return residents_; }
  AppointmentService& appointments() { return appointments_; }
  const PersonalKey* personalKey() const { return &personalKey_; }
  const PersonalSeal& personalSeal() const { return seal_; }
  VolunteerRoster& volunteerRoster() { return roster_; }
  VolunteerShifts& volunteerShifts() { return shifts_; }
  VolunteerPoints& volunteerPoints() { return points_; }
  VolunteerPins& volunteerPins() { return volunteerPins_; }
  RequestDesk& requests() { return requests_; }
  AppealDesk& appeals() { return appeals_; }
  DepartmentReplies& departmentReplies() { return departmentReplies_; }
  QueueSignal& queueSignal() { return queueSignal_; }
  // Serves the counter console on the configured address (or `port`: 0 picks a free one).
  // Returns null when the configuration turns it off; throws std::runtime_error when it
  // cannot listen. Staff are told on stderr; the kiosk runs on either way.
  CounterConsole* startConsole(std::optional<int> port = std::nullopt);
  // What a counter console's volunteer services need of the station.
  VolunteerSetup volunteerSetup() const {
    return {seal_, config_.volunteers, config_.volunteerPoints, config_.station.id, config_.grids};
  }
  // Starts uploading to the district (the station's enrollment in keys/station.json; until
  // then staff see "not enrolled"). The headless harness does not, unless a test asks.
  SyncWorker& startSync(std::optional<SyncSettings> settings = std::nullopt);
  SyncControl& syncControl() { return syncControl_; }
  // What applies the district's configuration (the sync worker's, on its own connection),
  // with every feature's section.
  std::shared_ptr<DistrictConfigApplier> configApplier();
  BackgroundWorker& worker() { return worker_; }
  KioskSession& session() { return session_; }
  // Opened on first use (≈ 35 ms), which is the first device check on the worker: start-up
  // and the first frame do not wait for devices.
  DeviceSet& devices();

 private:
  drivers::PrintResult print(const SessionServices::Composer& compose);
  void say(const std::string& words, bool replacing = false);
  void watchCards();
  void watchScans();

  // The district's settings (services, calendar, announcements) in force, as the UI thread
  // last read them from the store; the worker stores new ones, reloadDistrictSettings()
  // puts them into force.
  std::vector<Announcement> reloadDistrictSettings();

  Config config_;
  const Clock& clock_;
  data::Store store_;
  StationSettings settings_;
  Live<ServiceCatalog> catalog_;
  Live<WorkCalendar> calendar_;
  StaffAuth auth_;
  StaffCallService calls_;
  QueueSignal queueSignal_;
  QueueService queue_;
  PersonalKey personalKey_;
  ResidentPriority residents_;
  AppointmentService appointments_;
  PersonalSeal seal_;
  VolunteerRoster roster_;
  VolunteerPoints points_;
  VolunteerShifts shifts_;
  VolunteerPins volunteerPins_;
  VolunteerServices volunteers_{roster_, shifts_, volunteerPins_, points_};
  RequestDesk requests_;
  AppealDesk appeals_{store_.db(), requests_, config_.appeals};
  EchoWall echoWall_{store_.db(), config_.grids};
  EchoWallSource echoSource_{echoWall_, calendar_};
  FiguresSource figuresSource_{store_.db(), calendar_, config_.grids};
  DepartmentReplies departmentReplies_{store_.db(), requests_, clock_};
  SyncControl syncControl_;
  std::unique_ptr<SyncWorker> sync_;
  BackgroundWorker worker_;
  const std::filesystem::path dataDir_;
  drivers::SoundOutput& sound_;
  std::once_flag devicesOpened_;
  std::unique_ptr<DeviceSet> devices_;
  std::unique_ptr<drivers::CardWatcher> cardWatcher_;
  std::unique_ptr<CounterConsole> console_;
  KioskSession session_;
};

LockoutPolicy lockoutPolicyOf(const Config& config);
RequestRules requestRulesOf(const Config& config);
// The devices as the heartbeat reports them (docs/district-api.md §4).
std::vector<DeviceReport> deviceReports(const std::vector<DeviceStatus>& statuses);
std::vector<DeviceView> deviceViews(const std::vector<DeviceStatus>& statuses, Lang lang);

}  // namespace yizhan::kiosk
