// Ordering policies, checked against a simple model through the real queue (store and all):
// random arrivals and calls, and each call must be the one the model expects.
#include <catch2/catch.hpp>

#include <deque>
#include <random>

#include "data/store.h"
#include "kiosk/queue/ordering_policy.h"
#include "kiosk/queue/queue_service.h"
#include "support/temp_dir.h"
#include "support/times.h"

using namespace yizhan;
using namespace yizhan::kiosk;

namespace {

ServiceCatalog oneService(OrderingPolicy policy, int normalPerPriority) {
  ServiceCatalog c;
  c.counters = {{1, "1号窗口"}};
  c.services = {{"svc", "测试", 'A', {1}, {{0, 24 * 60}}, 9999, policy, normalPerPriority, 5}};
  return c;
}

// The model: two FIFO lines and a count, written from the policy's description alone, and
// checked-in bookings, each with its booked time.
struct Booking {
  TimePoint at;
  std::int64_t arrival;
  std::string code;
};

struct Model {
  OrderingPolicy policy;
  int n;
  std::deque<std::string> normal, priority;
  int normalsSincePriority = 0;  // set to n at the start of a day: priority may go first
  std::vector<Booking> bookings;

  // The earliest booked time (then arrival) among the bookings.
  std::optional<std::string> takeBooking() {
    auto first = std::min_element(bookings.begin(), bookings.end(), [](auto& a, auto& b) {
      return a.at != b.at ? a.at < b.at : a.arrival < b.arrival;
    });
    std::string code = first->code;
    bookings.erase(first);
    return code;
  }

  std::optional<std::string> next(TimePoint now) {
    // A booking whose time has come goes first; one early only when nobody else waits.
    bool due = std::any_of(bookings.begin(), bookings.end(), [&](auto& b) { return b.at <= now; });
    if (due || (!bookings.empty() && normal.empty() && priority.empty())) return takeBooking();
    bool takePriority =
        !priority.empty() &&
        (normal.empty() || policy == OrderingPolicy::StrictPriority || normalsSincePriority >= n);
    std::deque<std::string>& line = takePriority ? priority : normal;
    if (line.empty()) return std::nullopt;
    std::string code = line.front();
    line.pop_front();
    normalsSincePriority = takePriority ? 0 : normalsSincePriority + 1;
    return code;
  }
};

struct Run {
  test::TempDir dir;
  ManualClock clock{test::tuesdayMorning()};
  data::Store store = data::Store::open(dir.path(), "20261124-093000");
  ServiceCatalog catalog;
  QueueService queue;
  explicit Run(ServiceCatalog c) : catalog(std::move(c)), queue(store.db(), catalog, clock) {
    queue.openCounter(1);
  }
};

void checkAgainstModel(OrderingPolicy policy, int n, unsigned seed, bool bookings = false) {
  Run run(oneService(policy, n));
  Model model{policy, n, {}, {}, n, {}};
  std::mt19937 rng(seed);
  std::bernoulli_distribution arrives(0.55), isPriority(0.3), isBooking(bookings ? 0.15 : 0.0);
  std::uniform_int_distribution<int> bookedOffset(-15, 30);  // checked in early or late
  // Starvation bounds, measured while the other class waits.
  int normalsInARowWhilePriorityWaits = 0, prioritiesInARowWhileNormalWaits = 0;
  for (int step = 0; step < 300; ++step) {
    run.clock.advance(std::chrono::seconds(20));
    if (arrives(rng) && isBooking(rng)) {
      // A checked-in booking, its slot from 15 minutes ago to half an hour ahead.
      TimePoint at = run.clock.now() + std::chrono::minutes(bookedOffset(rng));
      data::Transaction tx(run.store.db());
      IssuedTicket t = run.queue.issueBookedInTransaction(*run.catalog.service("svc"), at);
      tx.commit();
      model.bookings.push_back({at, t.ticket.arrivalSeq, t.ticket.code});
      continue;
    }
    if (arrives(rng)) {
      bool p = isPriority(rng);
      auto issued = run.queue.issue("svc", p);
      REQUIRE(issued.issued);
      (p ? model.priority : model.normal).push_back(issued.issued->ticket.code);
      continue;
    }
    bool priorityWaited = !model.priority.empty(), normalWaited = !model.normal.empty();
    auto expected = model.next(run.clock.now());
    auto called = run.queue.callNext(1);
    if (!expected) {
      CHECK(called.problem == QueueProblem::NothingWaiting);
      continue;
    }
    REQUIRE(called.ticket);
    CHECK(called.ticket->code == *expected);
    if (called.ticket->appointment) continue;  // outside the rhythm of the two classes
    if (!called.ticket->priority && priorityWaited) {
      ++normalsInARowWhilePriorityWaits;
    } else {
      normalsInARowWhilePriorityWaits = 0;
    }
    if (called.ticket->priority && normalWaited) {
      ++prioritiesInARowWhileNormalWaits;
    } else {
      prioritiesInARowWhileNormalWaits = 0;
    }
    if (policy == OrderingPolicy::StrictPriority) {
      CHECK(normalsInARowWhilePriorityWaits == 0);
    } else {
      CHECK(normalsInARowWhilePriorityWaits <= n);
      CHECK(prioritiesInARowWhileNormalWaits <= 1);
    }
  }
  // Draining calls everybody, each once: nothing starves.
  while (auto expected = model.next(run.clock.now())) {
    auto called = run.queue.callNext(1);
    REQUIRE(called.ticket);
    CHECK(called.ticket->code == *expected);
  }
  CHECK(run.queue.callNext(1).problem == QueueProblem::NothingWaiting);
}

}  // namespace

