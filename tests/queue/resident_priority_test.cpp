// Priority by disability, registered by staff: found again by a keyed hash, never stored or
// sent as a full ID number.
#include <sys/stat.h>
#include <catch2/catch.hpp>

#include <fstream>
#include <sstream>

#include "data/outbox.h"
#include "data/store.h"
#include "drivers/idcard/sim/fixture_cards.h"
#include "kiosk/residents/resident_priority.h"
#include "support/file_bytes.h"
#include "support/temp_dir.h"
#include "support/times.h"

using namespace yizhan;
using namespace yizhan::kiosk;

namespace {
drivers::Identity resident(const char* birth) {
  drivers::Identity id = drivers::sim::elderlyResident();
  id.birthDate = birth;
  id.number = drivers::sim::makeIdNumber("440305", id.birthDate, "031");
  return id;
}
}  // namespace

TEST_CASE("the personal-data key is made once, kept private, and keys the hash",
          "[queue][priority]") {
  test::TempDir dir;
  auto file = dir.path() / "keys" / "personal.key";
  PersonalKey first = PersonalKey::loadOrCreate(file);
  struct stat st {};
  REQUIRE(stat(file.c_str(), &st) == 0);
  CHECK((st.st_mode & 0777) == 0600);
  PersonalKey again = PersonalKey::loadOrCreate(file);
  std::string number = resident("19800101").number;
  CHECK(first.hashIdNumber(number) == again.hashIdNumber(number));
  CHECK(first.hashIdNumber(number).size() == 64);
  test::TempDir other;
  PersonalKey elsewhere = PersonalKey::loadOrCreate(other.path() / "personal.key");
  CHECK(elsewhere.hashIdNumber(number) != first.hashIdNumber(number));
  CHECK(maskIdNumber("110105194912310021") == "110***********0021");

  std::filesystem::resize_file(file, 5);
  CHECK_THROWS_WITH(PersonalKey::loadOrCreate(file), Catch::Contains("damaged"));
}

TEST_CASE("a disability registered by staff gives priority, age 70 does without it",
          "[queue][priority]") {
  test::TempDir dir;
  ManualClock clock{test::tuesdayMorning()};
  data::Store store = data::Store::open(dir.path(), "20261124-093000");
  PersonalKey key = PersonalKey::loadOrCreate(dir.path() / "keys" / "personal.key");
  ResidentPriority residents(store.db(), key, clock);

  drivers::Identity young = resident("19800101");
  CHECK_FALSE(residents.standingOf(young).priority());
  CHECK(residents.standingOf(resident("19561124")).priority());  // 70 today

  residents.setDisability(young, true, "staff");
  ResidentStanding s = residents.standingOf(young);
  CHECK(s.disability);
  CHECK(s.priority());
  CHECK(s.maskedId == maskIdNumber(young.number));
  residents.setDisability(young, false, "staff");
  CHECK_FALSE(residents.standingOf(young).priority());

  // Neither the store nor the outbox holds the number itself.
  auto events = data::Outbox(store.db()).pending(10);
  REQUIRE(events.size() == 2);
  CHECK(events[0].type == "resident.priority_flag_set");
  CHECK(events[0].payload.find(young.number) == std::string::npos);
  CHECK(events[0].payload.find(maskIdNumber(young.number)) != std::string::npos);
  std::string dump =
      test::fileBytes(dir.path() / "yizhan.db") + test::fileBytes(dir.path() / "yizhan.db-wal");
  CHECK(dump.find(young.number) == std::string::npos);
  CHECK(dump.find(young.number.substr(6, 8)) == std::string::npos);  // not even the birth date
}
