// Calling from the kiosk's staff menu: one counter at a time, the same actions as the
// counter console in the browser.
#include <cstdio>

#include "kiosk/base/local_time.h"
#include "kiosk/queue/daily_summary_printout.h"
#include "kiosk/session/session.h"

namespace yizhan::kiosk {

std::string KioskSession::problemText(QueueProblem problem) const {
  return kiosk::problemText(problem, snap_.lang, services_.queue->catalog().settings);
}

void KioskSession::refreshDesk() {
  nextDeskRefresh_ = services_.clock.now() + settings_.deskRefresh;
  if (!services_.queue || deskCounter_ == 0) return;
  CounterStatus st = services_.queue->counterStatus(deskCounter_);
  if (!st.counter) return;
  CounterDeskView v = deskViewOf(st, services_.queue->catalog());
  if (snap_.desk == v) return;  // nothing new to draw
  snap_.desk = std::move(v);
  changed();
}

void KioskSession::applyDeskOutcome(const std::optional<QueueProblem>& problem) {
  if (problem) {
    snap_.error = problemText(*problem);
  } else {
    snap_.error.reset();
  }
  snap_.desk.reset();  // redrawn from the store
  refreshDesk();
  changed();
}

void KioskSession::handle(const intent::OpenCounterDesk& open) {
  if (snap_.screen != Screen::StaffMenu || !services_.queue) return;
  // Choosing a counter at the kiosk means staff sit down at it: it opens.
  if (auto problem = services_.queue->openCounter(open.counter)) {
    snap_.error = problemText(*problem);
    changed();
    return;
  }
  deskCounter_ = open.counter;
  snap_.desk.reset();
  go(Screen::CounterDesk);
  refreshDesk();
}

void KioskSession::handle(const intent::Desk& desk) {
  if (snap_.screen != Screen::CounterDesk || !services_.queue) return;
  auto problem = performDeskAction(*services_.queue, deskCounter_, desk.action);
  if (desk.action == intent::DeskAction::CloseCounter) {
    handle(intent::Back{});
    return;
  }
  applyDeskOutcome(problem);
}

void KioskSession::handle(const intent::ResumeHeld& resume) {
  if (snap_.screen != Screen::CounterDesk || !services_.queue) return;
  applyDeskOutcome(services_.queue->resume(deskCounter_, resume.ticketId).problem);
}

void KioskSession::handle(const intent::TransferTo& transfer) {
  if (snap_.screen != Screen::CounterDesk || !services_.queue) return;
  applyDeskOutcome(services_.queue->transfer(deskCounter_, transfer.serviceId).problem);
}

void KioskSession::handle(const intent::OpenQueueStats&) {
  if (snap_.screen != Screen::StaffMenu || !services_.queue) return;
  snap_.stats = services_.queue->dailyStats();
  snap_.notice.reset();
  go(Screen::QueueStats);
}

void KioskSession::handle(const intent::PrintDailySummary&) {
  if (snap_.screen != Screen::QueueStats || !services_.queue) return;
  // Recorded for the district when staff print it: the figures as of now.
  DailyStats stats = services_.queue->recordDailySummary();
  snap_.stats = stats;
  LocalDateTime l = toLocal(services_.clock.now());
  char at[8];
  std::snprintf(at, sizeof at, "%02d:%02d", l.hour, l.minute);
  Lang lang = snap_.lang;
  std::string station = settings_.stationName, printedAt = at;
  printOnWorker(
      [stats, station, printedAt, lang](const drivers::PrinterProfile& profile,
                                        const drivers::TextRaster& raster) {
        return composeDailySummary(stats, station, printedAt, lang, profile, raster);
      },
      [this](bool printed, const std::string& problem) {
        if (snap_.screen != Screen::QueueStats) return;
        if (printed) {
          snap_.notice = std::string(text(Str::StatsPrinted, snap_.lang));
        } else {
          snap_.error = problem;
        }
        changed();
      });
  changed();
}

}  // namespace yizhan::kiosk
