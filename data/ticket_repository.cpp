#include "data/ticket_repository.h"

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
  return db_.changes() > 0;
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
  return transitions_
      .move(id, expectedStatus, "called",
            "counter = ?4, recalls = 0, call_seq = COALESCE(call_seq, ?5), "
            "first_called_epoch = COALESCE(first_called_epoch, ?6), "
            "called_epoch = ?6",
            counter, callSeq, epoch)
      .moved;
}

bool TicketRepository::markRecalled(std::int64_t id) {
  return transitions_.move(id, "called", "called", "recalls = recalls + 1").moved;
}

bool TicketRepository::markFinished(std::int64_t id, const std::string& status,
                                    std::int64_t epoch) {
  return transitions_.move(id, "called", status, "finished_epoch = ?4", epoch).moved;
}

bool TicketRepository::markHeld(std::int64_t id) {
  return transitions_.move(id, "called", "held").moved;
}

bool TicketRepository::markTransferred(std::int64_t id, const std::string& toService) {
  // Back to waiting with its original arrival order; call_seq is cleared so the new
  // service's interleaving counts the ticket when it is called there.
  return transitions_
      .move(id, "called", "waiting",
            "queue_service = ?4, counter = NULL, recalls = 0, call_seq = NULL, "
            "called_epoch = NULL",
            toService)
      .moved;
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

}  // namespace yizhan::data
