// Taking a number: per service per local day, never the same number twice.
#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <set>

#include "data/outbox.h"
#include "data/store.h"
#include "data/ticket_repository.h"
#include "kiosk/queue/ticket_issuer.h"
#include "support/temp_dir.h"
#include "support/times.h"

using namespace yizhan;
using namespace yizhan::kiosk;
using std::chrono::hours;
using std::chrono::minutes;

namespace {
const ServiceRef kSocialSecurity{"social-security", 'A'};
const ServiceRef kElderlyCare{"elderly-care", 'B'};

struct Fixture {
  test::TempDir dir;
  ManualClock clock{test::tuesdayMorning()};
  data::Store store = data::Store::open(dir.path(), "20261124-093000");
  TicketIssuer issuer{store.db(), clock};
};
}  // namespace

TEST_CASE("numbers count up per service and are printed as letter and three digits",
          "[queue][numbering]") {
  Fixture f;
  CHECK(f.issuer.issue(kSocialSecurity, false).code == "A001");
  CHECK(f.issuer.issue(kSocialSecurity, false).code == "A002");
  CHECK(f.issuer.issue(kElderlyCare, true).code == "B001");
  auto third = f.issuer.issue(kSocialSecurity, false);
  CHECK(third.code == "A003");
  CHECK(third.day == "2026-11-24");
  CHECK(third.printStatus == "pending");
  CHECK(third.trackingCode.size() == 16);
  CHECK(TicketIssuer::codeFor('A', 12) == "A012");
  CHECK(TicketIssuer::codeFor('C', 1234) == "C1234");
}

TEST_CASE("numbering starts again with the first ticket of each local day", "[queue][numbering]") {
  Fixture f;
  f.issuer.issue(kSocialSecurity, false);
  f.issuer.issue(kSocialSecurity, false);
  // 23:59 local (15:59 UTC) is still the same day; 00:01 local is the next.
  f.clock.advance(hours(14) + minutes(29));
  CHECK(f.issuer.issue(kSocialSecurity, false).code == "A003");
  f.clock.advance(minutes(2));
  auto next = f.issuer.issue(kSocialSecurity, false);
  CHECK(next.code == "A001");
  CHECK(next.day == "2026-11-25");
}

TEST_CASE("a crash between storing and committing loses the ticket, never duplicates it",
          "[queue][numbering]") {
  Fixture f;
  f.issuer.issue(kSocialSecurity, false);
  {
    // Everything issue() does, then the process "dies" before the commit.
    data::Transaction tx(f.store.db());
    data::TicketRepository repo(f.store.db());
    data::TicketRecord t;
    t.service = "social-security";
    t.day = "2026-11-24";
    t.number = repo.nextNumber(t.service, t.day);
    t.code = "A002";
    t.trackingCode = "CRASHED000000000";
    t.issuedAt = "2026-11-24T09:30:00+08:00";
    repo.insert(t);
    data::Outbox(f.store.db()).append("ticket.issued", t.issuedAt, "{}");
  }  // rolled back
  auto next = f.issuer.issue(kSocialSecurity, false);
  CHECK(next.code == "A002");
  CHECK(data::Outbox(f.store.db()).pendingCount() == 2);  // one event per stored ticket
}

TEST_CASE("the store itself refuses a second ticket with the same number", "[queue][numbering]") {
  Fixture f;
  auto first = f.issuer.issue(kSocialSecurity, false);
  data::TicketRecord copy = first;
  copy.trackingCode = "ANOTHERCODE00000";
  CHECK_THROWS_AS(data::TicketRepository(f.store.db()).insert(copy), data::StoreError);
}

TEST_CASE("many tickets in a row: every number once, every event in the outbox",
          "[queue][numbering]") {
  Fixture f;
  std::set<std::string> codes, tracking;
  for (int i = 0; i < 500; ++i) {
    auto t = f.issuer.issue(i % 3 == 0 ? kElderlyCare : kSocialSecurity, i % 7 == 0);
    CHECK(codes.insert(t.code).second);
    CHECK(tracking.insert(t.trackingCode).second);
  }
  CHECK(codes.count("A333") == 1);
  CHECK(codes.count("B167") == 1);
  CHECK(data::Outbox(f.store.db()).pendingCount() == 500);
  auto event = data::Outbox(f.store.db()).pending(1).at(0);
  CHECK(event.type == "ticket.issued");
  auto payload = nlohmann::json::parse(event.payload);
  CHECK(payload["code"] == "B001");
  CHECK(payload["priority"] == true);
}

TEST_CASE("a failed print keeps the number and is recorded for a reprint", "[queue][numbering]") {
  Fixture f;
  auto t = f.issuer.issue(kSocialSecurity, false);
  f.issuer.recordPrint(t.id, false);
  CHECK(data::TicketRepository(f.store.db()).find(t.id)->printStatus == "failed");
  f.issuer.recordPrint(t.id, true);
  CHECK(data::TicketRepository(f.store.db()).find(t.id)->printStatus == "printed");
  auto events = data::Outbox(f.store.db()).pending(10);
  REQUIRE(events.size() == 3);
  CHECK(events[1].type == "ticket.print_failed");
  CHECK(events[2].type == "ticket.printed");
  CHECK(f.issuer.issue(kSocialSecurity, false).code == "A002");
}
