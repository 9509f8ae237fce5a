// 志愿者签到 at the kiosk, as plain C++ (issue 15, requirement 3 and "bad input"): the tile, a
// QR card on the home screen signing in and out, one tap after identifying, the same card twice
// within seconds, an ID card, phone and PIN with its lockout, every refusal in Chinese, and
// nothing of the volunteer left when the kiosk goes home.
#include <catch2/catch.hpp>

#include "data/outbox.h"
#include "drivers/idcard/sim/fixture_cards.h"
#include "kiosk/appointments/appointment_service.h"
#include "kiosk/residents/phone_keypad.h"
#include "kiosk/volunteers/volunteer_card.h"
#include "kiosk/volunteers/volunteer_flow.h"
#include "kiosk/volunteers/volunteer_review_flow.h"
#include "support/session_fixture.h"
#include "support/volunteer_fixture.h"

using namespace yizhan;
using namespace yizhan::kiosk;
using namespace std::chrono_literals;

namespace {
struct Fixture : test::SessionFixture {
  std::int64_t wang = test::enrolVolunteer(station);
  std::string card() { return volunteerCardCode("demo-station", wang, *station.personalKey()); }
  int taps = 0;
  void tap(const Intent& i) {
    ++taps;
    send(i);
  }
  int events(const std::string& type) {
    int n = 0;
    for (auto& e : data::Outbox(station.store().db()).pending(1000)) n += e.type == type;
    return n;
  }
};
}  // namespace

TEST_CASE("a volunteer card on the home screen signs in with one tap, and out with none",
          "[volunteers][flow]") {
  Fixture f;
  CHECK(std::any_of(f.snap().tiles.begin(), f.snap().tiles.end(),
                    [](const HomeTile& t) { return t.id == tiles::Volunteers; }));
  f.session.scanned(f.card());
  CHECK(f.snap().screen == screens::VolunteerActivity);
  CHECK(f.snap().part<VolunteerPart>().nameMasked == "王*明");
  CHECK(f.snap().prompt.find("请选择服务内容") == 0);
  f.tap(intent::PickActivity{"duty"});
  CHECK(f.taps == 1);  // identified, then one tap: signed in
  CHECK(f.snap().screen == screens::VolunteerOnDuty);
  CHECK(f.snap().part<VolunteerPart>().justSignedIn);
  CHECK(f.snap().prompt == "签到成功。值班，09:30开始服务。谢谢您！");
  CHECK(f.events("volunteer.signed_in") == 1);
  CHECK(f.station.volunteerShifts().openShift(f.wang));
  f.send(intent::VolunteerDone{});
  CHECK(f.snap().screen == screens::Home);

  // Two and a half hours later the same card signs out at once, with the shift and the day.
  f.clock.advance(2h + 30min);
  f.session.scanned(f.card());
  CHECK(f.snap().screen == screens::VolunteerSignedOut);
  REQUIRE(f.snap().part<VolunteerPart>().shift);
  CHECK(f.snap().part<VolunteerPart>().shift->creditedMinutes == 150);
  CHECK(f.snap().part<VolunteerPart>().todayMinutes == 150);
  CHECK(f.snap().prompt == "签退成功。本次服务2小时30分钟，今天累计2小时30分钟。辛苦了！");
  // This month so far: the hours, the points they earned (1 an hour), the rank.
  REQUIRE(f.snap().part<VolunteerPart>().month);
  CHECK(monthHoursWords(*f.snap().part<VolunteerPart>().month, Lang::Zh) == "本月服务 2小时30分钟");
  CHECK(monthPointsWords(*f.snap().part<VolunteerPart>().month, Lang::Zh) ==
        "本月积分 2.5 · 第1名");
  CHECK(f.events("volunteer.signed_out") == 1);
}

