#pragma once
// Takes a number: the next ticket of a service for today, stored with its outbox event in one
// transaction before anything is printed, so a crash at any point leaves either no ticket or
// a stored one (whose printing can be retried), never two tickets with one number.
#include <cstdint>
#include <optional>
#include <string>

#include "data/database.h"
#include "data/ticket_repository.h"
#include "kiosk/base/clock.h"

namespace yizhan::kiosk {

struct ServiceRef {
  std::string id;  // stable key, e.g. "social-security"
  char prefix;     // the letter before the number, e.g. 'A'
};

class TicketIssuer {
 public:
  TicketIssuer(data::Database& db, const Clock& clock) : db_(db), clock_(clock) {}

  data::TicketRecord issue(const ServiceRef& service, bool priority);
  // The same, inside the caller's open transaction (which also commits it).
  // `bookedAt`: a checked-in booking's slot start (its ticket is called at that time).
  data::TicketRecord issueInTransaction(const ServiceRef& service, bool priority,
                                        std::optional<TimePoint> bookedAt = std::nullopt);
  // After the printer answered; a failed ticket keeps its number and can be reprinted.
  void recordPrint(std::int64_t ticketId, bool printed);

  // "A" and 12 → "A012"; numbers past 999 get more digits rather than wrapping.
  static std::string codeFor(char prefix, int number);

 private:
  data::Database& db_;
  const Clock& clock_;
};

}  // namespace yizhan::kiosk
