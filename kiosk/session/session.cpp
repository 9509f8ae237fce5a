#include "kiosk/session/session.h"

#include <cstdio>

#include "data/database.h"

namespace yizhan::kiosk {

namespace {
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
  if (phoneKeypadShown()) typePhone(key.key);
}

void KioskSession::handle(const intent::KeypadDelete&) {
  if (phoneKeypadShown() && !snap_.phoneDigits.empty()) {
    snap_.phoneDigits.pop_back();
    changed();
  }
}

void KioskSession::handle(const intent::KeypadConfirm&) {
  if (phoneKeypadShown()) confirmPhone();
}

void KioskSession::staffLoggedIn() {
  refreshStaffCalls();
  refreshDevices();
  go(Screen::StaffMenu);
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
  if (services_.checkDevices) deadline = std::min(deadline, nextDeviceCheck_);
  if (services_.sync || services_.districtSettings) {
    deadline = std::min(deadline, nextSyncRefresh_);
  }
  return deadline;
}

}  // namespace yizhan::kiosk