TEST_CASE("the same card twice within seconds is one sign-in, not a sign-in and a sign-out",
          "[volunteers][flow]") {
  Fixture f;
  f.session.scanned(f.card());
  f.send(intent::PickActivity{"duty"});
  f.send(intent::VolunteerDone{});
  f.clock.advance(4s);
  f.session.scanned(f.card());
  CHECK(f.snap().screen == screens::VolunteerOnDuty);
  CHECK(f.snap().part<VolunteerPart>().repeated);
  CHECK(f.events("volunteer.signed_out") == 0);
  CHECK(f.station.volunteerShifts().openShift(f.wang));
  // And a sign-out scanned twice is one sign-out, not a new sign-in.
  f.send(intent::VolunteerDone{});
  f.clock.advance(1h);
  f.session.scanned(f.card());
  CHECK(f.snap().screen == screens::VolunteerSignedOut);
  f.send(intent::VolunteerDone{});
  f.clock.advance(3s);
  f.session.scanned(f.card());
  CHECK(f.snap().screen == screens::VolunteerSignedOut);
  CHECK(f.events("volunteer.signed_in") == 1);
  CHECK(f.events("volunteer.signed_out") == 1);
}

TEST_CASE("another station's card, a forged one, a torn one and a slip are each refused",
          "[volunteers][flow]") {
  Fixture f;
  auto otherKey = PersonalKey::loadOrCreate(f.dir.path() / "other" / "personal.key");
  std::string forged = f.card();
  forged.back() = forged.back() == '0' ? '1' : '0';
  const std::pair<std::string, std::string> cases[] = {
      {volunteerCardCode("other-station", f.wang, *f.station.personalKey()),
       "这是其他站点的志愿者码，本站不能使用，请联系工作人员"},
      {volunteerCardCode("demo-station", f.wang, otherKey),
       "这个志愿者码无效，请联系工作人员重新打印"},
      {forged, "这个志愿者码无效，请联系工作人员重新打印"},
      {"YZV:demo-station:1", "志愿者码没有读全，请再扫一次"},
      {volunteerCardCode("demo-station", 999, *f.station.personalKey()),
       "没有找到这位志愿者，请联系工作人员"},
  };
  for (const auto& [code, words] : cases) {
    INFO(code);
    f.session.scanned(code);
    CHECK(f.snap().screen == screens::VolunteerSignIn);
    CHECK(f.snap().error == std::optional<std::string>(words));
    f.send(intent::Back{});
  }
  // On the volunteers' screen a booking slip is no volunteer card.
  f.send(intent::OpenTile{tiles::Volunteers});
  f.session.scanned(appointmentQrPayload("0b7d"));
  CHECK(f.snap().screen == screens::VolunteerSignIn);
  CHECK(f.snap().error == std::optional<std::string>("这不是志愿者码。志愿者请扫描自己的志愿者码"));
  CHECK(f.events("volunteer.signed_in") == 0);
}

TEST_CASE("an inactive or removed volunteer is told, and nothing is signed", "[volunteers][flow]") {
  Fixture f;
  auto details = test::wangXiaoming();
  details.status = VolunteerStatus::Inactive;
  f.station.volunteerRoster().update(f.wang, details, "staff");
  f.session.scanned(f.card());
  CHECK(f.snap().error == std::optional<std::string>("您的志愿者登记已停用，请联系工作人员"));
  details.status = VolunteerStatus::Removed;
  f.station.volunteerRoster().update(f.wang, details, "staff");
  f.send(intent::Back{});
  f.session.scanned(f.card());
  CHECK(f.snap().error == std::optional<std::string>("没有找到这位志愿者，请联系工作人员"));
  CHECK(f.events("volunteer.signed_in") == 0);
}

TEST_CASE("an ID card on the volunteers' screen identifies a volunteer on the roster",
          "[volunteers][flow]") {
  Fixture f;
  f.send(intent::OpenTile{tiles::Volunteers});
  CHECK(f.snap().screen == screens::VolunteerSignIn);
  CHECK(f.snap().prompt.find("志愿者签到签退") == 0);
  // Someone not on the roster.
  f.session.cardRead(drivers::sim::elderlyResident());
  CHECK(f.snap().screen == screens::VolunteerSignIn);
  CHECK(f.snap().error == std::optional<std::string>("这张身份证没有登记为志愿者，请联系工作人员"));
  // 王小明's own card: the activities, then signed in; by the tile, on duty shows 签退.
  drivers::Identity card = drivers::sim::elderlyResident();
  card.name = "王小明";
  card.number = "110105198001011238";
  f.session.cardRead(card);
  CHECK(f.snap().screen == screens::VolunteerActivity);
  f.send(intent::PickActivity{"elderly_care"});
  f.send(intent::VolunteerDone{});
  f.clock.advance(1h);
  f.send(intent::OpenTile{tiles::Volunteers});
  f.session.cardRead(card);
  CHECK(f.snap().screen == screens::VolunteerOnDuty);
  CHECK_FALSE(f.snap().part<VolunteerPart>().justSignedIn);
  CHECK(f.snap().prompt == "服务中。您09:30开始服务。要签退，请按签退。");
  f.send(intent::VolunteerSignOut{});
  CHECK(f.snap().screen == screens::VolunteerSignedOut);
  CHECK(f.snap().part<VolunteerPart>().shift->creditedMinutes == 60);
}

