#include "kiosk/session/session.h"

#include <cstdio>

#include "data/database.h"
#include "kiosk/staff/pin_hasher.h"

namespace yizhan::kiosk {

namespace {
constexpr size_t kMaxPinDigits = 8;
constexpr size_t kMinPinDigits = 4;
constexpr auto kFirstDeviceCheck = std::chrono::seconds(2);

TimePoint startOfNextMinute(TimePoint t) {
  auto minutes = std::chrono::floor<std::chrono::minutes>(t.time_since_epoch());
  return TimePoint(minutes + std::chrono::minutes(1));
}
}  // namespace

KioskSession::KioskSession(SessionServices services, SessionSettings settings)
    : services_(services), settings_(std::move(settings)) {
  snap_.lang = settings_.lang;
  snap_.stationName = settings_.stationName;
  snap_.stationId = settings_.stationId;
  snap_.appVersion = settings_.appVersion;
  snap_.schemaVersion = settings_.schemaVersion;
  snap_.now = services_.clock.now();
  flows_ = makeFlows(*this, services_);
  rebuildFromCatalog();
  refreshDistrictSettings();
  declareCodes();
  lastActivity_ = snap_.now;
  // The first device check waits until the home screen is up: opening the devices (fonts,
  // speech data, links) would otherwise compete with the first frame for the CPU.
  nextDeviceCheck_ = snap_.now + kFirstDeviceCheck;
}

void KioskSession::rebuildFromCatalog() {
  snap_.tiles.clear();
  snap_.counters.clear();
  if (services_.queue) {
    catalogShown_ = &services_.queue->catalog();
    snap_.tiles.push_back({TileId::TakeNumber, Str::TileTakeNumber, false});
    if (appointmentsOffered()) {
      snap_.tiles.push_back({TileId::Appointment, Str::TileAppointment, false});
      snap_.tiles.push_back({TileId::CheckIn, Str::TileCheckIn, false});
    }
    for (const CounterDef& c : catalogShown_->counters) {
      snap_.counters.push_back({c.number, c.name});
    }
  }
  for (auto& flow : flows_) flow->addTiles(snap_.tiles);
  rebuildStaffEntries();
}

void KioskSession::rebuildStaffEntries() {
  snap_.staffEntries.clear();
  for (auto& flow : flows_) flow->addStaffEntries(snap_.staffEntries);
}

Flow* KioskSession::activeFlow() const {
  for (const auto& flow : flows_) {
    if (flow->owns(snap_.screen)) return flow.get();
  }
  return nullptr;
}

void KioskSession::toStaffMenu() {
  snap_.notice.reset();
  refreshStaffCalls();
  go(Screen::StaffMenu);
}

void KioskSession::dispatch(const Intent& intent) {
  noteActivity();
  try {
    for (auto& flow : flows_) {
      if (flow->handle(intent)) return;
    }
    std::visit([this](const auto& i) { handle(i); }, intent);
  } catch (const data::StoreError& e) {
    // The resident sees a plain message; staff find the detail in the log.
    std::fprintf(stderr, "yizhan: store error: %s\n", e.what());
    snap_.error = std::string(
        text(e.kind() == data::StoreError::Kind::Full ? Str::StoreFull : Str::StoreWriteFailed,
             snap_.lang));
    changed();
  }
}

void KioskSession::noteActivity() {
  lastActivity_ = services_.clock.now();
}

void KioskSession::go(Screen screen) {
  snap_.screen = screen;
  snap_.error.reset();
  snap_.homeMessage.reset();
  changed();
  if (screen == Screen::StaffMenu) refreshSync();  // staff see the sync line at once
}

void KioskSession::returnHome() {
  pin_.clear();
  ++pinAttempt_;
  snap_.pinDigits = 0;
  snap_.pinState = PinState::Entering;
  snap_.openCalls.clear();
  snap_.ticket.reset();
  snap_.booking.reset();
  snap_.booked.reset();
  snap_.bookingDays.clear();
  snap_.slots.clear();
  snap_.phoneDigits.clear();
  snap_.desk.reset();
  snap_.stats.reset();
  snap_.notice.reset();
  for (auto& flow : flows_) flow->forget();
  forgetResident();
  lockedUntil_.reset();
  go(Screen::Home);
}

void KioskSession::handle(const intent::OpenTile& open) {
  // The session's own tiles, only on home (calling staff is a flow's, kiosk/staff/).
  if (snap_.screen != Screen::Home) return;
  switch (open.tile) {
    case TileId::TakeNumber:
      openTakeNumber();
      break;
    case TileId::Appointment:
      openBooking();
      break;
    case TileId::CheckIn:
      openCheckIn();
      break;
    case TileId::CallStaff:
      break;
  }
}

void KioskSession::handle(const intent::OpenStaffLogin&) {
  if (snap_.screen != Screen::Home) return;
  pin_.clear();
  snap_.pinDigits = 0;
  snap_.pinState = PinState::Entering;
  if (auto left = services_.auth.lockRemaining()) {
    applyPinResult({PinOutcome::Locked, 0, *left});
  } else if (!services_.auth.hasPin()) {
    snap_.pinState = PinState::NotSet;
  }
  go(Screen::StaffPin);
}

void KioskSession::handle(const intent::Back&) {
  if (Flow* flow = activeFlow(); flow && flow->back()) return;
  // Booking steps go back one step, keeping what was chosen before.
  if (snap_.screen == Screen::BookWho && snap_.booking) {
    snap_.phoneDigits.clear();
    showBookingDay(snap_.booking->day);
    go(Screen::BookSlot);
    return;
  }
  if (snap_.screen == Screen::BookSlot) {
    openBooking();
    return;
  }
  if (snap_.screen != Screen::Home) returnHome();
}

void KioskSession::handle(const intent::KeypadKey& key) {
  if (phoneKeypadShown()) {
    typePhone(key.key);
    return;
  }
  if (snap_.screen != Screen::StaffPin) return;
  if (snap_.pinState == PinState::Verifying || snap_.pinState == PinState::Locked ||
      snap_.pinState == PinState::NotSet) {
    return;
  }
  if (key.key < '0' || key.key > '9' || pin_.size() >= kMaxPinDigits) return;
  pin_ += key.key;
  snap_.pinDigits = static_cast<int>(pin_.size());
  if (snap_.pinState == PinState::Wrong) snap_.pinState = PinState::Entering;
  changed();
}

void KioskSession::handle(const intent::KeypadDelete&) {
  if (phoneKeypadShown() && !snap_.phoneDigits.empty()) {
    snap_.phoneDigits.pop_back();
    changed();
    return;
  }
  if (snap_.screen != Screen::StaffPin || pin_.empty()) return;
  if (snap_.pinState == PinState::Verifying) return;
  pin_.pop_back();
  snap_.pinDigits = static_cast<int>(pin_.size());
  changed();
}

void KioskSession::handle(const intent::KeypadConfirm&) {
  if (phoneKeypadShown()) {
    confirmPhone();
    return;
  }
  if (snap_.screen != Screen::StaffPin || snap_.pinState == PinState::Verifying) return;
  if (pin_.size() < kMinPinDigits) return;
  StaffAuth::Attempt attempt = services_.auth.begin();
  if (attempt.refused) {
    applyPinResult(*attempt.refused);
    return;
  }
  std::string pin = std::move(pin_);
  pin_.clear();
  snap_.pinDigits = 0;
  snap_.pinState = PinState::Verifying;
  changed();
  std::uint64_t token = ++pinAttempt_;
  services_.worker.submit([this, hash = *attempt.hash, pin = std::move(pin), token]() {
    bool matched = pinMatches(hash, pin);
    return [this, matched, token]() {
      try {
        // Recorded even if the resident walked away: every failure counts toward the lock.
        PinResult result = services_.auth.finish(matched);
        if (token == pinAttempt_ && snap_.screen == Screen::StaffPin) applyPinResult(result);
      } catch (const data::StoreError& e) {
        std::fprintf(stderr, "yizhan: store error: %s\n", e.what());
        snap_.error = std::string(text(Str::StoreWriteFailed, snap_.lang));
        snap_.pinState = PinState::Entering;
        changed();
      }
    };
  });
}

void KioskSession::applyPinResult(const PinResult& result) {
  switch (result.outcome) {
    case PinOutcome::Accepted:
      snap_.pinState = PinState::Entering;
      refreshStaffCalls();
      refreshDevices();
      go(Screen::StaffMenu);
      return;
    case PinOutcome::Wrong:
      snap_.pinState = PinState::Wrong;
      snap_.triesLeft = result.triesLeft;
      break;
    case PinOutcome::Locked:
      snap_.pinState = PinState::Locked;
      snap_.lockRemaining = result.lockRemaining;
      lockedUntil_ = services_.clock.now() + result.lockRemaining;
      break;
    case PinOutcome::NotSet:
      snap_.pinState = PinState::NotSet;
      break;
  }
  changed();
}

void KioskSession::handle(const intent::HandleStaffCall& call) {
  if (snap_.screen != Screen::StaffMenu) return;
  services_.calls.handle(call.id);
  refreshStaffCalls();
  changed();
}

void KioskSession::handle(const intent::Logout&) {
  if (snap_.screen == Screen::StaffMenu) returnHome();
}

void KioskSession::refreshStaffCalls() {
  snap_.openCalls = services_.calls.open();
  snap_.failedPrints.clear();
  if (services_.queue) {
    for (const data::TicketRecord& t : services_.queue->failedPrints(3)) {
      snap_.failedPrints.push_back({t.id, t.code});
    }
  }
}

void KioskSession::refreshDevices() {
  if (!services_.checkDevices || deviceCheckRunning_) return;
  deviceCheckRunning_ = true;
  nextDeviceCheck_ = services_.clock.now() + settings_.deviceCheckInterval;
  // Printer and reader answer within a second; the menu shows "checking" until then.
  services_.worker.submit([this] {
    std::vector<DeviceView> devices = services_.checkDevices();
    return [this, devices = std::move(devices)]() mutable {
      deviceCheckRunning_ = false;
      if (devices == snap_.devices) return;  // nothing new to draw
      snap_.devices = std::move(devices);
      snap_.printerDown.reset();
      snap_.readerDown.reset();
      for (const DeviceView& d : snap_.devices) {
        if (d.state != drivers::HealthState::Fault) continue;
        if (d.kind == DeviceKind::Printer) snap_.printerDown = d.residentMessage;
        if (d.kind == DeviceKind::CardReader) snap_.readerDown = d.residentMessage;
      }
      changed();
    };
  });
}

void KioskSession::tick() {
  services_.worker.drain();
  TimePoint now = services_.clock.now();
  if (snap_.screen != Screen::Home && now - lastActivity_ >= settings_.inactivity) {
    returnHome();
  }
  bool doneScreen = snap_.screen == Screen::TicketTaken || snap_.screen == Screen::Booked;
  if (doneScreen && now - lastActivity_ >= settings_.ticketScreen) {
    returnHome();
  }
  // A card read on the home screen is forgotten if nobody goes on to take a number.
  if (cardReadAt_ && now - *cardReadAt_ >= settings_.inactivity) {
    forgetResident();
    changed();
  }
  for (auto& flow : flows_) flow->tick(now);
  if (lockedUntil_) {
    auto left = std::chrono::ceil<std::chrono::seconds>(*lockedUntil_ - now);
    if (left.count() <= 0) {
      lockedUntil_.reset();
      if (snap_.pinState == PinState::Locked) snap_.pinState = PinState::Entering;
      snap_.now = now;
      changed();
    } else if (left != snap_.lockRemaining) {
      snap_.lockRemaining = left;
      snap_.now = now;
      changed();
    }
  }
  if (std::chrono::floor<std::chrono::minutes>(now) !=
      std::chrono::floor<std::chrono::minutes>(snap_.now)) {
    snap_.now = now;
    changed();
    sweepMissedBookings();
  }
  // Devices are asked regularly, not only when staff look: a printer that ran out of paper
  // overnight shows before the first resident needs it.
  if (now >= nextDeviceCheck_) refreshDevices();
  if (now >= nextSyncRefresh_) refreshSync();
}

TimePoint KioskSession::nextDeadline() const {
  TimePoint deadline = startOfNextMinute(snap_.now);
  if (snap_.screen != Screen::Home)
    deadline = std::min(deadline, lastActivity_ + settings_.inactivity);
  if (snap_.screen == Screen::TicketTaken || snap_.screen == Screen::Booked)
    deadline = std::min(deadline, lastActivity_ + settings_.ticketScreen);
  if (cardReadAt_) deadline = std::min(deadline, *cardReadAt_ + settings_.inactivity);
  for (const auto& flow : flows_) deadline = flow->deadline(deadline);
  if (lockedUntil_) deadline = std::min(deadline, services_.clock.now() + std::chrono::seconds(1));
  if (services_.checkDevices) deadline = std::min(deadline, nextDeviceCheck_);
  if (services_.sync || services_.districtSettings) {
    deadline = std::min(deadline, nextSyncRefresh_);
  }
  return deadline;
}

}  // namespace yizhan::kiosk
