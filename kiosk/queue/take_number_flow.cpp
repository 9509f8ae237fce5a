#include "kiosk/queue/take_number_flow.h"

#include <cstdio>

#include "drivers/speech/mandarin_text.h"
#include "kiosk/appointments/appointment_text.h"
#include "kiosk/base/local_time.h"
#include "kiosk/queue/counter_desk_view.h"
#include "kiosk/queue/queue_strings.h"
#include "kiosk/queue/ticket_printout.h"
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

// Numbers are said digit by digit, as stations call them: "A 零 一 二".
std::string spoken(const std::string& number, Lang lang) {
  return lang == Lang::Zh ? drivers::spellTicketNumber(number) : number;
}
}  // namespace

bool TakeNumberFlow::handle(const Intent& intent) {
  Snapshot& snap = host_.snap();
  if (opensTile(intent, tiles::TakeNumber)) {
    if (snap.screen == screens::Home) open();
    return true;
  }
  return on<intent::ChooseService>(intent, [&](const auto& i) { choose(i.serviceId); }) ||
         on<intent::FinishTicket>(intent,
                                  [&](const auto&) {
                                    if (snap.screen == screens::TicketTaken) host_.goHome();
                                  }) ||
         on<intent::ReprintTicket>(intent, [&](const auto& i) {
           if (snap.screen != screens::StaffMenu) return;
           if (auto issued = queue_.forReprint(i.ticketId)) print(*issued, true);
         });
}

void TakeNumberFlow::open() {
  refreshServices();
  host_.go(screens::TakeNumber);
}

void TakeNumberFlow::refreshServices() {
  Snapshot& snap = host_.snap();
  snap.part<TakeNumberPart>().services.clear();
  for (const ServiceDef& def : queue_.catalog().services) {
    ServiceStatus st = queue_.serviceStatus(def.id);
    ServiceChoice choice{def.id, def.name, st.open && !st.capReached, {}};
    std::string waiting = std::to_string(st.waiting);
    if (!st.open) {
      choice.status = format(QueueStr::ServiceClosedHours, snap.lang, {hoursText(def)});
    } else if (st.capReached) {
      choice.status = text(QueueStr::ServiceCapReached, snap.lang);
    } else if (st.waitMinutes) {
      choice.status =
          format(QueueStr::ServiceWaiting, snap.lang, {waiting, std::to_string(*st.waitMinutes)});
    } else {
      choice.status = format(QueueStr::ServiceWaitingNoCounter, snap.lang, {waiting});
    }
    snap.part<TakeNumberPart>().services.push_back(std::move(choice));
  }
}

void TakeNumberFlow::choose(const std::string& serviceId) {
  Snapshot& snap = host_.snap();
  // A second tap (the same tile twice, or two tiles at once) finds the ticket screen already
  // showing and does nothing: one tap, one number.
  if (snap.screen != screens::TakeNumber) return;
  IssueOutcome out =
      queue_.issue(serviceId, snap.part<TakeNumberPart>().residentPriority.value_or(false));
  if (out.problem) {
    refreshServices();
    snap.error = problemText(*out.problem, snap.lang, queue_.catalog().settings);
    host_.changed();
    return;
  }
  showTicket(*out.issued);
}

void TakeNumberFlow::showTicket(const IssuedTicket& issued) {
  Snapshot& snap = host_.snap();
  TakenTicket view;
  view.id = issued.ticket.id;
  view.code = issued.ticket.code;
  const ServiceDef* service = queue_.catalog().service(issued.ticket.queueService);
  view.serviceName = service ? service->name : issued.ticket.queueService;
  view.ahead = issued.ahead;
  view.waitMinutes = issued.waitMinutes;
  view.priority = issued.ticket.priority;
  if (issued.ticket.bookedEpoch) {
    view.bookedAt = clockText(fromEpochSeconds(*issued.ticket.bookedEpoch));
  }
  if (service) {
    for (int number : service->counters) {
      if (const CounterDef* counter = queue_.catalog().counter(number)) {
        view.windows.push_back(counter->name);
      }
    }
  }
  snap.part<TakeNumberPart>().ticket = view;
  forgetCard();
  host_.go(screens::TicketTaken);
  print(issued, false);
}