TEST_CASE("phone and PIN: a wrong PIN says the tries left, five lock it, the right one signs in",
          "[volunteers][flow]") {
  Fixture f;
  f.send(intent::OpenTile{tiles::Volunteers});
  f.send(intent::VolunteerUsePhone{});
  CHECK(f.snap().screen == screens::VolunteerPhone);
  f.keys("13900000000");
  f.send(intent::KeypadConfirm{});
  CHECK(f.snap().error ==
        std::optional<std::string>("这个手机号没有登记为志愿者，请检查后重新输入"));
  for (int i = 0; i < 11; ++i) f.send(intent::KeypadDelete{});
  f.keys("13812345678");
  f.send(intent::KeypadConfirm{});
  CHECK(f.snap().error ==
        std::optional<std::string>("您还没有志愿者密码：请用志愿者码或身份证，或请工作人员设置"));

  REQUIRE(f.station.volunteerRoster().setPin(f.wang, "2468", "staff"));
  CHECK(f.snap().part<PhoneKeypadPart>().phoneDigits.empty());  // typed afresh after a refusal
  f.keys("13812345678");
  f.send(intent::KeypadConfirm{});
  CHECK(f.snap().screen == screens::VolunteerPin);
  auto wrong = [&] {
    f.keys("1111");
    CHECK(f.snap().part<VolunteerPart>().pinDigits == 4);
    f.send(intent::KeypadConfirm{});
    REQUIRE(f.settleUntil([&] { return !f.snap().part<VolunteerPart>().pinChecking; }));
  };
  wrong();
  CHECK(f.snap().error == std::optional<std::string>("密码不对，还可以再试4次"));
  for (int i = 0; i < 4; ++i) wrong();
  REQUIRE(f.snap().error);
  CHECK(f.snap().error->find("密码错误次数太多") == 0);
  // The right PIN now is refused until the lock has passed.
  f.keys("2468");
  f.send(intent::KeypadConfirm{});
  CHECK(f.snap().error->find("密码错误次数太多") == 0);
  f.clock.advance(31s);
  f.keys("2468");
  f.send(intent::KeypadConfirm{});
  REQUIRE(f.settleUntil([&] { return f.snap().screen == screens::VolunteerActivity; }));
  f.send(intent::PickActivity{"policy_talk"});
  CHECK(f.snap().screen == screens::VolunteerOnDuty);
  CHECK(f.station.volunteerShifts().openShift(f.wang)->activity == "policy_talk");
}

TEST_CASE("going home forgets the volunteer, their shift and the PIN typed", "[volunteers][flow]") {
  Fixture f;
  f.session.scanned(f.card());
  f.send(intent::PickActivity{"duty"});
  CHECK(f.snap().part<VolunteerPart>().shift);
  f.idle(60s);
  CHECK(f.snap().screen == screens::Home);
  CHECK(f.snap().part<VolunteerPart>().nameMasked.empty());
  CHECK_FALSE(f.snap().part<VolunteerPart>().shift);

  REQUIRE(f.station.volunteerRoster().setPin(f.wang, "2468", "staff"));
  f.send(intent::OpenTile{tiles::Volunteers});
  f.send(intent::VolunteerUsePhone{});
  f.keys("13812345678");
  f.send(intent::KeypadConfirm{});
  f.keys("24");
  CHECK(f.snap().part<VolunteerPart>().pinDigits == 2);
  f.idle(60s);
  CHECK(f.snap().part<VolunteerPart>().pinDigits == 0);
  f.send(intent::OpenTile{tiles::Volunteers});
  f.send(intent::VolunteerUsePhone{});
  CHECK(f.snap().part<PhoneKeypadPart>().phoneDigits.empty());
}

