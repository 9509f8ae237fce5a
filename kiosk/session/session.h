#pragma once
// The kiosk's interaction state machine: takes intents and touches, calls domain services,
// and publishes a Snapshot for the screens. Knows nothing of ImGui or SDL.
#include <cstdint>
#include <functional>
#include <memory>
#include <string>

#include "drivers/audio/sound_output.h"
#include "drivers/idcard/identity.h"
#include "drivers/printer/text_raster.h"
#include "drivers/printer/thermal_printer.h"
#include "kiosk/appointments/appointment_service.h"
#include "kiosk/base/background_worker.h"
#include "kiosk/base/clock.h"
#include "kiosk/district/station_settings.h"
#include "kiosk/queue/queue_service.h"
#include "kiosk/queue/ticket_printout.h"
#include "kiosk/residents/personal_key.h"
#include "kiosk/residents/resident_priority.h"
#include "kiosk/session/code_routes.h"
#include "kiosk/session/flow.h"
#include "kiosk/session/intents.h"
#include "kiosk/session/snapshot.h"
#include "kiosk/staff/staff_auth.h"
#include "kiosk/staff/staff_calls.h"

namespace yizhan::kiosk {

class AppealDesk;
struct EchoWallSource;
struct FiguresSource;
class RequestDesk;
class SyncControl;
struct VolunteerServices;

struct SessionServices {
  StaffAuth& auth;
  StaffCallService& calls;
  BackgroundWorker& worker;
  drivers::SoundOutput& sound;
  const Clock& clock;
  // Asks every device how it is; blocking, so it runs on the worker. May be empty.
  std::function<std::vector<DeviceView>()> checkDevices;
  QueueService* queue = nullptr;          // null: no take-a-number (tests of other screens)
  ResidentPriority* residents = nullptr;  // null: priority from age alone
  // Prints what `compose` makes for the station's printer; blocking, so it runs on the worker.
  using Composer = std::function<std::vector<std::uint8_t>(const drivers::PrinterProfile&,
                                                           const drivers::TextRaster&)>;
  std::function<drivers::PrintResult(const Composer& compose)> print;
  // Says words aloud; returns at once (may be empty: no voice). `replacing`: a screen's prompt,
  // which drops what is still waiting to be said (the screens before it).
  std::function<void(const std::string& words, bool replacing)> say;
  AppointmentService* appointments = nullptr;  // null: no booking or check-in
  const PersonalKey* personalKey = nullptr;    // hashes the card or phone of a booking
  SyncControl* sync = nullptr;                 // null: no district sync panel
  // Puts a district configuration the uploader stored into force; returns the announcements
  // in force. Cheap when nothing changed. May be empty.
  std::function<std::vector<Announcement>()> districtSettings = {};
  VolunteerServices* volunteers = nullptr;   // null: no volunteer sign-in
  RequestDesk* requests = nullptr;           // null: no 红色代办 at the kiosk
  std::string stationPhone = {};             // printed on request slips
  AppealDesk* appeals = nullptr;             // null: no 民意诉求 at the kiosk
  const EchoWallSource* echoWall = nullptr;  // null: no 回音墙 tile
  const FiguresSource* figures = nullptr;    // null: no 办件统计 in the staff menu
};

struct SessionSettings {
  Lang lang = Lang::Zh;
  std::string stationName;
  std::string stationId;
  std::string appVersion;
  int schemaVersion = 0;
  std::chrono::seconds inactivity{60};
  std::chrono::seconds deviceCheckInterval{60};
  // The ticket screen goes home sooner: the resident has what they came for. Long enough to read
  // it, take the slip and hear it again (20 s was too short for the elderly).
  std::chrono::seconds ticketScreen{45};
  // How often the counter desk re-reads the queue while it is on screen.
  std::chrono::seconds deskRefresh{2};
};

// The feature flows this station has (kiosk/features.cpp).
std::vector<std::unique_ptr<Flow>> makeFlows(FlowHost& host, const SessionServices& services);

class KioskSession : private FlowHost {
 public:
  KioskSession(SessionServices services, SessionSettings settings);

  void dispatch(const Intent& intent);
  // Any touch anywhere: keeps the current screen alive.
  void noteActivity() override;
  // A card read by the reader (its watcher posts this to the UI thread).
  void cardRead(const drivers::Identity& identity);
  // The reader saw a card but could not read or use it.
  void cardRefused(drivers::CardProblem problem);
  // A code read by the QR scanner (its thread posts this to the UI thread).
  void scanned(const std::string& code);
  // Advances timers (inactivity, lock countdown, the clock on screen).
  void tick();

  const Snapshot& snapshot() const { return snap_; }
  // Every screen this station can show: the two hubs and each flow's.
  std::vector<Screen> screens() const;
  // Changes whenever the snapshot does, so the UI redraws only then.
  std::uint64_t revision() const { return revision_; }
  // The next moment tick() may change something, for the UI's event wait.
  TimePoint nextDeadline() const;

 private:
  void back();
  // Runs `compose` on the printer from the worker; `done` gets whether it printed and, if
  // not, what residents would be told.
  void printOnWorker(SessionServices::Composer compose,
                     std::function<void(bool printed, const std::string& problem)> done);

  void go(Screen screen) override;
  void goHome() override;
  void staffMenuShown();
  void refreshDevices();
  // District sync (session_sync.cpp).
  void refreshSync() override;
  void refreshDistrictSettings();
  // The home tiles, from the catalog in force, in their order.
  void rebuildFromCatalog();
  // The staff menu's entries: each feature present adds its own.
  void rebuildStaffEntries();
  // The flow whose screen shows, if a flow owns it.
  Flow* activeFlow() const;
  // FlowHost: what the flows use of the session.
  Snapshot& snap() override { return snap_; }
  const SessionServices& services() const override { return services_; }
  const SessionSettings& settings() const override { return settings_; }
  TimePoint now() const override { return services_.clock.now(); }
  TimePoint lastActivity() const override { return lastActivity_; }
  void say(const std::string& words) override;
  // The home screen; `spoken` when a resident's tap brought it (not a timeout, nor start-up,
  // with nobody there to hear it).
  void showHome(bool spoken);
  void show(Screen screen, bool spoken);
  std::string homePrompt() const;
  void toStaffMenu() override;
  std::vector<StaffEntry> volunteerEntries(std::int64_t volunteerId) override;
  void staffLoggedIn() override;
  void print(Composer compose,
             std::function<void(bool printed, const std::string& problem)> done) override {
    printOnWorker(std::move(compose), std::move(done));
  }
  void changed() override { ++revision_; }

  SessionServices services_;
  SessionSettings settings_;
  Snapshot snap_;
  std::uint64_t revision_ = 1;
  TimePoint lastActivity_;
  TimePoint nextDeviceCheck_{};
  bool deviceCheckRunning_ = false;
  std::vector<std::unique_ptr<Flow>> flows_;  // kiosk/features.cpp lists them
  TimePoint nextSyncRefresh_{};
  // The catalog version the tiles and counter choices were built from (a Live version keeps
  // its address, so a new one is a new address).
  const ServiceCatalog* catalogShown_ = nullptr;
  CodeRoutes codes_;  // what a scan on the home screen goes to, by its prefix
};

}  // namespace yizhan::kiosk
