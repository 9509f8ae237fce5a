#include <catch2/catch.hpp>

#include "kiosk/base/fixed_days.h"
#include "kiosk/base/local_time.h"
#include "kiosk/staff/lockout_policy.h"
#include "kiosk/staff/pin_hasher.h"
#include "support/times.h"

using namespace yizhan::kiosk;
using std::chrono::seconds;

TEST_CASE("lockout: free tries, then a delay that doubles up to the cap", "[staff]") {
  LockoutPolicy policy{5, seconds(30), seconds(3600)};
  for (int failures = 0; failures < 5; ++failures) {
    CHECK(policy.delayAfter(failures) == seconds(0));
    CHECK(policy.triesBeforeLock(failures) == 5 - failures);
  }
  CHECK(policy.delayAfter(5) == seconds(30));
  CHECK(policy.delayAfter(6) == seconds(60));
  CHECK(policy.delayAfter(7) == seconds(120));
  CHECK(policy.delayAfter(12) == seconds(3600));   // 30·2^7 = 3840 → capped
  CHECK(policy.delayAfter(500) == seconds(3600));  // no overflow however many
  CHECK(policy.triesBeforeLock(9) == 0);
}

TEST_CASE("PINs are 4-8 digits and stored only as Argon2id hashes", "[staff]") {
  CHECK(pinProblem("1234").empty());
  CHECK(pinProblem("12345678").empty());
  CHECK_FALSE(pinProblem("123").empty());
  CHECK_FALSE(pinProblem("123456789").empty());
  CHECK_FALSE(pinProblem("12a4").empty());
  std::string hash = hashPin("246810");
  CHECK(hash.rfind("$argon2id$", 0) == 0);
  CHECK(hash.find("246810") == std::string::npos);
  CHECK(pinMatches(hash, "246810"));
  CHECK_FALSE(pinMatches(hash, "246811"));
  CHECK(hashPin("246810") != hash);  // salted
}

TEST_CASE("fixed days of the month", "[domain]") {
  CHECK(fixedDayOf(5) == FixedDay::PeoplesSentimentDay);
  CHECK(fixedDayOf(25) == FixedDay::PeoplesSentimentDay);
  CHECK(fixedDayOf(15) == FixedDay::ReceptionDay);
  CHECK(fixedDayOf(24) == FixedDay::None);
}

TEST_CASE("local time is written with its +08:00 offset", "[time]") {
  TimePoint t = yizhan::test::tuesdayMorning();
  CHECK(formatIso(t) == "2026-11-24T09:30:00+08:00");
  CHECK(formatStamp(t) == "20261124-093000");
  LocalDateTime l = toLocal(t);
  CHECK(l.weekday == 2);
  CHECK(l.utcOffsetSeconds == 8 * 3600);
  CHECK(parseLocalDateTime("2026-11-24T09:30:00") == t);
  CHECK_FALSE(parseLocalDateTime("2026-13-24T09:30:00"));
  CHECK_FALSE(parseLocalDateTime("2026-11-24 09:30"));
  CHECK_FALSE(parseLocalDateTime("2026-11-24T09:30:00junk"));
  CHECK(isKnownTimeZone("Asia/Shanghai"));
  CHECK_FALSE(isKnownTimeZone("../../etc/passwd"));
}
