#pragma once
// A flow: one feature's part of the kiosk session. It owns its screens, the intents it
// answers, what it forgets when the kiosk goes home, what 返回 does on its screens, its
// deadlines, its entries on the home screen and in the staff menu, and the cards and codes it
// takes. The session (kiosk/session/session.h) routes to flows; kiosk/features.cpp
// lists them, the one place a new flow registers.
#include <cstdint>
#include <functional>
#include <span>
#include <string>
#include <vector>

#include "drivers/idcard/identity.h"
#include "drivers/printer/printer_profile.h"
#include "drivers/printer/text_raster.h"
#include "kiosk/base/clock.h"
#include "kiosk/session/code_routes.h"
#include "kiosk/session/intents.h"
#include "kiosk/session/screen.h"
#include "kiosk/session/snapshot.h"

namespace yizhan::kiosk {

struct SessionServices;
struct SessionSettings;

// What the session lends its flows.
// A card the reader saw that the kiosk cannot use: what the resident is told, and whether
// placing it again can help (an unreadable card) or only staff can (invalid, expired, a kind of
// card the reader does not know).
struct CardRefusal {
  std::string message;
  bool tryAgain = true;
};

class FlowHost {
 public:
  virtual ~FlowHost() = default;
  virtual Snapshot& snap() = 0;
  virtual const SessionServices& services() const = 0;
  virtual const SessionSettings& settings() const = 0;
  virtual TimePoint now() const = 0;
  virtual void go(Screen screen) = 0;
  // Back to the home screen, every flow forgetting the last person.
  virtual void goHome() = 0;
  virtual void changed() = 0;
  virtual void noteActivity() = 0;
  virtual TimePoint lastActivity() const = 0;
  // Says a voice prompt; returns at once (nothing when the station has no voice).
  virtual void say(const std::string& words) = 0;
  // Back from a staff screen to the staff menu (staff stay logged in).
  virtual void toStaffMenu() = 0;
  // What the features offer a volunteer on duty (Flow::addVolunteerEntries), in flow order.
  virtual std::vector<StaffEntry> volunteerEntries(std::int64_t volunteerId) = 0;
  // The PIN was right: the staff menu, with its calls and devices read afresh.
  virtual void staffLoggedIn() = 0;
  virtual void refreshSync() = 0;
  // Prints what `compose` makes on the worker; `done` on the UI thread with the outcome.
  using Composer = std::function<std::vector<std::uint8_t>(const drivers::PrinterProfile&,
                                                           const drivers::TextRaster&)>;
  virtual void print(Composer compose,
                     std::function<void(bool printed, const std::string& problem)> done) = 0;
};

class Flow {
 public:
  virtual ~Flow() = default;
  // The screens it owns, declared in its header (namespace screens).
  virtual std::span<const Screen> shows() const = 0;
  bool owns(const Screen& screen) const {
    for (const Screen& s : shows()) {
      if (s == screen) return true;
    }
    return false;
  }
  // Takes the intent if it is one of this flow's; false offers it on.
  virtual bool handle(const Intent& intent) = 0;
  // The kiosk goes home: nothing of the last person may stay.
  virtual void forget() = 0;
  // 返回 on one of its screens; false: the session goes home.
  virtual bool back() { return false; }
  // What `screen` (one of shows()) says as it opens, its title's words first; asked as the
  // screen opens, so it can tell of what the flow has just set (the number taken). The
  // session says it and keeps it for 再听一遍.
  virtual std::string prompt(const Screen& /*screen*/) const { return {}; }
  virtual void tick(TimePoint /*now*/) {}
  // The next moment tick() may change something, if before `upTo`.
  virtual TimePoint deadline(TimePoint upTo) const { return upTo; }
  // Its tiles on the home screen, after the session's own.
  virtual void addTiles(std::vector<HomeTile>& /*tiles*/) {}
  virtual void addStaffEntries(std::vector<StaffEntry>& /*entries*/) {}
  // Its buttons on a signed-in volunteer's screen (the on-behalf requests they can take and
  // those they hold: the next feature's entry point); each opens one of its own screens.
  virtual void addVolunteerEntries(std::int64_t /*volunteerId*/,
                                   std::vector<StaffEntry>& /*entries*/) {}
  // The staff menu opens: its part of the menu read afresh.
  virtual void staffMenuShown() {}
  // A card read, or one the reader saw but could not read, while one of its screens shows.
  virtual bool cardRead(const drivers::Identity& /*card*/) { return false; }
  virtual bool cardRefused(const CardRefusal& /*refusal*/) { return false; }
  // A card read on the home screen, offered to the flows in order until one takes it.
  virtual bool cardReadOnHome(const drivers::Identity& /*card*/) { return false; }
  // A code scanned while one of its screens shows.
  virtual bool scanned(const std::string& /*code*/) { return false; }
  // The codes it takes on the home screen, by their prefix.
  virtual void declareCodes(CodeRoutes& /*routes*/) {}
};

// What went wrong, on the showing screen (until it changes) and said aloud: a card refused, a
// number not known, a request that could not be made.
inline void showProblem(FlowHost& host, const std::string& words) {
  host.snap().error = words;
  host.changed();
  host.say(words);
}

// Runs `f` on the alternative `I` of `intent`, if it is that one.
template <typename I, typename F>
bool on(const Intent& intent, F&& f) {
  if (const I* i = intent.as<I>()) {
    f(*i);
    return true;
  }
  return false;
}

// Whether `intent` is a tap on the home tile `tile`: each tile's flow takes only its own.
inline bool opensTile(const Intent& intent, TileId tile) {
  const auto* open = intent.as<intent::OpenTile>();
  return open && open->tile == tile;
}

}  // namespace yizhan::kiosk
