// Volunteers' shifts in the store (issue 15, requirements 3–5 and 8): sign in and out with
// events, the hours by the rules, a second scan within seconds, forgotten sign-outs closed at
// closing time, at the cap, at the next start-up or by signing in again, across midnight, the
// clock moved either way, and staff confirming or correcting what was flagged.
#include <catch2/catch.hpp>

#include <nlohmann/json.hpp>

#include "data/outbox.h"
#include "data/volunteer_shift_repository.h"
#include "kiosk/base/local_time.h"
#include "support/station_fixture.h"
#include "support/volunteer_fixture.h"

using namespace yizhan;
using kiosk::ShiftFlag;
using kiosk::SignKind;
using namespace std::chrono_literals;

namespace {
std::int64_t enrol(test::StationFixture& f, const char* phone = "13812345678") {
  return test::enrolVolunteer(f.station, phone);
}

void setLocal(test::StationFixture& f, const char* local) {
  f.clock.set(*kiosk::parseLocalDateTime(local));
}

std::vector<nlohmann::json> payloads(test::StationFixture& f, const std::string& type) {
  std::vector<nlohmann::json> out;
  for (auto& e : data::Outbox(f.station.store().db()).pending(1000))
    if (e.type == type) out.push_back(nlohmann::json::parse(e.payload));
  return out;
}
}  // namespace

TEST_CASE("a shift signed in and out is credited by the rules, with an event each way",
          "[volunteers][shifts]") {
  test::StationFixture f;
  auto& shifts = f.station.volunteerShifts();
  auto id = enrol(f);
  setLocal(f, "2026-11-24T09:00:00");
  auto in = shifts.signIn(id, "duty");
  CHECK(in.kind == SignKind::SignedIn);
  CHECK(shifts.openShift(id));
  setLocal(f, "2026-11-24T11:37:59");
  auto out = shifts.signOut(id);
  REQUIRE(out);
  CHECK(out->kind == SignKind::SignedOut);
  CHECK(out->shift.creditedMinutes == 157);  // exact by default
  CHECK(out->shift.flag == ShiftFlag::None);
  CHECK(out->shift.status == "closed");
  CHECK(out->todayMinutes == 157);
  CHECK_FALSE(shifts.openShift(id));
  CHECK_FALSE(shifts.signOut(id));  // nothing open any more

  auto signedIn = payloads(f, "volunteer.signed_in");
  auto signedOut = payloads(f, "volunteer.signed_out");
  REQUIRE(signedIn.size() == 1);
  REQUIRE(signedOut.size() == 1);
  CHECK(signedIn[0]["activity"] == "duty");
  CHECK(signedIn[0]["station"] == "demo-station");
  CHECK(signedOut[0]["shift_id"] == signedIn[0]["shift_id"]);
  CHECK(signedOut[0]["credited_minutes"] == 157);
  CHECK(signedOut[0]["served_minutes"] == 157);
  CHECK(signedOut[0]["ended_by"] == "signed_out");

  // A second shift the same day adds to today's total.
  setLocal(f, "2026-11-24T14:00:00");
  shifts.signIn(id, "elderly_care");
  setLocal(f, "2026-11-24T15:00:30");
  CHECK(shifts.signOut(id)->todayMinutes == 157 + 60);
  CHECK_THROWS(shifts.signIn(id, "dancing"));
}

TEST_CASE("each rounding rule credits the same shift its own way", "[volunteers][shifts]") {
  for (auto [rounding, credited] : {std::pair{0, 157}, {5, 155}, {10, 150}, {15, 150}}) {
    test::StationFixture f;
    // The station's rules are read at its start from [volunteers]; this one is built to test.
    kiosk::ShiftRules rules;
    rules.roundingMinutes = rounding;
    kiosk::Live<kiosk::ServiceCatalog> catalog(kiosk::defaultCatalog());
    kiosk::Live<kiosk::WorkCalendar> calendar(kiosk::WorkCalendar::builtIn());
    kiosk::VolunteerShifts shifts(f.station.store().db(), rules, catalog, calendar, "s1", f.clock);
    auto id = enrol(f);
    setLocal(f, "2026-11-24T09:00:00");
    shifts.signIn(id, "duty");
    setLocal(f, "2026-11-24T11:37:59");
    INFO("rounding " << rounding);
    CHECK(shifts.signOut(id)->shift.creditedMinutes == credited);
  }
}

