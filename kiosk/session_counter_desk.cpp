// Calling from the kiosk's staff menu: one counter at a time, the same actions as the
// counter console in the browser.
#include "kiosk/session.h"

namespace yizhan::kiosk {

std::string KioskSession::problemText(QueueProblem problem) const {
  Lang lang = snap_.lang;
  switch (problem) {
    case QueueProblem::UnknownService:
    case QueueProblem::ServiceClosed:
      return std::string(text(Str::ServiceClosedNow, lang));
    case QueueProblem::DailyCapReached:
      return std::string(text(Str::ServiceCapReached, lang));
    case QueueProblem::UnknownCounter:
    case QueueProblem::CounterClosed:
      return std::string(text(Str::ProblemCounterClosed, lang));
    case QueueProblem::NothingWaiting:
      return std::string(text(Str::ProblemNothingWaiting, lang));
    case QueueProblem::NoCurrentTicket:
      return std::string(text(Str::ProblemNoCurrent, lang));
    case QueueProblem::TooFewRecalls:
      return format(Str::ProblemTooFewRecalls, lang,
                    {std::to_string(services_.queue->catalog().settings.noShowAfterRecalls)});
    case QueueProblem::NotHeld:
      return std::string(text(Str::ProblemNotHeld, lang));
    case QueueProblem::SameService:
      return std::string(text(Str::ProblemSameService, lang));
  }
  return {};
}

void KioskSession::refreshDesk() {
  nextDeskRefresh_ = services_.clock.now() + settings_.deskRefresh;
  if (!services_.queue || deskCounter_ == 0) return;
  CounterStatus st = services_.queue->counterStatus(deskCounter_);
  if (!st.counter) return;
  const ServiceCatalog& catalog = services_.queue->catalog();
  CounterDeskView v;
  v.number = st.counter->number;
  v.name = st.counter->name;
  v.open = st.open;
  v.waiting = st.waiting;
  if (st.current) {
    v.currentCode = st.current->code;
    const ServiceDef* s = catalog.service(st.current->queueService);
    v.currentService = s ? s->name : st.current->queueService;
    v.currentPriority = st.current->priority;
    v.recalls = st.current->recalls;
    v.canNoShow = st.current->recalls >= catalog.settings.noShowAfterRecalls;
    for (const ServiceDef& other : catalog.services) {
      if (other.id != st.current->queueService) v.transferTargets.push_back({other.id, other.name});
    }
  }
  for (const data::TicketRecord& h : st.held) v.held.push_back({h.id, h.code});
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
  QueueService& q = *services_.queue;
  switch (desk.action) {
    case intent::DeskAction::CallNext:
      applyDeskOutcome(q.callNext(deskCounter_).problem);
      break;
    case intent::DeskAction::Recall:
      applyDeskOutcome(q.recall(deskCounter_).problem);
      break;
    case intent::DeskAction::NoShow:
      applyDeskOutcome(q.noShow(deskCounter_).problem);
      break;
    case intent::DeskAction::Complete:
      applyDeskOutcome(q.complete(deskCounter_).problem);
      break;
    case intent::DeskAction::Hold:
      applyDeskOutcome(q.hold(deskCounter_).problem);
      break;
    case intent::DeskAction::CloseCounter:
      q.closeCounter(deskCounter_);
      handle(intent::Back{});
      break;
  }
}

void KioskSession::handle(const intent::ResumeHeld& resume) {
  if (snap_.screen != Screen::CounterDesk || !services_.queue) return;
  applyDeskOutcome(services_.queue->resume(deskCounter_, resume.ticketId).problem);
}

void KioskSession::handle(const intent::TransferTo& transfer) {
  if (snap_.screen != Screen::CounterDesk || !services_.queue) return;
  applyDeskOutcome(services_.queue->transfer(deskCounter_, transfer.serviceId).problem);
}

}  // namespace yizhan::kiosk
