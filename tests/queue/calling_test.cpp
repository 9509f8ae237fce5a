// Calling at counters: next, recall, no-show, transfer, hold and return, complete; and the
// refusals (closed service, cap, closed counter, clock moved back, two counters at once).
#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <set>
#include <thread>

#include "data/call_log_repository.h"
#include "data/outbox.h"
#include "data/store.h"
#include "kiosk/queue/queue_service.h"
#include "support/temp_dir.h"
#include "support/times.h"

using namespace yizhan;
using namespace yizhan::kiosk;
using std::chrono::hours;
using std::chrono::minutes;

namespace {
struct Fixture {
  test::TempDir dir;
  ManualClock clock{test::tuesdayMorning()};  // 09:30
  data::Store store = data::Store::open(dir.path(), "20261124-093000");
  // Live, as in the station: a test may replace it while the service runs.
  Live<ServiceCatalog> catalog{defaultCatalog()};
  QueueService queue{store.db(), catalog, clock};

  std::string take(const std::string& service, bool priority = false) {
    auto out = queue.issue(service, priority);
    REQUIRE(out.issued);
    return out.issued->ticket.code;
  }
  std::vector<std::string> eventTypes() {
    std::vector<std::string> types;
    for (auto& e : data::Outbox(store.db()).pending(1000)) types.push_back(e.type);
    return types;
  }
};
}  // namespace

TEST_CASE("a counter must be open to call, next calls in order and finishes the one before",
          "[queue][calling]") {
  Fixture f;
  f.take("social-security");
  f.take("social-security");
  CHECK(f.queue.callNext(1).problem == QueueProblem::CounterClosed);
  f.queue.openCounter(1);
  auto first = f.queue.callNext(1);
  REQUIRE(first.ticket);
  CHECK(first.ticket->code == "A001");
  CHECK(first.ticket->status == "called");
  CHECK(first.ticket->counter == 1);
  f.clock.advance(minutes(4));
  auto second = f.queue.callNext(1);
  CHECK(second.ticket->code == "A002");
  auto done = f.queue.ticket(first.ticket->id);
  CHECK(done->status == "served");
  CHECK(*done->finishedEpoch - *done->calledEpoch == 240);
  CHECK(f.queue.counterStatus(1).current->code == "A002");
  CHECK(f.queue.complete(1).ticket->status == "served");
  CHECK(f.queue.callNext(1).problem == QueueProblem::NothingWaiting);
  CHECK(f.queue.complete(1).problem == QueueProblem::NoCurrentTicket);
  CHECK(f.queue.callNext(9).problem == QueueProblem::UnknownCounter);
}

TEST_CASE("recall repeats the call, no-show only after the configured recalls",
          "[queue][calling]") {
  Fixture f;
  f.queue.openCounter(1);
  f.take("social-security");
  f.queue.callNext(1);
  CHECK(f.queue.noShow(1).problem == QueueProblem::TooFewRecalls);
  CHECK(f.queue.recall(1).ticket->recalls == 1);
  CHECK(f.queue.noShow(1).problem == QueueProblem::TooFewRecalls);
  CHECK(f.queue.recall(1).ticket->recalls == 2);
  auto gone = f.queue.noShow(1);
  REQUIRE(gone.ticket);
  CHECK(gone.ticket->status == "no_show");
  CHECK(!f.queue.counterStatus(1).current);
  // The display announces every call and recall, in order.
  auto calls = data::CallLogRepository(f.store.db()).after(0, 10);
  REQUIRE(calls.size() == 3);
  CHECK(calls[0].kind == "call");
  CHECK(calls[1].kind == "recall");
  CHECK(calls[2].counter == 1);
  CHECK(calls[2].code == "A001");
}

TEST_CASE("a transferred ticket keeps its place by original arrival in the new queue",
          "[queue][calling]") {
  Fixture f;
  f.queue.openCounter(1);
  f.queue.openCounter(3);
  f.take("social-security");  // A001, arrives first
  f.take("utilities");        // C001
  f.take("utilities");        // C002
  REQUIRE(f.queue.callNext(1).ticket->code == "A001");
  CHECK(f.queue.transfer(1, "social-security").problem == QueueProblem::SameService);
  CHECK(f.queue.transfer(1, "no-such").problem == QueueProblem::UnknownService);
  auto moved = f.queue.transfer(1, "utilities");
  REQUIRE(moved.ticket);
  CHECK(moved.ticket->status == "waiting");
  CHECK(moved.ticket->queueService == "utilities");
  CHECK(moved.ticket->code == "A001");  // the resident keeps the number on the paper
  CHECK(f.queue.callNext(3).ticket->code == "A001");
  CHECK(f.queue.callNext(3).ticket->code == "C001");
}

