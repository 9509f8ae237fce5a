#include "kiosk/queue/queue_service.h"

#include <nlohmann/json.hpp>

#include <cmath>
#include <functional>

#include "data/call_log_repository.h"
#include "data/counter_state_repository.h"
#include "data/outbox.h"
#include "kiosk/base/local_time.h"
#include "kiosk/queue/ordering_policy.h"
#include "kiosk/queue/wait_estimator.h"

namespace yizhan::kiosk {

namespace {
CallOutcome refused(QueueProblem p) {
  return {std::nullopt, p};
}

int classRank(TicketClass c) {
  switch (c) {
    case TicketClass::Appointment:
      return 0;
    case TicketClass::Priority:
      return 1;
    case TicketClass::Normal:
      return 2;
  }
  return 3;
}
}  // namespace

void QueueService::commit(data::Transaction& tx) {
  tx.commit();
  if (signal_) signal_->notify();
}

std::string QueueService::today() const {
  return formatDay(clock_.now());
}

int QueueService::minuteOfDay() const {
  LocalDateTime l = toLocal(clock_.now());
  return l.hour * 60 + l.minute;
}

std::optional<data::TicketRecord> QueueService::ticket(std::int64_t id) {
  return data::TicketRepository(db_).find(id);
}

void QueueService::event(const char* type, const data::TicketRecord& t, int counter,
                         const std::string& extraKey, const std::string& extraValue) {
  nlohmann::json payload = {{"ticket_id", t.id}, {"code", t.code}, {"service", t.queueService}};
  if (counter > 0) payload["counter"] = counter;
  if (!extraKey.empty()) payload[extraKey] = extraValue;
  data::Outbox(db_).append(type, formatIso(clock_.now()), payload.dump());
}

void QueueService::logCall(const data::TicketRecord& t, int counter, const char* kind) {
  data::CallLogRepository(db_).append({0, t.id, t.code, counter, kind, formatIso(clock_.now())});
}

std::optional<int> QueueService::estimate(const ServiceDef& service, int ahead) {
  data::TicketRepository tickets(db_);
  WaitModel model{service.defaultServiceMinutes * 60, catalog().settings.minSamples};
  std::vector<double> speeds;
  for (int counter : service.counters) {
    if (!data::CounterStateRepository(db_).isOpen(counter)) continue;
    speeds.push_back(secondsPerResident(
        tickets.recentServiceSeconds(service.id, counter, catalog().settings.sampleWindow), model));
  }
  return estimateWaitMinutes(ahead, speeds);
}

IssueOutcome QueueService::issue(const std::string& serviceId, bool priority) {
  const ServiceDef* service = catalog().service(serviceId);
  if (!service) return {std::nullopt, QueueProblem::UnknownService};
  if (!isOpenAt(*service, minuteOfDay())) return {std::nullopt, QueueProblem::ServiceClosed};
  data::TicketRepository tickets(db_);
  std::string day = today();
  // Read inside the same write transaction as the insert, so "people ahead" and the cap
  // agree with the number given out even when a counter calls at that moment.
  data::Transaction tx(db_);
  if (tickets.nextNumber(service->id, day) > service->dailyCap) {
    return {std::nullopt, QueueProblem::DailyCapReached};
  }
  int normals = tickets.waitingCount(service->id, day, false);
  int priorities = tickets.waitingCount(service->id, day, true);
  int bookings = tickets.appointmentsWaiting(service->id, day);
  int streak = tickets.normalsSincePriority(service->id, day, service->normalPerPriority);
  IssuedTicket issued;
  issued.ahead =
      peopleAhead(normals, priorities, bookings,
                  priority ? TicketClass::Priority : TicketClass::Normal, streak, *service);
  issued.waitMinutes = estimate(*service, issued.ahead);
  issued.ticket = issuer_.issueInTransaction({service->id, service->prefix}, priority);
  commit(tx);
  return {issued, std::nullopt};
}

IssuedTicket QueueService::issueBookedInTransaction(const ServiceDef& service, TimePoint bookedAt) {
  data::TicketRepository tickets(db_);
  IssuedTicket issued;
  // Bookings go in the order of their times; those checked in before count as ahead.
  issued.ahead = tickets.appointmentsWaiting(service.id, today());
  issued.waitMinutes = estimate(service, issued.ahead);
  issued.ticket = issuer_.issueInTransaction({service.id, service.prefix}, false, bookedAt);
  return issued;
}

std::vector<data::TicketRecord> QueueService::failedPrints(int limit) {
  return data::TicketRepository(db_).failedPrints(today(), limit);
}

std::optional<IssuedTicket> QueueService::forReprint(std::int64_t id) {
  data::TicketRepository tickets(db_);
  auto t = tickets.find(id);
  if (!t) return std::nullopt;
  const ServiceDef* service = catalog().service(t->queueService);
  IssuedTicket out;
  out.ticket = *t;
  out.ahead = tickets.waitingBefore(*t);
  if (service) out.waitMinutes = estimate(*service, out.ahead);
  return out;
}

std::optional<IssuedTicket> QueueService::todaysTicket(const std::string& trackingCode) {
  auto t = data::TicketRepository(db_).findByTracking(trackingCode);
  if (!t || t->day != today()) return std::nullopt;
  return forReprint(t->id);
}

DailyStats QueueService::dailyStats(std::optional<std::string> day) {
  std::string d = day.value_or(today());
  return computeDailyStats(d, data::TicketRepository(db_).ofDay(d), catalog());
}

namespace {
nlohmann::json figuresJson(const QueueFigures& f) {
  auto minutes = [](const std::optional<double>& v) -> nlohmann::json {
    return v ? nlohmann::json(std::round(*v * 10) / 10) : nlohmann::json(nullptr);
  };
  return {{"key", f.key},
          {"tickets", f.tickets},
          {"served", f.served},
          {"no_shows", f.noShows},
          {"wait_median_min", minutes(f.waitMedian)},
          {"wait_p90_min", minutes(f.waitP90)},
          {"service_median_min", minutes(f.serviceMedian)},
          {"service_p90_min", minutes(f.serviceP90)}};
}
}  // namespace

DailyStats QueueService::recordDailySummary() {
  data::Transaction tx(db_);
  DailyStats stats = dailyStats();
  nlohmann::json payload = {{"day", stats.day},
                            {"total", figuresJson(stats.total)},
                            {"services", nlohmann::json::array()},
                            {"counters", nlohmann::json::array()}};
  for (const auto& f : stats.services) payload["services"].push_back(figuresJson(f));
  for (const auto& f : stats.counters) payload["counters"].push_back(figuresJson(f));
  data::Outbox(db_).append("queue.daily_summary", formatIso(clock_.now()), payload.dump());
  commit(tx);
  return stats;
}

ServiceStatus QueueService::serviceStatus(const std::string& serviceId) {
  ServiceStatus status;
  status.service = catalog().service(serviceId);
  if (!status.service) return status;
  data::TicketRepository tickets(db_);
  std::string day = today();
  status.open = isOpenAt(*status.service, minuteOfDay());
  status.capReached = tickets.nextNumber(serviceId, day) > status.service->dailyCap;
  status.waiting = tickets.waitingCount(serviceId, day);
  status.waitMinutes = estimate(*status.service, status.waiting);
  return status;
}

CounterStatus QueueService::counterStatus(int counter) {
  CounterStatus status;
  status.counter = catalog().counter(counter);
  if (!status.counter) return status;
  data::TicketRepository tickets(db_);
  std::string day = today();
  status.open = data::CounterStateRepository(db_).isOpen(counter);
  status.current = tickets.calledAt(counter);
  status.held = tickets.heldAt(counter, day);
  for (const ServiceDef* s : catalog().servicesOf(counter)) {
    status.waiting += tickets.waitingCount(s->id, day);
  }
  return status;
}

std::optional<QueueProblem> QueueService::openCounter(int counter) {
  if (!catalog().counter(counter)) return QueueProblem::UnknownCounter;
  data::Transaction tx(db_);
  data::CounterStateRepository(db_).setOpen(counter, true, formatIso(clock_.now()));
  nlohmann::json payload = {{"counter", counter}};
  data::Outbox(db_).append("counter.opened", formatIso(clock_.now()), payload.dump());
  commit(tx);
  return std::nullopt;
}

std::optional<QueueProblem> QueueService::closeCounter(int counter) {
  if (!catalog().counter(counter)) return QueueProblem::UnknownCounter;
  data::Transaction tx(db_);
  data::CounterStateRepository(db_).setOpen(counter, false, formatIso(clock_.now()));
  nlohmann::json payload = {{"counter", counter}};
  data::Outbox(db_).append("counter.closed", formatIso(clock_.now()), payload.dump());
  commit(tx);
  return std::nullopt;
}

bool QueueService::finishCurrent(data::TicketRepository& tickets, const data::TicketRecord& current,
                                 int counter, const char* status) {
  if (!tickets.markFinished(current.id, status, epochSeconds(clock_.now()))) return false;
  event(std::string(status) == "served" ? "ticket.served" : "ticket.no_show", current, counter);
  return true;
}

CallOutcome QueueService::callNext(int counter) {
  if (!catalog().counter(counter)) return refused(QueueProblem::UnknownCounter);
  data::TicketRepository tickets(db_);
  data::Transaction tx(db_);
  if (!data::CounterStateRepository(db_).isOpen(counter))
    return refused(QueueProblem::CounterClosed);
  if (auto current = tickets.calledAt(counter)) finishCurrent(tickets, *current, counter, "served");

  std::string day = today();
  TimePoint now = clock_.now();
  // Each service the counter serves proposes its next ticket by its own policy; the counter
  // takes the most urgent class, then the earliest arrival.
  std::optional<data::TicketRecord> best;
  int bestRank = 0;
  for (const ServiceDef* service : catalog().servicesOf(counter)) {
    auto normal = tickets.head(service->id, day, false);
    auto priority = tickets.head(service->id, day, true);
    auto booked = tickets.appointmentHead(service->id, day);
    QueueHeads heads{normal.has_value(), priority.has_value(), std::nullopt};
    if (booked && booked->bookedEpoch) heads.appointmentAt = fromEpochSeconds(*booked->bookedEpoch);
    int streak = tickets.normalsSincePriority(service->id, day, service->normalPerPriority);
    auto choice = chooseNext(heads, streak, now, *service);
    if (!choice) continue;
    data::TicketRecord candidate = *choice == TicketClass::Appointment ? *booked
                                   : *choice == TicketClass::Priority  ? *priority
                                                                       : *normal;
    int rank = classRank(*choice);
    if (!best || rank < bestRank || (rank == bestRank && candidate.arrivalSeq < best->arrivalSeq)) {
      best = candidate;
      bestRank = rank;
    }
  }
  if (!best) {
    commit(tx);  // the finished ticket stays finished
    return refused(QueueProblem::NothingWaiting);
  }
  if (!tickets.markCalled(best->id, "waiting", counter, tickets.nextCallSeq(), epochSeconds(now))) {
    return refused(QueueProblem::NothingWaiting);  // not reachable under BEGIN IMMEDIATE
  }
  auto called = tickets.find(best->id);
  event("ticket.called", *called, counter);
  logCall(*called, counter, "call");
  commit(tx);
  return {called, std::nullopt};
}

CallOutcome QueueService::withCurrent(
    int counter, const std::function<std::optional<QueueProblem>(data::TicketRepository&,
                                                                 const data::TicketRecord&)>& act) {
  data::TicketRepository tickets(db_);
  data::Transaction tx(db_);
  auto current = tickets.calledAt(counter);
  if (!current) return refused(QueueProblem::NoCurrentTicket);
  if (auto problem = act(tickets, *current)) return refused(*problem);
  commit(tx);
  return {tickets.find(current->id), std::nullopt};
}

CallOutcome QueueService::recall(int counter) {
  return withCurrent(counter, [&](data::TicketRepository& tickets, const data::TicketRecord& t) {
    tickets.markRecalled(t.id);
    event("ticket.recalled", t, counter);
    logCall(t, counter, "recall");
    return std::optional<QueueProblem>();
  });
}

CallOutcome QueueService::noShow(int counter) {
  return withCurrent(counter, [&](data::TicketRepository& tickets, const data::TicketRecord& t) {
    if (t.recalls < catalog().settings.noShowAfterRecalls) {
      return std::optional(QueueProblem::TooFewRecalls);
    }
    finishCurrent(tickets, t, counter, "no_show");
    return std::optional<QueueProblem>();
  });
}

CallOutcome QueueService::complete(int counter) {
  return withCurrent(counter, [&](data::TicketRepository& tickets, const data::TicketRecord& t) {
    finishCurrent(tickets, t, counter, "served");
    return std::optional<QueueProblem>();
  });
}

CallOutcome QueueService::hold(int counter) {
  return withCurrent(counter, [&](data::TicketRepository& tickets, const data::TicketRecord& t) {
    tickets.markHeld(t.id);
    event("ticket.held", t, counter);
    return std::optional<QueueProblem>();
  });
}

CallOutcome QueueService::resume(int counter, std::int64_t ticketId) {
  data::TicketRepository tickets(db_);
  data::Transaction tx(db_);
  auto held = tickets.find(ticketId);
  if (!held || held->status != "held" || held->counter != counter) {
    return refused(QueueProblem::NotHeld);
  }
  // The counter's current resident, if any, is done: staff turn back to the held one.
  if (auto current = tickets.calledAt(counter)) finishCurrent(tickets, *current, counter, "served");
  tickets.markCalled(ticketId, "held", counter, 0, epochSeconds(clock_.now()));
  auto resumed = tickets.find(ticketId);
  event("ticket.resumed", *resumed, counter);
  logCall(*resumed, counter, "call");
  commit(tx);
  return {resumed, std::nullopt};
}

CallOutcome QueueService::transfer(int counter, const std::string& toService) {
  if (!catalog().service(toService)) return refused(QueueProblem::UnknownService);
  return withCurrent(counter, [&](data::TicketRepository& tickets, const data::TicketRecord& t) {
    if (t.queueService == toService) return std::optional(QueueProblem::SameService);
    tickets.markTransferred(t.id, toService);
    event("ticket.transferred", t, counter, "to_service", toService);
    return std::optional<QueueProblem>();
  });
}

}  // namespace yizhan::kiosk
