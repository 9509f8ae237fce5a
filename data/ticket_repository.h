#pragma once
// Queue tickets as stored. Numbers run per service per local day; the table's UNIQUE key
// makes a second ticket with the same number impossible, whatever the code above does.
// Every state change is guarded by the state it expects, so two counters racing for one
// ticket cannot both get it: the loser's update changes nothing and it tries the next.
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "data/database.h"
#include "data/guarded_transition.h"

namespace yizhan::data {

struct TicketRecord {
  std::int64_t id = 0;
  std::string service;       // the service that issued the number
  std::string queueService;  // the queue it waits in now (differs after a transfer)
  std::string day;
  int number = 0;
  std::string code;
  std::string trackingCode;
  bool priority = false;
  bool appointment = false;  // a checked-in booking: called at its booked time
  std::string issuedAt;
  std::string printStatus;
  std::string status = "waiting";  // waiting, called, held, served, no_show
  std::int64_t arrivalSeq = 0;
  std::int64_t arrivedEpoch = 0;
  std::optional<int> counter;
  int recalls = 0;
  std::optional<std::int64_t> firstCalledEpoch;
  std::optional<std::int64_t> calledEpoch;
  std::optional<std::int64_t> finishedEpoch;
  std::optional<std::int64_t> bookedEpoch;  // the booked slot's start, for a booking
};

class TicketRepository {
 public:
  explicit TicketRepository(Database& db) : db_(db), transitions_(db, "ticket") {}

  // The next number for `service` on `day`; call inside the transaction that inserts it.
  int nextNumber(const std::string& service, const std::string& day);
  // Inserts and gives the ticket its arrival order (its id).
  std::int64_t insert(const TicketRecord& ticket);
  std::optional<TicketRecord> find(std::int64_t id);
  std::optional<TicketRecord> findByTracking(const std::string& trackingCode);
  // Returns false if there is no such ticket.
  bool setPrintStatus(std::int64_t id, const std::string& status);

  // The earliest arrival waiting in `queueService` today, of one class.
  std::optional<TicketRecord> head(const std::string& queueService, const std::string& day,
                                   bool priority);
  // The waiting booking with the earliest booked time.
  std::optional<TicketRecord> appointmentHead(const std::string& queueService,
                                              const std::string& day);
  int appointmentsWaiting(const std::string& queueService, const std::string& day);
  // All waiting tickets of every class.
  int waitingCount(const std::string& queueService, const std::string& day);
  // Waiting tickets of one class (normal or priority; bookings are counted apart).
  int waitingCount(const std::string& queueService, const std::string& day, bool priority);
  // Normal tickets among the service's most recent first calls today, counted back to the
  // latest priority ticket; looks at no more than `cap` calls, and answers `cap` when none
  // of them was a priority ticket (so the day starts with priority tickets first).
  int normalsSincePriority(const std::string& queueService, const std::string& day, int cap);
  std::int64_t nextCallSeq();

  std::optional<TicketRecord> calledAt(int counter);
  std::vector<TicketRecord> heldAt(int counter, const std::string& day);

  // Every ticket of `day`, in order of issue (for the day's statistics).
  std::vector<TicketRecord> ofDay(const std::string& day);
  // Tickets of `day` whose printing failed, most recent first.
  std::vector<TicketRecord> failedPrints(const std::string& day, int limit);
  // Waiting tickets of the same queue that arrived before `ticket`.
  int waitingBefore(const TicketRecord& ticket);

  // Transitions; each returns false when the ticket was not in the expected state.
  bool markCalled(std::int64_t id, const std::string& expectedStatus, int counter,
                  std::int64_t callSeq, std::int64_t epoch);
  bool markRecalled(std::int64_t id);
  bool markFinished(std::int64_t id, const std::string& status, std::int64_t epoch);
  bool markHeld(std::int64_t id);
  bool markTransferred(std::int64_t id, const std::string& toService);

  // Seconds from call to finish of the most recent services at one counter.
  std::vector<std::int64_t> recentServiceSeconds(const std::string& queueService, int counter,
                                                 int limit);

 private:
  Database& db_;
  GuardedTransition transitions_;
};

}  // namespace yizhan::data