TEST_CASE("hold sets a ticket aside, return calls it back to the same counter",
          "[queue][calling]") {
  Fixture f;
  f.queue.openCounter(1);
  f.take("social-security");
  f.take("social-security");
  auto a1 = f.queue.callNext(1).ticket;
  CHECK(f.queue.hold(1).ticket->status == "held");
  CHECK(f.queue.counterStatus(1).held.size() == 1);
  CHECK(f.queue.callNext(1).ticket->code == "A002");
  CHECK(f.queue.resume(2, a1->id).problem == QueueProblem::NotHeld);  // another counter
  auto back = f.queue.resume(1, a1->id);
  REQUIRE(back.ticket);
  CHECK(back.ticket->status == "called");
  CHECK(f.queue.counterStatus(1).held.empty());
  CHECK(f.queue.ticket(back.ticket->id + 1)->status == "served");  // A002 finished
  CHECK(f.queue.resume(1, a1->id).problem == QueueProblem::NotHeld);
}

TEST_CASE("every change is an outbox event written with it", "[queue][calling]") {
  Fixture f;
  f.queue.openCounter(1);
  f.take("social-security");
  f.take("social-security");
  f.queue.callNext(1);
  f.queue.recall(1);
  f.queue.hold(1);
  f.queue.callNext(1);
  f.queue.transfer(1, "consultation");
  f.queue.resume(1, 1);
  f.queue.complete(1);
  f.queue.callNext(1);  // A002 again, from consultation
  f.queue.recall(1);
  f.queue.recall(1);
  f.queue.noShow(1);
  CHECK(f.eventTypes() ==
        std::vector<std::string>{
            "counter.opened", "ticket.issued", "ticket.issued", "ticket.called", "ticket.recalled",
            "ticket.held", "ticket.called", "ticket.transferred", "ticket.resumed", "ticket.served",
            "ticket.called", "ticket.recalled", "ticket.recalled", "ticket.no_show"});
  auto transferred = data::Outbox(f.store.db()).pending(100)[7];
  auto payload = nlohmann::json::parse(transferred.payload);
  CHECK(payload["code"] == "A002");
  CHECK(payload["to_service"] == "consultation");
}

TEST_CASE("bad input: closed service, daily cap, no open counter", "[queue][calling]") {
  Fixture f;
  ServiceCatalog capped = defaultCatalog();
  capped.services[1].dailyCap = 2;  // civil-affairs
  f.catalog.replace(capped);
  f.take("civil-affairs");
  f.take("civil-affairs");
  CHECK(f.queue.issue("civil-affairs", false).problem == QueueProblem::DailyCapReached);
  CHECK(f.queue.serviceStatus("civil-affairs").capReached);
  CHECK(f.queue.issue("nothing", false).problem == QueueProblem::UnknownService);

  // No counter open: the number is still given (the resident keeps a place), without minutes.
  auto early = f.queue.issue("social-security", false);
  REQUIRE(early.issued);
  CHECK(!early.issued->waitMinutes);

  f.clock.advance(hours(3));  // 12:30, lunch break
  CHECK(f.queue.issue("social-security", false).problem == QueueProblem::ServiceClosed);
  CHECK(!f.queue.serviceStatus("social-security").open);
  f.clock.advance(hours(1));  // 13:30 opens again
  CHECK(f.queue.issue("social-security", false).issued);
}

TEST_CASE("estimates use the default until enough services are measured, then the median",
          "[queue][estimate]") {
  Fixture f;
  f.queue.openCounter(1);
  f.queue.openCounter(2);
  for (int i = 0; i < 3; ++i) f.take("social-security");
  // 3 ahead, 6-minute default, counters 1 and 2 in parallel: 3 × 6 / 2 = 9 minutes.
  CHECK(f.queue.issue("social-security", false).issued->waitMinutes == 9);
  f.queue.closeCounter(2);
  CHECK(f.queue.serviceStatus("social-security").waitMinutes == 24);  // 4 × 6 / 1
  // Counter 1 now serves five residents in 2 minutes each: the median replaces the default.
  for (int i = 0; i < 4; ++i) {
    f.queue.callNext(1);
    f.clock.advance(minutes(2));
  }
  f.take("social-security");
  f.queue.callNext(1);
  f.clock.advance(minutes(2));
  f.queue.complete(1);
  for (int i = 0; i < 4; ++i) f.take("social-security");
  CHECK(f.queue.serviceStatus("social-security").waitMinutes == 8);  // 4 × 2 / 1
}

