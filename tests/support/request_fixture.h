#pragma once
// A station with residents and a volunteer for the on-behalf requests' tests: 张桂兰 of
// 3号楼 2单元 301 on the roster (phone known, lives alone), 王小明 the volunteer, and the
// card of 王秀英 (born 1948), whom the station has never seen.
#include <string>

#include "data/outbox.h"
#include "drivers/idcard/sim/fixture_cards.h"
#include "kiosk/requests/request_desk.h"
#include "support/station_fixture.h"
#include "support/volunteer_fixture.h"

namespace yizhan::test {

// A station that offers on-behalf requests at the kiosk (the default, said where it matters).
inline kiosk::Config offeringRequests() {
  kiosk::Config c;
  c.requests.offerAtKiosk = 1;
  return c;
}

// An artifact's file name with the screen size: errand-who-1920x1080.png.
inline std::string sized(const std::string& name, int w, int h) {
  return name + "-" + std::to_string(w) + "x" + std::to_string(h) + ".png";
}

inline kiosk::ResidentDetails zhangGuilan() {
  kiosk::ResidentDetails d;
  d.name = "张桂兰";
  d.idNumber = "110105194003150022";
  d.phone = "13911112222";
  d.address = kiosk::ResidentAddress{"3号楼", "2单元", "301"};
  d.livesAlone = true;
  return d;
}

// 张桂兰 (listed by staff) asks for 代缴水电气费 (电费, 上午); returns the request's id.
inline std::int64_t zhangAsks(kiosk::Station& station) {
  kiosk::RequestDesk& desk = station.requests();
  std::int64_t zhang =
      desk.residents().enrollOrUpdate(zhangGuilan(), "staff", "staff").resident->id;
  kiosk::SubmitAsk ask;
  ask.residentId = zhang;
  ask.errandId = "utilities";
  ask.answers = {"电费", "上午"};
  return desk.submit(ask).request->id;
}

struct RequestFixture : StationFixture {
  kiosk::RequestDesk& desk = station.requests();
  std::int64_t zhang =
      desk.residents().enrollOrUpdate(zhangGuilan(), "staff", "staff").resident->id;
  std::int64_t wang = enrolVolunteer(station);

  // 代缴水电气费 for 张桂兰: 电费, in the morning.
  kiosk::RequestView utilitiesForZhang() {
    kiosk::SubmitAsk ask;
    ask.residentId = zhang;
    ask.errandId = "utilities";
    ask.answers = {"电费", "上午"};
    return *desk.submit(ask).request;
  }
  kiosk::ActOutcome act(std::int64_t id, kiosk::RequestAction action,
                        kiosk::RequestActor actor = kiosk::RequestActor::staff("console"),
                        std::string reason = "", std::string note = "") {
    kiosk::ActAsk ask;
    ask.action = action;
    ask.actor = std::move(actor);
    ask.reason = std::move(reason);
    ask.note = std::move(note);
    if (action == kiosk::RequestAction::Dispatch) ask.volunteerId = wang;
    return desk.act(id, ask);
  }
  std::vector<data::OutboxEvent> requestEvents() {
    std::vector<data::OutboxEvent> out;
    for (auto& e : data::Outbox(station.store().db()).pending(10000))
      if (e.type.rfind("request.", 0) == 0) out.push_back(e);
    return out;
  }
};

}  // namespace yizhan::test
