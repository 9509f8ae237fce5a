// Priority from the ID card: whole years (周岁) on the day, 70 and over.
#include <catch2/catch.hpp>

#include "kiosk/residents/resident_age.h"

using namespace yizhan::kiosk;

namespace {
LocalDateTime on(int year, int month, int day) {
  return {year, month, day, 9, 30, 0, 2, 8 * 3600};
}
}  // namespace

TEST_CASE("age in whole years turns on the birthday, not before", "[queue][priority]") {
  CHECK(ageOn("19561124", on(2026, 11, 24)) == 70);
  CHECK(ageOn("19561125", on(2026, 11, 24)) == 69);  // seventy tomorrow: no priority yet
  CHECK(ageOn("19561231", on(2026, 11, 24)) == 69);
  CHECK(ageOn("19560101", on(2026, 11, 24)) == 70);
  CHECK(*ageOn("19561124", on(2026, 11, 24)) >= kPriorityAge);
  CHECK(*ageOn("19561125", on(2026, 11, 24)) < kPriorityAge);
}

TEST_CASE("born on 29 February: a year older on 1 March in other years", "[queue][priority]") {
  CHECK(ageOn("19560229", on(2026, 2, 28)) == 69);
  CHECK(ageOn("19560229", on(2026, 3, 1)) == 70);
  CHECK(ageOn("19560229", on(2028, 2, 29)) == 72);
}

TEST_CASE("a birth date that is not one gives no age", "[queue][priority]") {
  CHECK_FALSE(ageOn("", on(2026, 11, 24)));
  CHECK_FALSE(ageOn("1956112", on(2026, 11, 24)));
  CHECK_FALSE(ageOn("19561324", on(2026, 11, 24)));
  CHECK_FALSE(ageOn("1956AB24", on(2026, 11, 24)));
  CHECK_FALSE(ageOn("20301124", on(2026, 11, 24)));  // in the future
}
