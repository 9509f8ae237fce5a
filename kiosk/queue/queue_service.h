#pragma once
// The queue's domain service: taking numbers, and calling them at counters. Every change is
// one transaction with its outbox event (and, for calls, its call_log row for the display).
// Used from the kiosk's UI thread and from the counter console's thread, each with its own
// connection: BEGIN IMMEDIATE serialises them, so two counters never get one ticket.
#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "data/database.h"
#include "data/ticket_repository.h"
#include "kiosk/base/clock.h"
#include "kiosk/base/live.h"
#include "kiosk/queue/daily_stats.h"
#include "kiosk/queue/queue_signal.h"
#include "kiosk/queue/service_catalog.h"
#include "kiosk/queue/ticket_issuer.h"

namespace yizhan::kiosk {

enum class QueueProblem {
  UnknownService,
  ServiceClosed,    // outside its opening hours
  DailyCapReached,  // today's numbers are all given out
  UnknownCounter,
  CounterClosed,    // open the counter first
  NothingWaiting,   // no ticket waits for any service of the counter
  NoCurrentTicket,  // recall, hold, ... with nobody called
  TooFewRecalls,    // no-show only after the configured recalls
  NotHeld,          // resume of a ticket that is not held at this counter
  SameService,      // transfer to the service it already waits for
};

struct IssuedTicket {
  data::TicketRecord ticket;
  int ahead = 0;
  std::optional<int> waitMinutes;  // none while no counter of the service is open
};

struct IssueOutcome {
  std::optional<IssuedTicket> issued;
  std::optional<QueueProblem> problem;
};

struct CallOutcome {
  std::optional<data::TicketRecord> ticket;  // the ticket the action applied to
  std::optional<QueueProblem> problem;
};

// A service as the take-a-number screen shows it.
struct ServiceStatus {
  const ServiceDef* service = nullptr;
  bool open = false;  // within opening hours
  bool capReached = false;
  int waiting = 0;
  std::optional<int> waitMinutes;  // for a normal ticket taken now
};

struct CounterStatus {
  const CounterDef* counter = nullptr;
  bool open = false;
  std::optional<data::TicketRecord> current;
  std::vector<data::TicketRecord> held;
  int waiting = 0;  // over all services the counter serves
};

class QueueService {
 public:
  // `signal` (optional) hears of every committed change.
  QueueService(data::Database& db, const Live<ServiceCatalog>& catalog, const Clock& clock,
               QueueSignal* signal = nullptr)
      : db_(db), catalog_(catalog), clock_(clock), issuer_(db, clock), signal_(signal) {}
  // A catalog that never changes (tools, tests): the service keeps its own copy.
  QueueService(data::Database& db, ServiceCatalog catalog, const Clock& clock,
               QueueSignal* signal = nullptr)
      : db_(db),
        fixedCatalog_(std::make_unique<Live<ServiceCatalog>>(std::move(catalog))),
        catalog_(*fixedCatalog_),
        clock_(clock),
        issuer_(db, clock),
        signal_(signal) {}

  // The version in force now; take it once per operation.
  const ServiceCatalog& catalog() const { return catalog_.current(); }

  IssueOutcome issue(const std::string& serviceId, bool priority);
  // A checked-in booking's ticket, inside the caller's write transaction (which commits it
  // with the booking's own change). Not refused when closed or capped: the time was promised.
  IssuedTicket issueBookedInTransaction(const ServiceDef& service, TimePoint bookedAt);
  QueueSignal* signal() const { return signal_; }
  void recordPrint(std::int64_t ticketId, bool printed) { issuer_.recordPrint(ticketId, printed); }
  std::optional<data::TicketRecord> ticket(std::int64_t id);
  // Today's tickets still waiting whose printing failed: staff reprint them.
  std::vector<data::TicketRecord> failedPrints(int limit);
  // A stored ticket as it would be printed now (people ahead and estimate as of now).
  std::optional<IssuedTicket> forReprint(std::int64_t id);
  // Today's ticket with this tracking code (from its QR code), as of now; nullopt otherwise.
  std::optional<IssuedTicket> todaysTicket(const std::string& trackingCode);

  ServiceStatus serviceStatus(const std::string& serviceId);
  // Today's figures (or `day`'s, YYYY-MM-DD).
  DailyStats dailyStats(std::optional<std::string> day = std::nullopt);
  // Stores today's figures as an outbox event (queue.daily_summary) for the district.
  DailyStats recordDailySummary();
  CounterStatus counterStatus(int counter);

  std::optional<QueueProblem> openCounter(int counter);
  std::optional<QueueProblem> closeCounter(int counter);
  // Finishes the counter's current ticket as served, then calls the next by policy.
  CallOutcome callNext(int counter);
  CallOutcome recall(int counter);
  CallOutcome noShow(int counter);
  CallOutcome complete(int counter);
  CallOutcome hold(int counter);
  CallOutcome resume(int counter, std::int64_t ticketId);
  // Back into another service's queue, keeping its place by original arrival.
  CallOutcome transfer(int counter, const std::string& toService);

 private:
  void commit(data::Transaction& tx);
  std::string today() const;
  int minuteOfDay() const;
  std::optional<int> estimate(const ServiceDef& service, int ahead);
  void event(const char* type, const data::TicketRecord& t, int counter,
             const std::string& extraKey = {}, const std::string& extraValue = {});
  void logCall(const data::TicketRecord& t, int counter, const char* kind);
  // Runs `act` on the counter's called ticket in one transaction, committed unless it refuses.
  CallOutcome withCurrent(int counter,
                          const std::function<std::optional<QueueProblem>(
                              data::TicketRepository&, const data::TicketRecord&)>& act);
  bool finishCurrent(data::TicketRepository& tickets, const data::TicketRecord& current,
                     int counter, const char* status);

  data::Database& db_;
  std::unique_ptr<Live<ServiceCatalog>> fixedCatalog_;
  const Live<ServiceCatalog>& catalog_;
  const Clock& clock_;
  TicketIssuer issuer_;
  QueueSignal* signal_;
};

}  // namespace yizhan::kiosk
