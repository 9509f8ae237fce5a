#include "kiosk/queue/counter_desk_view.h"

#include "kiosk/appointments/appointment_text.h"
#include "kiosk/base/local_time.h"
#include "kiosk/queue/queue_strings.h"

namespace yizhan::kiosk {

CounterDeskView deskViewOf(const CounterStatus& st, const ServiceCatalog& catalog) {
  CounterDeskView v;
  if (!st.counter) return v;
  v.number = st.counter->number;
  v.name = st.counter->name;
  v.open = st.open;
  v.waiting = st.waiting;
  if (st.current) {
    v.currentCode = st.current->code;
    const ServiceDef* s = catalog.service(st.current->queueService);
    v.currentService = s ? s->name : st.current->queueService;
    v.currentPriority = st.current->priority;
    if (st.current->bookedEpoch) {
      v.currentBookedAt = clockText(fromEpochSeconds(*st.current->bookedEpoch));
    }
    v.recalls = st.current->recalls;
    v.canNoShow = st.current->recalls >= catalog.settings.noShowAfterRecalls;
    for (const ServiceDef& other : catalog.services) {
      if (other.id != st.current->queueService) v.transferTargets.push_back({other.id, other.name});
    }
  }
  for (const data::TicketRecord& h : st.held) v.held.push_back({h.id, h.code});
  return v;
}

std::optional<QueueProblem> performDeskAction(QueueService& queue, int counter,
                                              intent::DeskAction action) {
  switch (action) {
    case intent::DeskAction::CallNext:
      return queue.callNext(counter).problem;
    case intent::DeskAction::Recall:
      return queue.recall(counter).problem;
    case intent::DeskAction::NoShow:
      return queue.noShow(counter).problem;
    case intent::DeskAction::Complete:
      return queue.complete(counter).problem;
    case intent::DeskAction::Hold:
      return queue.hold(counter).problem;
    case intent::DeskAction::CloseCounter:
      return queue.closeCounter(counter);
  }
  return std::nullopt;
}

std::string problemText(QueueProblem problem, Lang lang, const QueueSettings& settings) {
  switch (problem) {
    case QueueProblem::UnknownService:
    case QueueProblem::ServiceClosed:
      return std::string(text(QueueStr::ServiceClosedNow, lang));
    case QueueProblem::DailyCapReached:
      return std::string(text(QueueStr::ServiceCapReached, lang));
    case QueueProblem::UnknownCounter:
    case QueueProblem::CounterClosed:
      return std::string(text(QueueStr::ProblemCounterClosed, lang));
    case QueueProblem::NothingWaiting:
      return std::string(text(QueueStr::ProblemNothingWaiting, lang));
    case QueueProblem::NoCurrentTicket:
      return std::string(text(QueueStr::ProblemNoCurrent, lang));
    case QueueProblem::TooFewRecalls:
      return format(QueueStr::ProblemTooFewRecalls, lang,
                    {std::to_string(settings.noShowAfterRecalls)});
    case QueueProblem::NotHeld:
      return std::string(text(QueueStr::ProblemNotHeld, lang));
    case QueueProblem::SameService:
      return std::string(text(QueueStr::ProblemSameService, lang));
  }
  return {};
}

}  // namespace yizhan::kiosk
