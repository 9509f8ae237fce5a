#include "data/ticket_repository.h"

#include <sqlite3.h>

namespace yizhan::data {

namespace {
constexpr const char* kColumns =
    "id, service, queue_service, day, number, code, tracking_code, priority, issued_at, "
    "print_status, status, arrival_seq, arrived_epoch, counter, recalls, first_called_epoch, "
    "called_epoch, finished_epoch, booked_epoch";

// ticket.priority holds the class: 0 normal, 1 priority, 2 a checked-in booking.
constexpr int kAppointmentClass = 2;

TicketRecord readTicket(const Statement& s) {
  TicketRecord t;
  t.id = s.columnInt(0);
  t.service = s.columnText(1);
  t.queueService = s.columnText(2);
  t.day = s.columnText(3);
  t.number = static_cast<int>(s.columnInt(4));
  t.code = s.columnText(5);
  t.trackingCode = s.columnText(6);
  t.priority = s.columnInt(7) == 1;
  t.appointment = s.columnInt(7) == kAppointmentClass;
  t.issuedAt = s.columnText(8);
  t.printStatus = s.columnText(9);
  t.status = s.columnText(10);
  t.arrivalSeq = s.columnInt(11);
  t.arrivedEpoch = s.columnInt(12);
  if (auto c = s.columnOptionalInt(13)) t.counter = static_cast<int>(*c);
  t.recalls = static_cast<int>(s.columnInt(14));
  t.firstCalledEpoch = s.columnOptionalInt(15);
  t.calledEpoch = s.columnOptionalInt(16);
  t.finishedEpoch = s.columnOptionalInt(17);
  t.bookedEpoch = s.columnOptionalInt(18);
  return t;
}

std::string select(const char* rest) {
  return std::string("SELECT ") + kColumns + " FROM ticket " + rest;
}

std::optional<TicketRecord> one(Statement& stmt) {
  if (!stmt.step()) return std::nullopt;
  return readTicket(stmt);
}

CallRecord readCall(const Statement& s) {
  return {s.columnInt(0),  s.columnInt(1), s.columnText(2), static_cast<int>(s.columnInt(3)),
          s.columnText(4), s.columnText(5)};
}
}  // namespace

int TicketRepository::nextNumber(const std::string& service, const std::string& day) {
  auto stmt = db_.prepare(
      "SELECT COALESCE(MAX(number), 0) + 1 FROM ticket "
      "WHERE service = ?1 AND day = ?2");
  stmt.bind(1, service).bind(2, day);
  stmt.step();
  return static_cast<int>(stmt.columnInt(0));
}

std::int64_t TicketRepository::insert(const TicketRecord& t) {
  db_.prepare(
         "INSERT INTO ticket (service, queue_service, day, number, code, tracking_code, "
         "priority, issued_at, print_status, status, arrived_epoch, booked_epoch) "
         "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, 'waiting', ?10, ?11)")
      .bind(1, t.service)
      .bind(2, t.queueService.empty() ? t.service : t.queueService)
      .bind(3, t.day)
      .bind(4, t.number)
      .bind(5, t.code)
      .bind(6, t.trackingCode)
      .bind(7, t.appointment ? kAppointmentClass
               : t.priority  ? 1
                             : 0)
      .bind(8, t.issuedAt)
      .bind(9, t.printStatus.empty() ? std::string("pending") : t.printStatus)
      .bind(10, t.arrivedEpoch)
      .bind(11, t.bookedEpoch)
      .run();
  std::int64_t id = db_.lastInsertRowId();
  db_.prepare("UPDATE ticket SET arrival_seq = id WHERE id = ?1").bind(1, id).run();
  return id;
}

std::optional<TicketRecord> TicketRepository::find(std::int64_t id) {
  auto stmt = db_.prepare(select("WHERE id = ?1"));
  stmt.bind(1, id);
  return one(stmt);
}

std::optional<TicketRecord> TicketRepository::findByTracking(const std::string& trackingCode) {
  auto stmt = db_.prepare(select("WHERE tracking_code = ?1"));
  stmt.bind(1, trackingCode);
  return one(stmt);
}

bool TicketRepository::setPrintStatus(std::int64_t id, const std::string& status) {
  db_.prepare("UPDATE ticket SET print_status = ?1 WHERE id = ?2")
      .bind(1, status)
      .bind(2, id)
      .run();
  return sqlite3_changes(db_.raw()) > 0;
}

std::optional<TicketRecord> TicketRepository::head(const std::string& queueService,
                                                   const std::string& day, bool priority) {
  auto stmt = db_.prepare(
      select("WHERE queue_service = ?1 AND day = ?2 AND status = 'waiting' AND priority = ?3 "
             "ORDER BY arrival_seq LIMIT 1"));
  stmt.bind(1, queueService).bind(2, day).bind(3, priority ? 1 : 0);
  return one(stmt);
}

std::optional<TicketRecord> TicketRepository::appointmentHead(const std::string& queueService,
                                                              const std::string& day) {
  // Few bookings wait at once: ordering them by booked time needs no index of its own.
  auto stmt = db_.prepare(
      select("WHERE queue_service = ?1 AND day = ?2 AND status = 'waiting' AND priority = ?3 "
             "ORDER BY booked_epoch, arrival_seq LIMIT 1"));
  stmt.bind(1, queueService).bind(2, day).bind(3, kAppointmentClass);
  return one(stmt);
}

int TicketRepository::appointmentsWaiting(const std::string& queueService, const std::string& day) {
  auto stmt = db_.prepare(
      "SELECT COUNT(*) FROM ticket WHERE queue_service = ?1 AND day = ?2 AND status = 'waiting' "
      "AND priority = ?3");
  stmt.bind(1, queueService).bind(2, day).bind(3, kAppointmentClass);
  stmt.step();
  return static_cast<int>(stmt.columnInt(0));
}

int TicketRepository::waitingCount(const std::string& queueService, const std::string& day) {
  auto stmt = db_.prepare(
      "SELECT COUNT(*) FROM ticket WHERE queue_service = ?1 AND day = ?2 AND status = 'waiting'");
  stmt.bind(1, queueService).bind(2, day);
  stmt.step();
  return static_cast<int>(stmt.columnInt(0));
}

int TicketRepository::waitingCount(const std::string& queueService, const std::string& day,
                                   bool priority) {
  auto stmt = db_.prepare(
      "SELECT COUNT(*) FROM ticket WHERE queue_service = ?1 AND day = ?2 AND status = 'waiting' "
      "AND priority = ?3");
  stmt.bind(1, queueService).bind(2, day).bind(3, priority ? 1 : 0);
  stmt.step();
  return static_cast<int>(stmt.columnInt(0));
}

int TicketRepository::normalsSincePriority(const std::string& queueService, const std::string& day,
                                           int cap) {
  auto stmt = db_.prepare(
      "SELECT priority FROM ticket WHERE queue_service = ?1 AND day = ?2 "
      "AND call_seq IS NOT NULL AND priority != ?4 ORDER BY call_seq DESC LIMIT ?3");
  // A booking called at its time is outside the rhythm: it neither counts as a normal call
  // nor gives the priority line its turn.
  stmt.bind(1, queueService).bind(2, day).bind(3, cap).bind(4, kAppointmentClass);
  int normals = 0;
  while (stmt.step()) {
    if (stmt.columnInt(0) != 0) return normals;
    ++normals;
  }
  // No priority call today (or none within the last `cap`): a priority ticket may go next.
  return cap;
}

std::int64_t TicketRepository::nextCallSeq() {
  auto stmt = db_.prepare("SELECT COALESCE(MAX(call_seq), 0) + 1 FROM ticket");
  stmt.step();
  return stmt.columnInt(0);
}

std::optional<TicketRecord> TicketRepository::calledAt(int counter) {
  auto stmt = db_.prepare(select("WHERE counter = ?1 AND status = 'called' LIMIT 1"));
  stmt.bind(1, counter);
  return one(stmt);
}

std::vector<TicketRecord> TicketRepository::heldAt(int counter, const std::string& day) {
  auto stmt = db_.prepare(
      select("WHERE counter = ?1 AND status = 'held' AND day = ?2 ORDER BY arrival_seq"));
  stmt.bind(1, counter).bind(2, day);
  std::vector<TicketRecord> out;
  while (stmt.step()) out.push_back(readTicket(stmt));
  return out;
}

std::vector<TicketRecord> TicketRepository::ofDay(const std::string& day) {
  auto stmt = db_.prepare(select("WHERE day = ?1 ORDER BY id"));
  stmt.bind(1, day);
  std::vector<TicketRecord> out;
  while (stmt.step()) out.push_back(readTicket(stmt));
  return out;
}

std::vector<TicketRecord> TicketRepository::failedPrints(const std::string& day, int limit) {
  auto stmt = db_.prepare(
      select("WHERE day = ?1 AND print_status = 'failed' AND status IN ('waiting', 'held') "
             "ORDER BY id DESC LIMIT ?2"));
  stmt.bind(1, day).bind(2, limit);
  std::vector<TicketRecord> out;
  while (stmt.step()) out.push_back(readTicket(stmt));
  return out;
}

int TicketRepository::waitingBefore(const TicketRecord& ticket) {
  auto stmt = db_.prepare(
      "SELECT COUNT(*) FROM ticket WHERE queue_service = ?1 AND day = ?2 AND status = 'waiting' "
      "AND arrival_seq < ?3");
  stmt.bind(1, ticket.queueService).bind(2, ticket.day).bind(3, ticket.arrivalSeq);
  stmt.step();
  return static_cast<int>(stmt.columnInt(0));
}

bool TicketRepository::markCalled(std::int64_t id, const std::string& expectedStatus, int counter,
                                  std::int64_t callSeq, std::int64_t epoch) {
  db_.prepare(
         "UPDATE ticket SET status = 'called', counter = ?2, recalls = 0, "
         "call_seq = COALESCE(call_seq, ?3), first_called_epoch = COALESCE(first_called_epoch, "
         "?4), "
         "called_epoch = ?4 WHERE id = ?1 AND status = ?5")
      .bind(1, id)
      .bind(2, counter)
      .bind(3, callSeq)
      .bind(4, epoch)
      .bind(5, expectedStatus)
      .run();
  return sqlite3_changes(db_.raw()) > 0;
}

bool TicketRepository::markRecalled(std::int64_t id) {
  db_.prepare("UPDATE ticket SET recalls = recalls + 1 WHERE id = ?1 AND status = 'called'")
      .bind(1, id)
      .run();
  return sqlite3_changes(db_.raw()) > 0;
}

bool TicketRepository::markFinished(std::int64_t id, const std::string& status,
                                    std::int64_t epoch) {
  db_.prepare(
         "UPDATE ticket SET status = ?2, finished_epoch = ?3 WHERE id = ?1 AND status = 'called'")
      .bind(1, id)
      .bind(2, status)
      .bind(3, epoch)
      .run();
  return sqlite3_changes(db_.raw()) > 0;
}

bool TicketRepository::markHeld(std::int64_t id) {
  db_.prepare("UPDATE ticket SET status = 'held' WHERE id = ?1 AND status = 'called'")
      .bind(1, id)
      .run();
  return sqlite3_changes(db_.raw()) > 0;
}

bool TicketRepository::markTransferred(std::int64_t id, const std::string& toService) {
  // Back to waiting with its original arrival order; call_seq is cleared so the new
  // service's interleaving counts the ticket when it is called there.
  db_.prepare(
         "UPDATE ticket SET status = 'waiting', queue_service = ?2, counter = NULL, recalls = 0, "
         "call_seq = NULL, called_epoch = NULL WHERE id = ?1 AND status = 'called'")
      .bind(1, id)
      .bind(2, toService)
      .run();
  return sqlite3_changes(db_.raw()) > 0;
}

std::vector<std::int64_t> TicketRepository::recentServiceSeconds(const std::string& queueService,
                                                                 int counter, int limit) {
  auto stmt = db_.prepare(
      "SELECT finished_epoch - called_epoch FROM ticket WHERE queue_service = ?1 AND counter = ?2 "
      "AND status = 'served' ORDER BY finished_epoch DESC LIMIT ?3");
  stmt.bind(1, queueService).bind(2, counter).bind(3, limit);
  std::vector<std::int64_t> out;
  while (stmt.step()) out.push_back(stmt.columnInt(0));
  return out;
}

void TicketRepository::appendCall(const CallRecord& call) {
  db_.prepare("INSERT INTO call_log (ticket_id, code, counter, kind, at) VALUES (?1,?2,?3,?4,?5)")
      .bind(1, call.ticketId)
      .bind(2, call.code)
      .bind(3, call.counter)
      .bind(4, call.kind)
      .bind(5, call.at)
      .run();
}

std::vector<CallRecord> TicketRepository::callsAfter(std::int64_t afterId, int limit) {
  auto stmt = db_.prepare(
      "SELECT id, ticket_id, code, counter, kind, at FROM call_log WHERE id > ?1 ORDER BY id "
      "LIMIT ?2");
  stmt.bind(1, afterId).bind(2, limit);
  std::vector<CallRecord> out;
  while (stmt.step()) out.push_back(readCall(stmt));
  return out;
}

std::vector<CallRecord> TicketRepository::recentCalls(int limit) {
  auto stmt = db_.prepare(
      "SELECT id, ticket_id, code, counter, kind, at FROM call_log ORDER BY id DESC LIMIT ?1");
  stmt.bind(1, limit);
  std::vector<CallRecord> out;
  while (stmt.step()) out.push_back(readCall(stmt));
  return out;
}

void TicketRepository::setCounterOpen(int counter, bool open, const std::string& at) {
  db_.prepare(
         "INSERT INTO counter_state (number, is_open, changed_at) VALUES (?1, ?2, ?3) "
         "ON CONFLICT(number) DO UPDATE SET is_open = excluded.is_open, "
         "changed_at = excluded.changed_at")
      .bind(1, counter)
      .bind(2, open ? 1 : 0)
      .bind(3, at)
      .run();
}

bool TicketRepository::isCounterOpen(int counter) {
  auto stmt = db_.prepare("SELECT is_open FROM counter_state WHERE number = ?1");
  stmt.bind(1, counter);
  return stmt.step() && stmt.columnInt(0) != 0;
}

}  // namespace yizhan::data
