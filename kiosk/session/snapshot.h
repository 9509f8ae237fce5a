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
#include "kiosk/queue/counter_desk_view.h"
#include "kiosk/queue/daily_stats.h"
#include "kiosk/session/intents.h"
#include "kiosk/session/screen.h"
#include "kiosk/staff/staff_calls.h"
#include "kiosk/sync/sync_status.h"

namespace yizhan::kiosk {

struct HomeTile {
  TileId id;
  std::string label;  // in the kiosk's language
  bool urgent;        // drawn in the alert colour
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

// A service on the take-a-number screen.
struct ServiceChoice {
  std::string id;
  std::string name;
  bool available = false;  // open and numbers left
  std::string status;      // waiting and minutes, or why it cannot be taken now
};

enum class PrintState { Printing, Printed, Failed };

// The ticket just taken, as the resident sees it (never their name or ID number).
struct TakenTicket {
  std::int64_t id = 0;
  std::string code;
  std::string serviceName;
  int ahead = 0;
  std::optional<int> waitMinutes;
  bool priority = false;
  std::string bookedAt;  // HH:MM for a checked-in booking
  PrintState print = PrintState::Printing;
  std::string printProblem;  // the printer's resident message when it failed
};

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
  std::string dayLabel;
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

struct CounterChoice {
  int number;
  std::string name;
};

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
    std::string type, occurredAt, reason;
    bool operator==(const Held&) const = default;
  };
  std::vector<Held> held;          // filled while the panel is open
  std::int64_t discardingSeq = 0;  // the held event whose discard reasons are shown
  bool offlineMark() const { return running && problem == SyncProblem::Offline; }
  bool operator==(const SyncView&) const = default;
};

enum class PinState { Entering, Verifying, Wrong, Locked, NotSet };

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

  std::vector<ServiceChoice> services;
  // Set while a resident's card has been read on the way to a ticket.
  std::optional<bool> residentPriority;
  bool cardReadFailed = false;
  std::optional<TakenTicket> ticket;

  // Booking (services above list the bookable ones while booking).
  std::vector<BookingDayChoice> bookingDays;
  std::vector<SlotChoice> slots;
  std::optional<BookingDraft> booking;
  std::optional<BookedView> booked;
  std::string phoneDigits;  // typed on the booking or check-in keypad, shown as typed
  // What residents are told while the printer or the card reader is down (e.g. 打印机缺纸);
  // the screens that need the device show it.
  std::optional<std::string> printerDown;
  std::optional<std::string> readerDown;

  std::vector<CounterChoice> counters;
  std::vector<StaffEntry> staffEntries;
  std::optional<DailyStats> stats;
  // The card on the reader while staff register a disability: masked, never the name.
  struct RegisterCard {
    std::string maskedId;
    std::optional<int> age;
    bool disability = false;
  };
  std::optional<RegisterCard> registerCard;
  std::optional<std::string> notice;  // good news for staff (e.g. the figures were printed)
  std::optional<CounterDeskView> desk;

  bool callWasAlreadyOpen = false;

  int pinDigits = 0;  // the PIN itself never leaves the session
  PinState pinState = PinState::Entering;
  int triesLeft = 0;
  std::chrono::seconds lockRemaining{0};

  std::vector<StaffCallView> openCalls;
  struct FailedPrint {
    std::int64_t id;
    std::string code;
  };
  std::vector<FailedPrint> failedPrints;  // today's waiting tickets whose printing failed
  std::vector<DeviceView> devices;        // empty until the first check has answered
  SyncView sync;

  std::optional<std::string> error;  // shown until the screen changes
  // A plain answer on the home screen (what a scanned ticket says), until the screen changes.
  std::optional<std::string> homeMessage;
};

}  // namespace yizhan::kiosk
