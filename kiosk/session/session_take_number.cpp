// The resident's way to a ticket: home → service → ticket, with an optional ID card tap
// anywhere on the way that gives priority to people aged 70 and over.
#include <cstdio>

#include "drivers/speech/mandarin_text.h"
#include "kiosk/appointments/appointment_text.h"
#include "kiosk/base/local_time.h"
#include "kiosk/residents/resident_age.h"
#include "kiosk/session/session.h"

namespace yizhan::kiosk {

namespace {
std::string hoursText(const ServiceDef& s) {
  std::string out;
  for (const OpeningSpan& span : s.hours) out += (out.empty() ? "" : " ") + formatOpeningSpan(span);
  return out;
}

std::string localClock(TimePoint t) {
  LocalDateTime l = toLocal(t);
  char text[32];
  std::snprintf(text, sizeof text, "%04d-%02d-%02d %02d:%02d", l.year, l.month, l.day, l.hour,
                l.minute);
  return text;
}
}  // namespace

std::string KioskSession::problemText(QueueProblem problem) const {
  return kiosk::problemText(problem, snap_.lang, services_.queue->catalog().settings);
}

void KioskSession::sayPrompt(const std::string& words) {
  if (services_.say) services_.say(words);
}

void KioskSession::forgetResident() {
  snap_.residentPriority.reset();
  snap_.cardReadFailed = false;
  cardReadAt_.reset();
}

void KioskSession::openTakeNumber() {
  if (!services_.queue) return;
  refreshServices();
  go(Screen::TakeNumber);
  sayPrompt(std::string(text(Str::TakeNumberTitle, snap_.lang)));
}

void KioskSession::refreshServices() {
  snap_.services.clear();
  for (const ServiceDef& def : services_.queue->catalog().services) {
    ServiceStatus st = services_.queue->serviceStatus(def.id);
    ServiceChoice choice{def.id, def.name, st.open && !st.capReached, {}};
    std::string waiting = std::to_string(st.waiting);
    if (!st.open) {
      choice.status = format(Str::ServiceClosedHours, snap_.lang, {hoursText(def)});
    } else if (st.capReached) {
      choice.status = text(Str::ServiceCapReached, snap_.lang);
    } else if (st.waitMinutes) {
      choice.status =
          format(Str::ServiceWaiting, snap_.lang, {waiting, std::to_string(*st.waitMinutes)});
    } else {
      choice.status = format(Str::ServiceWaitingNoCounter, snap_.lang, {waiting});
    }
    snap_.services.push_back(std::move(choice));
  }
}

void KioskSession::cardRead(const drivers::Identity& identity) {
  if (Flow* flow = activeFlow(); flow && flow->cardRead(identity)) return;
  if (phoneKeypadShown() && services_.personalKey) {
    noteActivity();
    PersonRef holder = personOfCard(identity, *services_.personalKey);
    if (snap_.screen == Screen::BookWho) {
      bookAs(holder);
    } else {
      checkInAs(services_.appointments->checkIn(holder));
    }
    return;
  }
  // Only on the way to a ticket; elsewhere a card means nothing yet.
  if (snap_.screen != Screen::Home && snap_.screen != Screen::TakeNumber) return;
  bool priority;
  if (services_.residents) {
    priority = services_.residents->standingOf(identity).priority();
  } else {
    std::optional<int> age = ageOn(identity.birthDate, toLocal(services_.clock.now()));
    priority = age && *age >= kPriorityAge;
  }
  // Nothing of the card is kept but this one yes/no, and only until the ticket is taken.
  snap_.residentPriority = priority;
  snap_.cardReadFailed = false;
  cardReadAt_ = services_.clock.now();
  noteActivity();
  changed();
  if (snap_.screen == Screen::TakeNumber) {
    sayPrompt(std::string(
        text(*snap_.residentPriority ? Str::CardReadPriority : Str::CardReadNormal, snap_.lang)));
  }
}

void KioskSession::cardReadFailed() {
  if (phoneKeypadShown()) {
    snap_.error = std::string(text(Str::CardReadFailed, snap_.lang));
    noteActivity();
    changed();
    sayPrompt(*snap_.error);
    return;
  }
  if (snap_.screen != Screen::TakeNumber) return;
  snap_.cardReadFailed = true;
  noteActivity();
  changed();
  sayPrompt(std::string(text(Str::CardReadFailed, snap_.lang)));
}

void KioskSession::handle(const intent::ChooseService& choose) {
  // A second tap (the same tile twice, or two tiles at once) finds the ticket screen already
  // showing and does nothing: one tap, one number.
  if (snap_.screen != Screen::TakeNumber || !services_.queue) return;
  bool priority = snap_.residentPriority.value_or(false);
  IssueOutcome out = services_.queue->issue(choose.serviceId, priority);
  if (out.problem) {
    refreshServices();
    snap_.error = problemText(*out.problem);
    changed();
    return;
  }
  const IssuedTicket& issued = *out.issued;
  const ServiceDef* service = services_.queue->catalog().service(choose.serviceId);
  TakenTicket view;
  view.id = issued.ticket.id;
  view.code = issued.ticket.code;
  view.serviceName = service->name;
  view.ahead = issued.ahead;
  view.waitMinutes = issued.waitMinutes;
  view.priority = issued.ticket.priority;
  snap_.ticket = view;
  forgetResident();
  go(Screen::TicketTaken);
  printTicket(issued, false);
}

void KioskSession::printTicket(const IssuedTicket& issued, bool reprint) {
  const ServiceDef* service = services_.queue->catalog().service(issued.ticket.queueService);
  TicketPrintout printout{settings_.stationName,
                          service ? service->name : issued.ticket.queueService,
                          issued.ticket.code,
                          issued.ticket.priority,
                          issued.ahead,
                          issued.waitMinutes,
                          localClock(services_.clock.now()),
                          issued.ticket.trackingCode,
                          issued.ticket.bookedEpoch
                              ? clockText(fromEpochSeconds(*issued.ticket.bookedEpoch))
                              : std::string()};
  std::int64_t id = issued.ticket.id;
  auto finish = [this, id, reprint, ahead = issued.ahead, code = issued.ticket.code](
                    bool printed, const std::string& problem) {
    services_.queue->recordPrint(id, printed);
    if (reprint) {
      refreshStaffCalls();
      if (!printed) snap_.error = problem;
      changed();
      return;
    }
    // Numbers are said digit by digit, as stations call them: "A 零 一 二".
    std::string spokenCode = snap_.lang == Lang::Zh ? drivers::spellTicketNumber(code) : code;
    sayPrompt(format(printed ? Str::TicketSpoken : Str::TicketSpokenNoSlip, snap_.lang,
                     {spokenCode, std::to_string(ahead)}));
    if (!snap_.ticket || snap_.ticket->id != id) return;  // the resident has moved on
    snap_.ticket->print = printed ? PrintState::Printed : PrintState::Failed;
    snap_.ticket->printProblem = problem;
    changed();
  };
  Lang lang = snap_.lang;
  printOnWorker(
      [printout, lang](const drivers::PrinterProfile& profile, const drivers::TextRaster& raster) {
        return composeTicket(printout, lang, profile, raster);
      },
      finish);
}

void KioskSession::printOnWorker(SessionServices::Composer compose,
                                 std::function<void(bool, const std::string&)> done) {
  Lang lang = snap_.lang;
  if (!services_.print) {
    done(false, std::string(text(Str::ResidentPrinterDown, lang)));
    return;
  }
  services_.worker.submit([this, compose, done, lang]() -> BackgroundWorker::Continuation {
    drivers::PrintResult result = services_.print(compose);
    std::string problem = lang == Lang::Zh ? result.health.residentZh : result.health.residentEn;
    if (!result.printed && problem.empty()) problem = text(Str::ResidentPrinterDown, lang);
    return [this, done, result, problem] {
      done(result.printed, problem);
      // A failed print is news for the staff menu too, before the next regular check.
      if (!result.printed) refreshDevices();
    };
  });
}

void KioskSession::handle(const intent::ReprintTicket& reprint) {
  if (snap_.screen != Screen::StaffMenu || !services_.queue) return;
  if (auto issued = services_.queue->forReprint(reprint.ticketId)) printTicket(*issued, true);
}

void KioskSession::handle(const intent::FinishTicket&) {
  if (snap_.screen == Screen::TicketTaken || snap_.screen == Screen::Booked) returnHome();
}

void KioskSession::showScannedTicket(const std::string& code) {
  // The ticket's own QR code, scanned on the home screen: where it stands now.
  auto issued = services_.queue->todaysTicket(code.substr(kTicketCodePrefix.size()));
  std::string shown, spoken;
  if (!issued) {
    shown = spoken = text(Str::TicketScanNotToday, snap_.lang);
  } else {
    const std::string& number = issued->ticket.code;
    Str id = issued->ticket.status != "waiting" ? Str::TicketScanCalled
             : issued->ahead == 0               ? Str::TicketScanNext
                                                : Str::TicketScanWaiting;
    std::string ahead = std::to_string(issued->ahead);
    shown = format(id, snap_.lang, {number, ahead});
    spoken = format(id, snap_.lang,
                    {snap_.lang == Lang::Zh ? drivers::spellTicketNumber(number) : number, ahead});
  }
  snap_.homeMessage = shown;
  changed();
  sayPrompt(spoken);
}

}  // namespace yizhan::kiosk
