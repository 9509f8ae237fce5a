// A volunteer's phone and 4-digit PIN (issue 15, requirement 3 and "bad input"): Argon2id,
// a lockout per volunteer that doubles and survives a restart, and the refusals for an unknown
// phone, a volunteer without a PIN, and one who is inactive.
#include <catch2/catch.hpp>

#include "data/volunteer_repository.h"
#include "kiosk/staff/pin_hasher.h"
#include "support/station_fixture.h"
#include "support/volunteer_fixture.h"

using namespace yizhan;
using kiosk::PinOutcome;
using kiosk::VolunteerPinRefusal;

namespace {
std::int64_t enrol(test::StationFixture& f,
                   kiosk::VolunteerStatus status = kiosk::VolunteerStatus::Active) {
  auto d = test::wangXiaoming();
  d.status = status;
  return test::enrolVolunteer(f.station, "13812345678", d);
}

PinOutcome tryPin(kiosk::VolunteerPins& pins, const char* pin) {
  auto attempt = pins.begin("13812345678");
  if (attempt.refused) return PinOutcome::Locked;
  return pins.finish(attempt.volunteerId, kiosk::pinMatches(*attempt.hash, pin)).outcome;
}
}  // namespace

TEST_CASE("a volunteer signs in with their phone and PIN, and wrong PINs lock them out",
          "[volunteers][pins]") {
  test::StationFixture f;
  auto id = enrol(f);
  auto& pins = f.station.volunteerPins();
  CHECK(pins.begin("13812345678").refused == VolunteerPinRefusal::NoPin);
  CHECK_FALSE(f.station.volunteerRoster().setPin(id, "12", "staff"));
  CHECK_FALSE(f.station.volunteerRoster().setPin(id, "123456", "staff"));  // 4 digits exactly
  REQUIRE(f.station.volunteerRoster().setPin(id, "2468", "staff"));
  CHECK(f.station.volunteerRoster().find(id)->hasPin);
  auto stored = data::VolunteerRepository(f.station.store().db()).find(id);
  CHECK(stored->pinHash->rfind("$argon2id$", 0) == 0);

  CHECK(tryPin(pins, "2468") == PinOutcome::Accepted);
  for (int i = 0; i < 4; ++i) CHECK(tryPin(pins, "0000") == PinOutcome::Wrong);
  CHECK(tryPin(pins, "0000") == PinOutcome::Locked);  // the fifth wrong PIN locks
  auto locked = pins.begin("13812345678");
  CHECK(locked.refused == VolunteerPinRefusal::Locked);
  CHECK(locked.lockRemaining.count() == 30);
  // Even the right PIN waits out the lock.
  CHECK(tryPin(pins, "2468") == PinOutcome::Locked);
  f.clock.advance(std::chrono::seconds(31));
  CHECK(tryPin(pins, "2468") == PinOutcome::Accepted);
}

TEST_CASE("the lockout survives a restart of the kiosk", "[volunteers][pins]") {
  test::StationFixture f;
  auto id = enrol(f);
  REQUIRE(f.station.volunteerRoster().setPin(id, "2468", "staff"));
  kiosk::VolunteerPins first(f.station.store().db(), *f.station.personalKey(), f.clock, {});
  for (int i = 0; i < 5; ++i) tryPin(first, "0000");
  kiosk::VolunteerPins afterRestart(f.station.store().db(), *f.station.personalKey(), f.clock, {});
  CHECK(afterRestart.begin("13812345678").refused == VolunteerPinRefusal::Locked);
}

TEST_CASE("an unknown phone and an inactive volunteer are refused before any PIN check",
          "[volunteers][pins]") {
  test::StationFixture f;
  enrol(f, kiosk::VolunteerStatus::Inactive);
  auto& pins = f.station.volunteerPins();
  CHECK(pins.begin("13900000000").refused == VolunteerPinRefusal::UnknownPhone);
  CHECK(pins.begin("1390000").refused == VolunteerPinRefusal::UnknownPhone);
  CHECK(pins.begin("13812345678").refused == VolunteerPinRefusal::NotActive);
}