TEST_CASE("a shift left open is closed by the kiosk at closing time, flagged for staff",
          "[volunteers][flow]") {
  Fixture f;
  f.session.scanned(f.card());
  f.send(intent::PickActivity{"duty"});
  f.send(intent::VolunteerDone{});
  f.clock.set(*parseLocalDateTime("2026-11-24T17:31:00"));
  f.session.tick();
  CHECK_FALSE(f.station.volunteerShifts().openShift(f.wang));
  REQUIRE(f.station.volunteerShifts().awaitingReview().size() == 1);
  CHECK(f.events("volunteer.shift_closed") == 1);
  // The next morning the same card signs in afresh.
  f.clock.set(*parseLocalDateTime("2026-11-25T09:00:00"));
  f.session.scanned(f.card());
  CHECK(f.snap().screen == screens::VolunteerActivity);
}

TEST_CASE("staff confirm one flagged shift and correct another, with a reason, at the kiosk",
          "[volunteers][flow][review]") {
  Fixture f;
  auto li = test::enrolVolunteer(f.station, "13900001111");
  auto& shifts = f.station.volunteerShifts();
  shifts.signIn(f.wang, "duty");
  shifts.signIn(li, "elderly_care");
  f.clock.set(*parseLocalDateTime("2026-11-24T18:00:00"));
  shifts.closeForgotten();
  REQUIRE(shifts.awaitingReview().size() == 2);

  f.staffLogin();
  bool listed = false;
  for (const auto& e : f.snap().staffEntries) listed |= e.label == "待确认时长2";
  CHECK(listed);
  f.send(intent::OpenVolunteerReview{});
  CHECK(f.snap().screen == screens::VolunteerReview);
  const auto& part = f.snap().part<VolunteerReviewPart>();
  REQUIRE(part.shifts.size() == 2);
  CHECK(part.shifts[0].nameMasked == "王*明");
  CHECK(part.shifts[0].times == "09:30–17:30");
  CHECK(part.shifts[0].proposedMinutes == 480);

  // Confirm the first: the rules' hours count.
  f.send(intent::ChooseFlaggedShift{part.shifts[0].id});
  CHECK(f.snap().screen == screens::VolunteerReviewShift);
  f.send(intent::ConfirmFlaggedShift{});
  CHECK(f.snap().screen == screens::VolunteerReview);
  CHECK(f.snap().notice == std::optional<std::string>("已保存"));
  CHECK(shifts.creditedMinutesOn(f.wang, "2026-11-24") == 480);
  REQUIRE(part.shifts.size() == 1);

  // Correct the second: no minutes typed, no correction; 120 and 早退, corrected.
  f.send(intent::ChooseFlaggedShift{part.shifts[0].id});
  f.send(intent::CorrectFlaggedShift{1});
  CHECK(f.snap().screen == screens::VolunteerReviewShift);
  f.keys("99999");
  CHECK(f.snap().part<VolunteerReviewPart>().minutesTyped == "9999");
  f.send(intent::CorrectFlaggedShift{1});
  CHECK(f.snap().error == std::optional<std::string>("一次服务不能超过1440分钟"));
  for (int i = 0; i < 4; ++i) f.send(intent::KeypadDelete{});
  f.keys("120");
  f.send(intent::CorrectFlaggedShift{1});
  CHECK(f.snap().screen == screens::VolunteerReview);
  CHECK(shifts.creditedMinutesOn(li, "2026-11-24") == 120);
  CHECK(shifts.awaitingReview().empty());
  bool reasoned = false;
  for (auto& e : data::Outbox(f.station.store().db()).pending(1000)) {
    if (e.type == "volunteer.shift_reviewed" && e.payload.find("早退") != std::string::npos)
      reasoned = e.payload.find("kiosk-staff") != std::string::npos;
  }
  CHECK(reasoned);
  CHECK(f.events("volunteer.shift_reviewed") == 2);
}