TEST_CASE("the same card again within seconds is the same sign-in, not a sign-out",
          "[volunteers][shifts]") {
  test::StationFixture f;
  auto& shifts = f.station.volunteerShifts();
  auto id = enrol(f);
  shifts.signIn(id, "duty");
  f.clock.advance(3s);
  auto repeat = shifts.recentAction(id);
  REQUIRE(repeat);
  CHECK(repeat->kind == SignKind::SignedIn);
  CHECK(repeat->repeated);
  f.clock.advance(20s);
  CHECK_FALSE(shifts.recentAction(id));
  shifts.signOut(id);
  f.clock.advance(5s);
  REQUIRE(shifts.recentAction(id));
  CHECK(shifts.recentAction(id)->kind == SignKind::SignedOut);
}

TEST_CASE("signing in again without signing out closes the first shift as forgotten",
          "[volunteers][shifts]") {
  test::StationFixture f;
  auto& shifts = f.station.volunteerShifts();
  auto id = enrol(f);
  setLocal(f, "2026-11-24T09:00:00");
  shifts.signIn(id, "duty");
  setLocal(f, "2026-11-24T14:00:00");
  auto again = shifts.signIn(id, "policy_talk");
  REQUIRE(again.forgotten);
  CHECK(again.forgotten->flag == ShiftFlag::Forgotten);
  CHECK(again.forgotten->creditedMinutes == 0);
  CHECK(again.forgotten->proposedMinutes == 300);
  CHECK(again.forgotten->status == "review");
  CHECK(shifts.openShift(id)->activity == "policy_talk");
  auto closed = payloads(f, "volunteer.shift_closed");
  REQUIRE(closed.size() == 1);
  CHECK(closed[0]["ended_by"] == "signed_in_again");
  CHECK(closed[0]["flag"] == "forgotten");
}

TEST_CASE("a shift nobody signed out of closes at closing time, flagged, crediting nothing",
          "[volunteers][shifts]") {
  test::StationFixture f;
  auto& shifts = f.station.volunteerShifts();
  auto id = enrol(f);
  setLocal(f, "2026-11-24T14:00:00");
  shifts.signIn(id, "duty");
  setLocal(f, "2026-11-24T17:29:00");
  CHECK(shifts.closeForgotten() == 0);  // the station is still open
  setLocal(f, "2026-11-24T17:31:00");
  CHECK(shifts.closeForgotten() == 1);
  auto review = shifts.awaitingReview();
  REQUIRE(review.size() == 1);
  CHECK(review[0].endEpoch ==
        kiosk::epochSeconds(*kiosk::parseLocalDateTime("2026-11-24T17:30:00")));
  CHECK(review[0].creditedMinutes == 0);
  CHECK(review[0].proposedMinutes == 210);
  CHECK(shifts.creditedMinutesOn(id, "2026-11-24") == 0);

  // Staff confirm: the proposed hours count, with an event naming who.
  CHECK(shifts.confirm(review[0].id, "staff"));
  CHECK(shifts.creditedMinutesOn(id, "2026-11-24") == 210);
  CHECK_FALSE(shifts.confirm(review[0].id, "staff"));  // already answered
  auto reviewed = payloads(f, "volunteer.shift_reviewed");
  REQUIRE(reviewed.size() == 1);
  CHECK(reviewed[0]["status"] == "confirmed");
  CHECK(reviewed[0]["reviewed_by"] == "staff");
}

TEST_CASE("staff correct a flagged shift only with a reason", "[volunteers][shifts]") {
  test::StationFixture f;
  auto& shifts = f.station.volunteerShifts();
  auto id = enrol(f);
  setLocal(f, "2026-11-24T09:00:00");
  shifts.signIn(id, "duty");
  setLocal(f, "2026-11-24T18:00:00");
  shifts.closeForgotten();
  auto flagged = shifts.awaitingReview().at(0);
  CHECK_FALSE(shifts.correct(flagged.id, 120, "", "staff"));
  CHECK(shifts.correct(flagged.id, 120, "只在上午值班，中午忘记签退", "staff"));
  CHECK(shifts.creditedMinutesOn(id, "2026-11-24") == 120);
  auto reviewed = payloads(f, "volunteer.shift_reviewed");
  REQUIRE(reviewed.size() == 1);
  CHECK(reviewed[0]["status"] == "corrected");
  CHECK(reviewed[0]["credited_minutes"] == 120);
  CHECK(reviewed[0]["reason"] == "只在上午值班，中午忘记签退");
}