TEST_CASE("interleave: one priority ticket after every N normal ones, checked against a model",
          "[queue][policy]") {
  for (int n : {1, 2, 3}) {
    for (unsigned seed = 1; seed <= 6; ++seed) {
      DYNAMIC_SECTION("N=" << n << " seed " << seed) {
        checkAgainstModel(OrderingPolicy::Interleave, n, seed);
      }
    }
  }
}

TEST_CASE("checked-in bookings go first at their time in either policy, checked against a model",
          "[queue][policy][appointments]") {
  for (OrderingPolicy policy : {OrderingPolicy::Interleave, OrderingPolicy::StrictPriority}) {
    for (unsigned seed = 1; seed <= 6; ++seed) {
      DYNAMIC_SECTION((policy == OrderingPolicy::Interleave ? "interleave" : "strict")
                      << " seed " << seed) {
        checkAgainstModel(policy, 2, seed, true);
      }
    }
  }
}

TEST_CASE("strict priority: no normal ticket while a priority one waits, checked against a model",
          "[queue][policy]") {
  for (unsigned seed = 1; seed <= 6; ++seed) {
    DYNAMIC_SECTION("seed " << seed) {
      checkAgainstModel(OrderingPolicy::StrictPriority, 2, seed);
    }
  }
}

TEST_CASE("the default policy calls one priority ticket after every two normal ones",
          "[queue][policy]") {
  ServiceCatalog c = defaultCatalog();
  REQUIRE(c.service("social-security")->policy == OrderingPolicy::Interleave);
  REQUIRE(c.service("social-security")->normalPerPriority == 2);
  Run run(oneService(OrderingPolicy::Interleave, 2));
  for (int i = 0; i < 4; ++i) run.queue.issue("svc", false);  // A001-A004
  for (int i = 0; i < 2; ++i) run.queue.issue("svc", true);   // A005-A006
  std::vector<std::string> order;
  while (auto t = run.queue.callNext(1).ticket) order.push_back(t->code);
  CHECK(order == std::vector<std::string>{"A005", "A001", "A002", "A006", "A003", "A004"});
}

TEST_CASE("people ahead, as printed on a ticket, is the number called before it",
          "[queue][policy]") {
  for (OrderingPolicy policy : {OrderingPolicy::Interleave, OrderingPolicy::StrictPriority}) {
    for (unsigned seed = 1; seed <= 5; ++seed) {
      DYNAMIC_SECTION((policy == OrderingPolicy::Interleave ? "interleave" : "strict")
                      << " seed " << seed) {
        Run run(oneService(policy, 2));
        std::mt19937 rng(seed);
        std::bernoulli_distribution isPriority(0.35);
        // Some calls first, so the policy starts mid-rhythm.
        for (int i = 0; i < 7; ++i) run.queue.issue("svc", isPriority(rng));
        for (int i = 0; i < 3; ++i) run.queue.callNext(1);
        auto probe = run.queue.issue("svc", isPriority(rng));
        REQUIRE(probe.issued);
        // Later tickets of its own class go behind it (of the other class they may rightly
        // go first: the figure is "as things stand").
        for (int i = 0; i < 6; ++i) run.queue.issue("svc", probe.issued->ticket.priority);
        int calledBefore = 0;
        for (;;) {
          auto t = run.queue.callNext(1).ticket;
          REQUIRE(t);
          if (t->id == probe.issued->ticket.id) break;
          ++calledBefore;
        }
        CHECK(calledBefore == probe.issued->ahead);
      }
    }
  }
}

TEST_CASE("a booking whose time has come is called first, early, only when nobody else waits",
          "[queue][policy]") {
  ServiceDef s = oneService(OrderingPolicy::Interleave, 2).services[0];
  TimePoint now = test::tuesdayMorning();
  QueueHeads heads{true, true, now + std::chrono::minutes(5)};
  CHECK(chooseNext(heads, 0, now, s) == TicketClass::Normal);
  CHECK(chooseNext(heads, 2, now, s) == TicketClass::Priority);
  heads.appointmentAt = now;
  CHECK(chooseNext(heads, 0, now, s) == TicketClass::Appointment);
  QueueHeads onlyEarlyBooking{false, false, now + std::chrono::minutes(30)};
  CHECK(chooseNext(onlyEarlyBooking, 0, now, s) == TicketClass::Appointment);
  CHECK(chooseNext(QueueHeads{}, 0, now, s) == std::nullopt);
}
