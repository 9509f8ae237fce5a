#pragma once
// Everything a screen needs to draw itself, copied out of the session: screens read this and
// nothing else.
#include <chrono>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "drivers/device_health.h"
#include "kiosk/base/clock.h"
#include "kiosk/base/strings.h"
#include "kiosk/devices/device_kind.h"
#include "kiosk/session/intents.h"
#include "kiosk/session/screen.h"
#include "kiosk/session/snapshot_parts.h"
#include "kiosk/sync/sync_status.h"

namespace yizhan::kiosk {

struct HomeTile {
  TileId id;
  std::string label;  // in the kiosk's language
  bool urgent;        // drawn in the alert colour
  std::string detail;  // a second line that says what it is for (预约办事 and 预约签到 differ)
  // For the station's regulars, not residents (志愿者签到): a small button in the home screen's
  // footer, so the residents' tiles keep their size and lines.
  bool regulars = false;
};

// One device as staff see it in the staff menu.
struct DeviceView {
  DeviceKind kind = DeviceKind::Printer;
  std::string name;  // in the kiosk's language
  drivers::HealthState state = drivers::HealthState::Ok;
  std::string message;          // what to do; empty when OK
  std::string residentMessage;  // what a resident is told when it is down, e.g. 打印机缺纸
  bool operator==(const DeviceView&) const = default;
};

// A service on the take-a-number or the booking screen.
struct ServiceChoice {
  std::string id;
  std::string name;
  bool available = false;  // open and numbers left
  std::string status;      // waiting and minutes, or why it cannot be taken now
};

enum class PrintState { Printing, Printed, Failed };

// A button in the staff menu's bottom row, as the features there offer them: its label and
// what tapping it asks for. The screen draws whatever the session lists.
struct StaffEntry {
  std::string label;
  Intent open;
};

// The district sync as staff see it (the staff menu's line, the sync panel) and the home
// screen's offline mark.
struct SyncView {
  bool running = false;
  bool online = false;
  bool paused = false;
  SyncProblem problem = SyncProblem::None;
  std::string detail;  // English, for the technician
  std::int64_t backlog = 0;
  std::string oldestUnsent;  // local "MM-DD HH:MM", empty when nothing waits
  std::string lastSuccess;   // the same form, empty when never
  std::string configVersion;
  std::string configProblem;
  std::int64_t heldCount = 0;
  struct Held {
    std::int64_t seq = 0;
    std::string type, occurredAt, reason;  // as the outbox and the district have them
    std::string what, meaning;             // in the kiosk's language (取号 A002; what to do)
    bool operator==(const Held&) const = default;
  };
  std::vector<Held> held;          // filled while the panel is open
  std::int64_t discardingSeq = 0;  // the held event whose discard reasons are shown
  bool offlineMark() const { return running && problem == SyncProblem::Offline; }
  bool operator==(const SyncView&) const = default;
};

struct Snapshot {
  Screen screen = screens::Home;
  Lang lang = Lang::Zh;
  std::string stationName;
  std::string stationId;
  std::string appVersion;
  int schemaVersion = 0;
  TimePoint now;  // refreshed once a minute (once a second while a countdown runs)

  std::vector<HomeTile> tiles;
  // The district's notices for today (停电检修…), shown on the home screen.
  std::vector<std::string> announcements;

  // What residents are told while the printer or the card reader is down (e.g. 打印机缺纸);
  // the screens that need the device show it.
  std::optional<std::string> printerDown;
  std::optional<std::string> readerDown;

  std::vector<StaffEntry> staffEntries;
  std::optional<std::string> notice;  // good news for staff (e.g. the figures were printed)
  std::vector<DeviceView> devices;    // empty until the first check has answered
  SyncView sync;

  std::optional<std::string> error;  // shown until the screen changes
  // A plain answer on the home screen (what a scanned ticket says), until the screen changes.
  std::optional<std::string> homeMessage;
  // What the showing screen said when it opened (its title's words first); 再听一遍 says it
  // again. Every resident screen has one (the screen audit holds them to it).
  std::string prompt;

  // Each feature's own part (e.g. BookingPart in kiosk/appointments/booking_flow.h).
  template <typename Part>
  Part& part() {
    return parts_.get<Part>();
  }
  template <typename Part>
  const Part& part() const {
    return parts_.get<Part>();
  }

 private:
  SnapshotParts parts_;
};

}  // namespace yizhan::kiosk