void TakeNumberFlow::print(const IssuedTicket& issued, bool reprint) {
  const ServiceDef* service = queue_.catalog().service(issued.ticket.queueService);
  TicketPrintout printout{host_.settings().stationName,
                          service ? service->name : issued.ticket.queueService,
                          issued.ticket.code,
                          issued.ticket.priority,
                          issued.ahead,
                          issued.waitMinutes,
                          localClock(host_.now()),
                          issued.ticket.trackingCode,
                          issued.ticket.bookedEpoch
                              ? clockText(fromEpochSeconds(*issued.ticket.bookedEpoch))
                              : std::string()};
  std::int64_t id = issued.ticket.id;
  auto finish = [this, id, reprint](bool printed, const std::string& problem) {
    queue_.recordPrint(id, printed);
    Snapshot& snap = host_.snap();
    if (reprint) {
      staffMenuShown();
      if (!printed) snap.error = problem;
      host_.changed();
      return;
    }
    if (!snap.part<TakeNumberPart>().ticket || snap.part<TakeNumberPart>().ticket->id != id)
      return;  // the resident has moved on
    // Said once printing is over, and part of the prompt from then on (再听一遍).
    std::string slip(
        text(printed ? QueueStr::TicketSpokenSlip : QueueStr::TicketSpokenNoSlip, snap.lang));
    host_.say(slip);
    snap.prompt += "。" + slip;
    snap.part<TakeNumberPart>().ticket->print = printed ? PrintState::Printed : PrintState::Failed;
    snap.part<TakeNumberPart>().ticket->printProblem = problem;
    host_.changed();
  };
  Lang lang = host_.snap().lang;
  host_.print(
      [printout, lang](const drivers::PrinterProfile& profile, const drivers::TextRaster& raster) {
        return composeTicket(printout, lang, profile, raster);
      },
      finish);
}

bool TakeNumberFlow::cardRead(const drivers::Identity& card) {
  if (host_.snap().screen != screens::TakeNumber) return false;
  takeCard(card);
  host_.say(std::string(text(*host_.snap().part<TakeNumberPart>().residentPriority
                                 ? QueueStr::CardReadPriority
                                 : QueueStr::CardReadNormal,
                             host_.snap().lang)));
  return true;
}

bool TakeNumberFlow::cardReadOnHome(const drivers::Identity& card) {
  // Remembered for a ticket taken next; forgotten if nobody goes on (tick). Said, so that
  // nobody wonders whether the tap did anything, and where to go on.
  takeCard(card);
  Snapshot& snap = host_.snap();
  snap.error.reset();
  snap.homeMessage = std::string(text(*snap.part<TakeNumberPart>().residentPriority
                                          ? QueueStr::CardReadOnHomePriority
                                          : QueueStr::CardReadOnHome,
                                      snap.lang));
  host_.say(*snap.homeMessage);
  return true;
}

void TakeNumberFlow::takeCard(const drivers::Identity& card) {
  Snapshot& snap = host_.snap();
  bool priority;
  if (residents_) {
    priority = residents_->standingOf(card).priority();
  } else {
    std::optional<int> age = ageOn(card.birthDate, toLocal(host_.now()));
    priority = age && *age >= kPriorityAge;
  }
  // Nothing of the card is kept but this one yes/no, and only until the ticket is taken.
  snap.part<TakeNumberPart>().residentPriority = priority;
  snap.part<TakeNumberPart>().cardProblem.reset();
  cardReadAt_ = host_.now();
  host_.noteActivity();
  host_.changed();
}

