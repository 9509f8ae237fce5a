#pragma once
// What the echo wall tests put in a station's store: requests and appeals done and closed in
// the last days, with notes that name and number people the way real notes do, beside ones
// that must not show (cancelled, referred, reopened, closed eight days ago). 张桂兰 is on the
// residents' roster, 王小明 on the volunteers'.
#include <catch2/catch.hpp>

#include "kiosk/appeals/appeal_desk.h"
#include "kiosk/base/clock.h"
#include "kiosk/station.h"
#include "support/request_fixture.h"
#include "support/volunteer_fixture.h"

namespace yizhan::test {

struct EchoWallSeed {
  std::int64_t zhang = 0, wang = 0;
  std::int64_t errand = 0, appeal = 0, anonymous = 0;
};

inline kiosk::ActOutcome echoAct(kiosk::Station& station, std::int64_t id,
                                 kiosk::RequestAction action, kiosk::RequestActor actor,
                                 std::string note = "", std::string department = "",
                                 std::optional<std::int64_t> volunteer = std::nullopt) {
  kiosk::ActAsk ask;
  ask.action = action;
  ask.actor = std::move(actor);
  ask.note = std::move(note);
  ask.reason = action == kiosk::RequestAction::Refer || action == kiosk::RequestAction::Hold ||
                       action == kiosk::RequestAction::CallbackUnsatisfied
                   ? "原因"
                   : "";
  ask.department = std::move(department);
  ask.volunteerId = volunteer;
  return station.requests().act(id, ask);
}

// Everything at `clock`'s day (a Tuesday); one closed eight days before.
inline EchoWallSeed seedEchoWall(kiosk::Station& station, kiosk::ManualClock& clock) {
  using A = kiosk::RequestAction;
  auto staff = kiosk::RequestActor::staff("console-1");
  EchoWallSeed s;
  kiosk::RequestDesk& desk = station.requests();
  s.zhang = desk.residents().enrollOrUpdate(zhangGuilan(), "staff", "staff").resident->id;
  s.wang = enrolVolunteer(station);
  kiosk::TimePoint now = clock.now();

  // Eight days ago: an errand done and closed then; too old for the wall.
  clock.set(now - std::chrono::hours(24 * 8));
  kiosk::SubmitAsk old;
  old.residentId = s.zhang;
  old.errandId = "utilities";
  old.answers = {"水费", "上午"};
  std::int64_t oldId = desk.submit(old).request->id;
  REQUIRE(echoAct(station, oldId, A::Dispatch, staff, "", "", s.wang));
  REQUIRE(echoAct(station, oldId, A::Start, kiosk::RequestActor::volunteer(s.wang)));
  REQUIRE(echoAct(station, oldId, A::Resolve, kiosk::RequestActor::volunteer(s.wang), "已取药"));
  REQUIRE(echoAct(station, oldId, A::CallbackSatisfied, staff));
  clock.set(now - std::chrono::hours(24));  // Monday

  // An errand: the volunteer's note names her, her door and her phone.
  kiosk::SubmitAsk ask;
  ask.residentId = s.zhang;
  ask.errandId = "utilities";
  ask.answers = {"电费", "上午"};
  s.errand = desk.submit(ask).request->id;
  REQUIRE(echoAct(station, s.errand, A::Dispatch, staff, "", "", s.wang));
  REQUIRE(echoAct(station, s.errand, A::Start, kiosk::RequestActor::volunteer(s.wang)));
  clock.set(now);
  REQUIRE(echoAct(station, s.errand, A::Resolve, kiosk::RequestActor::volunteer(s.wang),
                  "王小明已为张桂兰代缴电费200元，送回3号楼2单元301，电话13911112222"));
  REQUIRE(echoAct(station, s.errand, A::CallbackSatisfied, staff));

  // An appeal about her stairwell, forwarded to 城管, done by the department.
  kiosk::AppealAsk appeal;
  appeal.residentId = s.zhang;
  appeal.categoryId = "sanitation";
  appeal.building = "3号楼";
  appeal.unit = "2单元";
  s.appeal = station.appeals().submit(appeal).appeal->id;
  REQUIRE(echoAct(station, s.appeal, A::Forward, staff, "", "城管"));
  REQUIRE(echoAct(station, s.appeal, A::DepartmentDone, kiosk::RequestActor::department("城管"),
                  "楼道垃圾已清运，已告知张阿姨"));
  REQUIRE(echoAct(station, s.appeal, A::CallbackSatisfied, staff));

  // Anonymous, about the car park: settled by the community; closes once resolved.
  kiosk::AppealAsk anonymous;
  anonymous.anonymous = true;
  anonymous.categoryId = "parking";
  anonymous.spot = "停车场";
  s.anonymous = station.appeals().submit(anonymous).appeal->id;
  REQUIRE(echoAct(station, s.anonymous, A::Start, staff));
  REQUIRE(echoAct(station, s.anonymous, A::Resolve, staff, "已清理占道车辆，划好停车线"));

  // Not on the wall: withdrawn, passed out, done but not to her liking.
  kiosk::SubmitAsk other = ask;
  other.errandId = "pension-check";
  other.answers = {"上午"};
  std::int64_t cancelled = desk.submit(other).request->id;
  REQUIRE(echoAct(station, cancelled, A::Cancel, staff));
  kiosk::AppealAsk noise = appeal;
  noise.categoryId = "noise";
  std::int64_t referred = station.appeals().submit(noise).appeal->id;
  REQUIRE(echoAct(station, referred, A::Refer, staff));
  kiosk::AppealAsk facility = appeal;
  facility.categoryId = "facility";
  std::int64_t reopened = station.appeals().submit(facility).appeal->id;
  REQUIRE(echoAct(station, reopened, A::Start, staff));
  REQUIRE(echoAct(station, reopened, A::Resolve, staff, "已换灯泡"));
  REQUIRE(echoAct(station, reopened, A::CallbackUnsatisfied, staff));
  return s;
}

}  // namespace yizhan::test