TEST_CASE("a clock moved backwards moves nobody ahead and spoils no estimate", "[queue][calling]") {
  Fixture f;
  f.queue.openCounter(1);
  f.take("social-security");  // A001 at 09:30
  f.clock.advance(-minutes(40));
  f.take("social-security");  // A002 at 08:50 by the clock, but after A001
  CHECK(f.queue.callNext(1).ticket->code == "A001");
  f.clock.advance(-minutes(5));  // served "before" it was called
  CHECK(f.queue.callNext(1).ticket->code == "A002");
  auto first = f.queue.ticket(1);
  CHECK(*first->finishedEpoch < *first->calledEpoch);
  // The negative duration is no sample: the estimate stays on the 6-minute default.
  f.take("social-security");
  f.take("social-security");
  CHECK(f.queue.serviceStatus("social-security").waitMinutes == 12);
}

TEST_CASE("two counters calling at the same instant never get the same ticket",
          "[queue][calling]") {
  Fixture f;
  for (int i = 0; i < 60; ++i) f.take("consultation");
  f.queue.openCounter(1);
  f.queue.openCounter(2);
  // Each counter has its own connection, as the kiosk and the counter console do.
  auto worker = [&](int counter, std::vector<std::string>& got) {
    data::Database db = data::Database::open(f.store.db().path());
    QueueService queue(db, f.catalog, f.clock);
    while (auto t = queue.callNext(counter).ticket) got.push_back(t->code);
  };
  std::vector<std::string> one, two;
  std::thread a(worker, 1, std::ref(one)), b(worker, 2, std::ref(two));
  a.join();
  b.join();
  std::set<std::string> all(one.begin(), one.end());
  all.insert(two.begin(), two.end());
  CHECK(one.size() + two.size() == 60);
  CHECK(all.size() == 60);
}

TEST_CASE("the day's figures per service and counter: counts, waits and service times",
          "[queue][stats]") {
  Fixture f;
  f.queue.openCounter(1);
  f.queue.openCounter(3);
  for (int i = 0; i < 4; ++i) f.take("social-security");  // A001-A004 at 09:30
  f.take("utilities");                                    // C001
  f.clock.advance(minutes(10));
  f.queue.callNext(1);  // A001 waited 10
  f.queue.callNext(3);  // C001 waited 10
  f.clock.advance(minutes(4));
  f.queue.callNext(1);  // A001 served in 4; A002 waited 14
  f.queue.complete(3);  // C001 served in 4
  f.clock.advance(minutes(6));
  f.queue.callNext(1);  // A002 served in 6; A003 waited 20
  f.queue.recall(1);
  f.queue.recall(1);
  f.queue.noShow(1);  // A003 did not come
  DailyStats s = f.queue.dailyStats();
  CHECK(s.day == "2026-11-24");
  CHECK(s.total.tickets == 5);
  CHECK(s.total.served == 3);
  CHECK(s.total.noShows == 1);
  const QueueFigures& a = s.services.at(0);
  CHECK(a.name == "社保医保");
  CHECK(a.tickets == 4);
  CHECK(a.served == 2);
  CHECK(a.noShows == 1);
  CHECK(a.waitMedian == 14.0);  // waits 10, 14, 20
  CHECK(a.waitP90 == 20.0);
  CHECK(a.serviceMedian == 4.0);  // services 4, 6: nearest rank
  CHECK(a.serviceP90 == 6.0);
  const QueueFigures& counter3 = s.counters.at(2);
  CHECK(counter3.tickets == 1);
  CHECK(counter3.served == 1);
  CHECK(counter3.serviceMedian == 4.0);
  CHECK(s.counters.at(1).tickets == 0);
  CHECK_FALSE(s.counters.at(1).waitMedian);

  f.queue.recordDailySummary();
  auto events = data::Outbox(f.store.db()).pending(100);
  REQUIRE(events.back().type == "queue.daily_summary");
  auto payload = nlohmann::json::parse(events.back().payload);
  CHECK(payload["day"] == "2026-11-24");
  CHECK(payload["services"][0]["wait_median_min"] == 14.0);
  CHECK(payload["counters"][1]["wait_median_min"].is_null());
}

TEST_CASE("percentiles are nearest-rank", "[queue][stats]") {
  CHECK(percentile({}, 50) == std::nullopt);
  CHECK(percentile({7}, 90) == 7);
  CHECK(percentile({1, 2, 3, 4, 5, 6, 7, 8, 9, 10}, 90) == 9);
  CHECK(percentile({10, 1, 5}, 50) == 5);
}