bool TakeNumberFlow::cardRefused(const CardRefusal& refusal) {
  Snapshot& snap = host_.snap();
  if (snap.screen != screens::TakeNumber) return false;
  // The card just placed is the one that counts: a card read before it no longer does.
  snap.part<TakeNumberPart>().residentPriority.reset();
  snap.part<TakeNumberPart>().cardProblem = refusal.message;
  host_.noteActivity();
  host_.changed();
  host_.say(refusal.message);
  return true;
}

void TakeNumberFlow::forgetCard() {
  host_.snap().part<TakeNumberPart>().residentPriority.reset();
  host_.snap().part<TakeNumberPart>().cardProblem.reset();
  cardReadAt_.reset();
}

std::string TakeNumberFlow::prompt(const Screen& screen) const {
  const Snapshot& snap = host_.snap();
  if (screen == screens::TakeNumber) return std::string(text(QueueStr::TakeNumberTitle, snap.lang));
  const auto& ticket = snap.part<TakeNumberPart>().ticket;
  if (!(screen == screens::TicketTaken) || !ticket) return {};
  // What the screen says of the wait, in words for the ear.
  std::string ahead =
      ticket->ahead > 0
          ? format(QueueStr::TicketSpokenAhead, snap.lang, {std::to_string(ticket->ahead)})
      : ticket->waitMinutes ? std::string(text(QueueStr::TicketSpokenNoneAhead, snap.lang))
                            : std::string(text(QueueStr::TicketNoneAheadNoCounter, snap.lang));
  return format(QueueStr::TicketSpoken, snap.lang, {spoken(ticket->code, snap.lang), ahead});
}

void TakeNumberFlow::forget() {
  host_.snap().part<TakeNumberPart>().ticket.reset();
  forgetCard();
}

void TakeNumberFlow::tick(TimePoint now) {
  // A card read on the home screen is forgotten if nobody goes on to take a number.
  if (cardReadAt_ && now - *cardReadAt_ >= host_.settings().inactivity) {
    forgetCard();
    host_.snap().homeMessage.reset();
    host_.changed();
  }
}

TimePoint TakeNumberFlow::deadline(TimePoint upTo) const {
  if (cardReadAt_) upTo = std::min(upTo, *cardReadAt_ + host_.settings().inactivity);
  return upTo;
}

void TakeNumberFlow::addTiles(std::vector<HomeTile>& tiles) {
  Lang lang = host_.snap().lang;
  tiles.push_back({tiles::TakeNumber, std::string(text(QueueStr::TileTakeNumber, lang)), false,
                   std::string(text(QueueStr::TileTakeNumberDetail, lang))});
}

void TakeNumberFlow::declareCodes(CodeRoutes& routes) {
  routes.declare(std::string(kTicketCodePrefix),
                 [this](const std::string& code) { showScanned(code); });
}

void TakeNumberFlow::showScanned(const std::string& code) {
  // The ticket's own QR code, scanned on the home screen: where it stands now.
  Snapshot& snap = host_.snap();
  auto issued = queue_.todaysTicket(code.substr(kTicketCodePrefix.size()));
  std::string shown, said;
  if (!issued) {
    shown = said = text(QueueStr::TicketScanNotToday, snap.lang);
  } else {
    const std::string& number = issued->ticket.code;
    QueueStr id = issued->ticket.status != "waiting" ? QueueStr::TicketScanCalled
                  : issued->ahead == 0               ? QueueStr::TicketScanNext
                                                     : QueueStr::TicketScanWaiting;
    std::string ahead = std::to_string(issued->ahead);
    shown = format(id, snap.lang, {number, ahead});
    said = format(id, snap.lang, {spoken(number, snap.lang), ahead});
  }
  snap.homeMessage = shown;
  host_.changed();
  host_.say(said);
}

void TakeNumberFlow::staffMenuShown() {
  Snapshot& snap = host_.snap();
  snap.part<TakeNumberPart>().failedPrints.clear();
  for (const data::TicketRecord& t : queue_.failedPrints(3)) {
    snap.part<TakeNumberPart>().failedPrints.push_back({t.id, t.code});
  }
}

}  // namespace yizhan::kiosk
