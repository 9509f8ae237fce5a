#include "kiosk/queue/ticket_issuer.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <cctype>
#include <cstdio>

#include "data/outbox.h"
#include "data/uuid.h"
#include "kiosk/base/local_time.h"

namespace yizhan::kiosk {

std::string TicketIssuer::codeFor(char prefix, int number) {
  char code[16];
  std::snprintf(code, sizeof code, "%c%03d", prefix, number);
  return code;
}

data::TicketRecord TicketIssuer::issue(const ServiceRef& service, bool priority) {
  data::Transaction tx(db_);
  data::TicketRecord t = issueInTransaction(service, priority);
  tx.commit();
  return t;
}

data::TicketRecord TicketIssuer::issueInTransaction(const ServiceRef& service, bool priority,
                                                    std::optional<TimePoint> bookedAt) {
  TimePoint now = clock_.now();
  data::TicketRepository tickets(db_);
  data::TicketRecord t;
  t.service = service.id;
  t.queueService = service.id;
  t.arrivedEpoch = epochSeconds(now);
  t.day = formatDay(now);
  t.number = tickets.nextNumber(t.service, t.day);
  t.code = codeFor(service.prefix, t.number);
  t.trackingCode = data::newTrackingCode();
  t.priority = priority && !bookedAt;
  t.appointment = bookedAt.has_value();
  if (bookedAt) t.bookedEpoch = epochSeconds(*bookedAt);
  t.issuedAt = formatIso(now);
  t.printStatus = "pending";
  t.id = tickets.insert(t);
  nlohmann::json payload = {{"ticket_id", t.id},     {"service", t.service},
                            {"day", t.day},          {"number", t.number},
                            {"code", t.code},        {"tracking_code", t.trackingCode},
                            {"priority", t.priority}};
  if (bookedAt) payload["booked_at"] = formatIso(*bookedAt);
  data::Outbox(db_).append("ticket.issued", t.issuedAt, payload.dump());
  t.arrivalSeq = t.id;
  return t;
}

void TicketIssuer::recordPrint(std::int64_t ticketId, bool printed) {
  std::string at = formatIso(clock_.now());
  data::Transaction tx(db_);
  if (!data::TicketRepository(db_).setPrintStatus(ticketId, printed ? "printed" : "failed")) {
    return;
  }
  nlohmann::json payload = {{"ticket_id", ticketId}};
  data::Outbox(db_).append(printed ? "ticket.printed" : "ticket.print_failed", at, payload.dump());
  tx.commit();
}

}  // namespace yizhan::kiosk