TEST_CASE("a station switched off at closing time closes the shift at its next start-up",
          "[volunteers][shifts]") {
  test::StationFixture f;
  auto id = enrol(f);
  setLocal(f, "2026-11-24T15:00:00");
  f.station.volunteerShifts().signIn(id, "duty");
  // Switched off at 17:00 and on again next morning: the start-up sweep closes it at the
  // closing time of the day it began, not at the moment the station came back.
  setLocal(f, "2026-11-25T08:20:00");
  CHECK(f.station.volunteerShifts().closeForgotten() == 1);
  auto shift = f.station.volunteerShifts().awaitingReview().at(0);
  CHECK(shift.proposedMinutes == 150);
  CHECK(shift.day == "2026-11-24");
}

TEST_CASE("a shift across midnight counts whole, for the day it began", "[volunteers][shifts]") {
  test::StationFixture f;
  auto& shifts = f.station.volunteerShifts();
  auto id = enrol(f);
  // A Saturday night (the station is closed: no closing time) 防汛 watch until 01:30.
  setLocal(f, "2026-11-28T22:00:00");
  shifts.signIn(id, "other");
  setLocal(f, "2026-11-29T01:30:00");
  CHECK(shifts.closeForgotten() == 0);  // the cap (8 h) has not passed
  auto out = shifts.signOut(id);
  REQUIRE(out);
  CHECK(out->shift.creditedMinutes == 210);
  CHECK(out->shift.day == "2026-11-28");
  CHECK(shifts.creditedMinutesOn(id, "2026-11-28") == 210);
  CHECK(shifts.creditedMinutesOn(id, "2026-11-29") == 0);
}

TEST_CASE("the clock set back or forward during a shift is flagged, never over-credited",
          "[volunteers][shifts]") {
  test::StationFixture f;
  auto& shifts = f.station.volunteerShifts();
  auto id = enrol(f);
  setLocal(f, "2026-11-24T10:00:00");
  shifts.signIn(id, "duty");
  setLocal(f, "2026-11-24T09:50:00");  // set back by a time sync
  auto back = shifts.signOut(id);
  REQUIRE(back);
  CHECK(back->shift.flag == ShiftFlag::ClockBack);
  CHECK(back->shift.creditedMinutes == 0);
  CHECK(back->shift.status == "review");

  auto other = enrol(f, "13900001111");
  setLocal(f, "2026-11-24T10:00:00");
  shifts.signIn(other, "duty");
  setLocal(f, "2026-11-25T10:00:00");  // a day forward: the sweep closes it at closing time
  CHECK(shifts.closeForgotten() == 1);
  auto flagged = shifts.awaitingReview();
  REQUIRE(flagged.size() == 2);
  CHECK(flagged[1].proposedMinutes == 450);  // 10:00 to 17:30, not 24 hours
  CHECK(flagged[1].creditedMinutes == 0);
}

TEST_CASE("a shift longer than the maximum is credited the maximum and flagged",
          "[volunteers][shifts]") {
  test::StationFixture f;
  auto& shifts = f.station.volunteerShifts();
  auto id = enrol(f);
  // A Sunday (no closing time): signed out after 9 hours.
  setLocal(f, "2026-11-29T08:00:00");
  shifts.signIn(id, "environment");
  setLocal(f, "2026-11-29T15:59:00");
  CHECK(shifts.closeForgotten() == 0);
  setLocal(f, "2026-11-29T16:05:00");
  // The sweep has not run since 16:00: the volunteer signs out first.
  auto out = shifts.signOut(id);
  REQUIRE(out);
  CHECK(out->shift.flag == ShiftFlag::Capped);
  CHECK(out->shift.creditedMinutes == 480);
  CHECK(out->shift.status == "review");
}
