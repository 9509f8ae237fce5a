#pragma once
// Queue tickets as stored. Numbers run per service per local day; the table's UNIQUE key
// makes a second ticket with the same number impossible, whatever the code above does.
#include <cstdint>
#include <optional>
#include <string>

#include "data/database.h"

namespace yizhan::data {

struct TicketRecord {
  std::int64_t id = 0;
  std::string service;
  std::string day;
  int number = 0;
  std::string code;
  std::string trackingCode;
  bool priority = false;
  std::string issuedAt;
  std::string printStatus;
};

class TicketRepository {
 public:
  explicit TicketRepository(Database& db) : db_(db) {}

  // The next number for `service` on `day`; call inside the transaction that inserts it.
  int nextNumber(const std::string& service, const std::string& day);
  std::int64_t insert(const TicketRecord& ticket);
  std::optional<TicketRecord> find(std::int64_t id);
  // Returns false if there is no such ticket.
  bool setPrintStatus(std::int64_t id, const std::string& status);

 private:
  Database& db_;
};

}  // namespace yizhan::data
