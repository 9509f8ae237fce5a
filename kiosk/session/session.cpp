#include "kiosk/session/session.h"

#include <algorithm>
#include <cstdio>

#include "data/database.h"
#include "kiosk/base/local_time.h"
#include "kiosk/devices/device_strings.h"
#include "kiosk/session/home_strings.h"

namespace yizhan::kiosk {

namespace {
constexpr auto kFirstDeviceCheck = std::chrono::seconds(2);

Str refusalText(drivers::CardProblem problem) {
  switch (problem) {
    case drivers::CardProblem::Unreadable:
      return Str::CardReadFailed;
    case drivers::CardProblem::Invalid:
      return Str::CardInvalid;
    case drivers::CardProblem::Unsupported:
      return Str::CardUnsupported;
    case drivers::CardProblem::Expired:
      return Str::CardExpired;
  }
  return Str::CardReadFailed;
}

// Valid until a day before today; 长期 (for life) and unreadable dates never expire here.
bool cardExpired(const drivers::Identity& card, const LocalDateTime& today) {
  if (card.validUntil.size() != 8 || !drivers::validDate(card.validUntil)) return false;
  char now[16];
  std::snprintf(now, sizeof now, "%04d%02d%02d", today.year, today.month, today.day);
  return card.validUntil < now;
}

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
  snap_.prompt = homePrompt();
  rebuildFromCatalog();
  refreshDistrictSettings();
  for (auto& flow : flows_) flow->declareCodes(codes_);
  lastActivity_ = snap_.now;
  // The first device check waits until the home screen is up: opening the devices (fonts,
  // speech data, links) would otherwise compete with the first frame for the CPU.
  nextDeviceCheck_ = snap_.now + kFirstDeviceCheck;
}

void KioskSession::rebuildFromCatalog() {
  snap_.tiles.clear();
  if (services_.queue) catalogShown_ = &services_.queue->catalog();
  for (auto& flow : flows_) flow->addTiles(snap_.tiles);
  // Residents find the tiles in one order whatever order the flows registered in.
  std::stable_sort(snap_.tiles.begin(), snap_.tiles.end(),
                   [](const HomeTile& a, const HomeTile& b) { return a.id.order < b.id.order; });
  rebuildStaffEntries();
}

void KioskSession::rebuildStaffEntries() {
  snap_.staffEntries.clear();
  for (auto& flow : flows_) flow->addStaffEntries(snap_.staffEntries);
}

std::vector<Screen> KioskSession::screens() const {
  std::vector<Screen> all{screens::Home, screens::StaffMenu};
  for (const auto& flow : flows_) {
    for (const Screen& s : flow->shows()) {
      if (!s.name.empty() && !(s == screens::StaffMenu)) all.push_back(s);
    }
  }
  return all;
}

Flow* KioskSession::activeFlow() const {
  for (const auto& flow : flows_) {
    if (flow->owns(snap_.screen)) return flow.get();
  }
  return nullptr;
}

void KioskSession::toStaffMenu() {
  snap_.notice.reset();
  staffMenuShown();
  go(screens::StaffMenu);
}

void KioskSession::staffMenuShown() {
  for (auto& flow : flows_) flow->staffMenuShown();
  // Entries may carry counts (志愿时长确认（2）): read afresh with the rest of the menu.
  rebuildStaffEntries();
}

void KioskSession::say(const std::string& words) {
  if (services_.say) services_.say(words, false);
}

void KioskSession::dispatch(const Intent& intent) {
  noteActivity();
  if (intent.as<intent::HearAgain>()) {
    if (!snap_.prompt.empty()) say(snap_.prompt);
    return;
  }
  try {
    // The flow whose screen shows first (two flows may answer the same intent, e.g. 好的 on
    // the ticket and on the booking slip), then the others in order.
    Flow* active = activeFlow();
    if (active && active->handle(intent)) return;
    for (auto& flow : flows_) {
      if (flow.get() != active && flow->handle(intent)) return;
    }
    if (intent.as<intent::Back>()) back();
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
  show(screen, true);
}

std::string KioskSession::homePrompt() const {
  return format(HomeStr::HomeSpoken, snap_.lang, {snap_.stationName});
}

void KioskSession::show(Screen screen, bool spoken) {
  snap_.screen = screen;
  snap_.error.reset();
  snap_.homeMessage.reset();
  Flow* flow = activeFlow();
  snap_.prompt = screen == screens::Home ? homePrompt() : flow ? flow->prompt(screen) : "";
  if (spoken && !snap_.prompt.empty() && services_.say) services_.say(snap_.prompt, true);
  changed();
  if (screen == screens::StaffMenu) refreshSync();  // staff see the sync line at once
}

void KioskSession::goHome() {
  showHome(true);
}

void KioskSession::showHome(bool spoken) {
  snap_.notice.reset();
  for (auto& flow : flows_) flow->forget();
  show(screens::Home, spoken);
}

void KioskSession::back() {
  if (Flow* flow = activeFlow(); flow && flow->back()) return;
  if (snap_.screen != screens::Home) goHome();
}

void KioskSession::staffLoggedIn() {
  staffMenuShown();
  refreshDevices();
  go(screens::StaffMenu);
}

void KioskSession::cardRead(const drivers::Identity& identity) {
  // An expired card is refused here, once for every feature: the kiosk knows the date, the
  // reader does not.
  if (cardExpired(identity, toLocal(services_.clock.now()))) {
    cardRefused(drivers::CardProblem::Expired);
    return;
  }
  // The screen showing first; on the home screen, the flows in order; elsewhere a card means
  // nothing.
  if (Flow* flow = activeFlow(); flow && flow->cardRead(identity)) return;
  if (snap_.screen != screens::Home) return;
  for (auto& flow : flows_) {
    if (flow->cardReadOnHome(identity)) return;
  }
}

void KioskSession::cardRefused(drivers::CardProblem problem) {
  CardRefusal refusal{std::string(text(refusalText(problem), snap_.lang)),
                      problem == drivers::CardProblem::Unreadable};
  if (Flow* flow = activeFlow(); flow && flow->cardRefused(refusal)) return;
  // On the home screen the resident is told too: a tap that seems to do nothing is tried
  // again and again, or given up.
  if (snap_.screen != screens::Home) return;
  noteActivity();
  snap_.homeMessage.reset();
  snap_.error = refusal.message;
  changed();
  say(*snap_.error);
}

void KioskSession::scanned(const std::string& code) {
  if (Flow* flow = activeFlow(); flow && flow->scanned(code)) return;
  // Elsewhere a scan is ignored: a resident half-way through something else.
  if (snap_.screen != screens::Home) return;
  noteActivity();
  if (codes_.route(code)) return;
  // A code of nobody's here (a payment code, a volunteer card before that feature exists):
  // said plainly, and the resident stays where they are.
  snap_.error = std::string(text(HomeStr::ScanUnknown, snap_.lang));
  changed();
  say(*snap_.error);
}

void KioskSession::printOnWorker(SessionServices::Composer compose,
                                 std::function<void(bool, const std::string&)> done) {
  Lang lang = snap_.lang;
  if (!services_.print) {
    done(false, std::string(text(DeviceStr::ResidentPrinterDown, lang)));
    return;
  }
  services_.worker.submit([this, compose, done, lang]() -> BackgroundWorker::Continuation {
    drivers::PrintResult result = services_.print(compose);
    std::string problem = lang == Lang::Zh ? result.health.residentZh : result.health.residentEn;
    if (!result.printed && problem.empty()) problem = text(DeviceStr::ResidentPrinterDown, lang);
    return [this, done, result, problem] {
      done(result.printed, problem);
      // A failed print is news for the staff menu too, before the next regular check.
      if (!result.printed) refreshDevices();
    };
  });
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

std::vector<StaffEntry> KioskSession::volunteerEntries(std::int64_t volunteerId) {
  std::vector<StaffEntry> entries;
  for (auto& flow : flows_) flow->addVolunteerEntries(volunteerId, entries);
  return entries;
}

void KioskSession::tick() {
  services_.worker.drain();
  TimePoint now = services_.clock.now();
  if (snap_.screen != screens::Home && now - lastActivity_ >= settings_.inactivity) showHome(false);
  if (snap_.screen.done && now - lastActivity_ >= settings_.ticketScreen) showHome(false);
  for (auto& flow : flows_) flow->tick(now);
  if (std::chrono::floor<std::chrono::minutes>(now) !=
      std::chrono::floor<std::chrono::minutes>(snap_.now)) {
    snap_.now = now;
    changed();
  }
  // Devices are asked regularly, not only when staff look: a printer that ran out of paper
  // overnight shows before the first resident needs it.
  if (now >= nextDeviceCheck_) refreshDevices();
  if (now >= nextSyncRefresh_) refreshSync();
}

TimePoint KioskSession::nextDeadline() const {
  TimePoint deadline = startOfNextMinute(snap_.now);
  if (snap_.screen != screens::Home)
    deadline = std::min(deadline, lastActivity_ + settings_.inactivity);
  if (snap_.screen.done) deadline = std::min(deadline, lastActivity_ + settings_.ticketScreen);
  for (const auto& flow : flows_) deadline = flow->deadline(deadline);
  if (services_.checkDevices) deadline = std::min(deadline, nextDeviceCheck_);
  if (services_.sync || services_.districtSettings) {
    deadline = std::min(deadline, nextSyncRefresh_);
  }
  return deadline;
}

}  // namespace yizhan::kiosk
