#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include "data/audit_log.h"
#include "data/outbox.h"
#include "data/store.h"
#include "kiosk/base/background_worker.h"
#include "kiosk/staff/pin_hasher.h"
#include "kiosk/staff/staff_auth.h"
#include "kiosk/staff/staff_calls.h"
#include "support/temp_dir.h"
#include "support/times.h"

using namespace yizhan;
using namespace yizhan::kiosk;
using std::chrono::seconds;

namespace {
const LockoutPolicy kPolicy{5, seconds(30), seconds(3600)};

PinResult attempt(StaffAuth& auth, const std::string& pin) {
  auto a = auth.begin();
  if (a.refused) return *a.refused;
  return auth.finish(pinMatches(*a.hash, pin));
}
}  // namespace

TEST_CASE("staff login: no PIN yet, right PIN, wrong PIN", "[staff]") {
  test::TempDir dir;
  ManualClock clock(test::tuesdayMorning());
  data::Store store = data::Store::open(dir.path(), "s");
  StaffAuth auth(store.db(), clock, kPolicy);
  CHECK(attempt(auth, "1234").outcome == PinOutcome::NotSet);
  REQUIRE_THROWS_AS(auth.setPin("12", "test"), std::invalid_argument);
  auth.setPin("246810", "test");
  CHECK(attempt(auth, "246810").outcome == PinOutcome::Accepted);
  PinResult wrong = attempt(auth, "000000");
  CHECK(wrong.outcome == PinOutcome::Wrong);
  CHECK(wrong.triesLeft == 4);
  auto audit = data::AuditLog(store.db()).recent(10);
  REQUIRE(audit.size() >= 3);
  CHECK(audit[0].action == "staff.login_failed");
  CHECK(audit[1].action == "staff.login");
  CHECK(audit[2].action == "staff.pin_set");
}

TEST_CASE("five wrong PINs lock staff login, growing, and the lock survives a restart", "[staff]") {
  test::TempDir dir;
  ManualClock clock(test::tuesdayMorning());
  {
    data::Store store = data::Store::open(dir.path(), "s");
    StaffAuth auth(store.db(), clock, kPolicy);
    auth.setPin("246810", "test");
    for (int i = 0; i < 4; ++i) CHECK(attempt(auth, "111111").outcome == PinOutcome::Wrong);
    PinResult fifth = attempt(auth, "111111");
    CHECK(fifth.outcome == PinOutcome::Locked);
    CHECK(fifth.lockRemaining == seconds(30));
  }
  clock.advance(std::chrono::seconds(10));
  {
    // A new process: the lock is still there, and even the right PIN is not checked.
    data::Store store = data::Store::open(dir.path(), "s");
    StaffAuth auth(store.db(), clock, kPolicy);
    PinResult locked = attempt(auth, "246810");
    CHECK(locked.outcome == PinOutcome::Locked);
    CHECK(locked.lockRemaining == seconds(20));
    clock.advance(seconds(21));
    PinResult sixth = attempt(auth, "111111");
    CHECK(sixth.outcome == PinOutcome::Locked);
    CHECK(sixth.lockRemaining == seconds(60));  // doubled
    clock.advance(seconds(61));
    CHECK(attempt(auth, "246810").outcome == PinOutcome::Accepted);
    // Success resets the count.
    CHECK(attempt(auth, "111111").triesLeft == 4);
    auto audit = data::AuditLog(store.db()).recent(50);
    int locks = 0;
    for (const auto& e : audit) locks += e.action == "staff.locked";
    CHECK(locks == 2);
  }
}

TEST_CASE("a clock set back does not stretch a lock beyond the longest", "[staff]") {
  test::TempDir dir;
  ManualClock clock(test::tuesdayMorning());
  data::Store store = data::Store::open(dir.path(), "s");
  StaffAuth auth(store.db(), clock, kPolicy);
  auth.setPin("246810", "test");
  for (int i = 0; i < 5; ++i) attempt(auth, "111111");
  clock.advance(-std::chrono::hours(24 * 365));  // power cut reset the clock
  auto left = auth.lockRemaining();
  REQUIRE(left);
  CHECK(*left <= kPolicy.max);
}

TEST_CASE("calling staff raises one notice, with its outbox event, until handled",
          "[staff][outbox]") {
  test::TempDir dir;
  ManualClock clock(test::tuesdayMorning());
  data::Store store = data::Store::open(dir.path(), "s");
  StaffCallService calls(store.db(), clock);
  auto first = calls.raise("kiosk");
  CHECK_FALSE(first.alreadyOpen);
  clock.advance(seconds(30));
  auto again = calls.raise("kiosk");  // an anxious second tap
  CHECK(again.alreadyOpen);
  CHECK(again.id == first.id);
  REQUIRE(calls.open().size() == 1);
  CHECK(calls.open()[0].raisedClock == "09:30");

  clock.advance(seconds(StaffCallService::kRepeatWindowSeconds));
  auto later = calls.raise("kiosk");
  CHECK_FALSE(later.alreadyOpen);
  CHECK(calls.open().size() == 2);

  CHECK(calls.handle(first.id));
  CHECK_FALSE(calls.handle(first.id));  // twice is a no-op, no second event
  CHECK(calls.open().size() == 1);

  auto events = data::Outbox(store.db()).pending(10);
  REQUIRE(events.size() == 3);
  CHECK(events[0].type == "staff_call.raised");
  CHECK(events[1].type == "staff_call.raised");
  CHECK(events[2].type == "staff_call.handled");
  CHECK(nlohmann::json::parse(events[2].payload)["call_id"] == first.id);
  CHECK(events[0].occurredAt == "2026-11-24T09:30:00+08:00");
}

TEST_CASE("the background worker runs jobs off-thread and continuations on drain", "[worker]") {
  std::atomic<int> wakes{0};
  BackgroundWorker worker([&] { ++wakes; });
  std::thread::id caller = std::this_thread::get_id();
  std::thread::id jobThread;
  std::thread::id continuationThread;
  worker.submit([&] {
    jobThread = std::this_thread::get_id();
    return [&] { continuationThread = std::this_thread::get_id(); };
  });
  while (wakes == 0) std::this_thread::sleep_for(std::chrono::milliseconds(1));
  CHECK_FALSE(worker.idle());  // finished but not drained
  CHECK(worker.drain() == 1);
  CHECK(worker.idle());
  CHECK(jobThread != caller);
  CHECK(continuationThread == caller);
}
