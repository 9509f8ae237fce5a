// One appeal from the card tap to the echo wall and the week's figures (issue 17's "done
// when"), through what each person meets: the resident's card on the reader simulator and taps
// on the drawn kiosk, the slip through the printer simulator; staff forwarding it to 城管 at 街道
// level over the counter console's API, as its page posts; the district-sim playing the
// department (in progress, then done); the reply on the kiosk's status screen from the slip's
// code; an unsatisfied callback that sends it back to the department, done again, satisfied,
// closed; then on the echo wall without her name, and counted in the week's figures; every step
// at the district once, in order.
#include <httplib.h>

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>
#include <set>
#include <thread>

#include "data/outbox.h"
#include "drivers/idcard/sim/fixture_cards.h"
#include "drivers/printer/sim/ticket_renderer.h"
#include "kiosk/appeals/appeal_flow.h"
#include "kiosk/echo/echo_wall_flow.h"
#include "kiosk/figures/request_figures.h"
#include "kiosk/requests/errand_flow.h"
#include "kiosk/requests/request_slip.h"
#include "support/console_login.h"
#include "support/drawn_text.h"
#include "support/qr_decode.h"
#include "support/request_fixture.h"
#include "support/sync_ui_fixture.h"

using namespace yizhan;
using namespace std::chrono_literals;
namespace screens = kiosk::screens;
using nlohmann::json;
using S = kiosk::RequestState;

namespace {
// Real time: the sync worker's pace. Up to 15 s.
template <class Done>
bool eventually(test::SyncUiFixture& f, Done done) {
  for (int i = 0; i < 500; ++i) {
    f.kiosk.settle();
    if (done()) return true;
    std::this_thread::sleep_for(30ms);
  }
  return done();
}
}  // namespace

TEST_CASE("an appeal from the card tap to the echo wall and the week's figures",
          "[requests][appeals][e2e]") {
  test::SyncUiFixture f(test::offeringRequests());
  kiosk::Station& station = f.kiosk.station();
  const drivers::Identity card = drivers::sim::elderlyResident();
  kiosk::ResidentDetails wang;
  wang.name = card.name;
  wang.idNumber = card.number;
  wang.phone = "13955556666";
  wang.address = kiosk::ResidentAddress{"3号楼", "2单元", "602"};
  REQUIRE(station.requests().residents().enrollOrUpdate(wang, "staff", "staff").resident);
  station.auth().setPin("246810", "test");
  kiosk::CounterConsole* console = station.startConsole(0);
  REQUIRE(console);
  std::string stationId =
      kiosk::StationCredentials::load(kiosk::StationCredentials::fileIn(f.dir.path()))->stationId;

  // 1. The resident: card, 环境卫生, 3号楼, 2单元, 提交; the slip with its code.
  f.kiosk.tap("我要反映");
  station.devices().cardReaderSimulator()->place(card);
  REQUIRE(f.settleUntil([&] { return f.kiosk.screen() == screens::AppealCategory; }));
  f.kiosk.tap("环境卫生");
  f.kiosk.tap("3号楼");
  f.kiosk.tap("2单元");
  f.kiosk.tap("提交");
  REQUIRE(f.kiosk.screen() == screens::AppealSubmitted);
  REQUIRE(f.printer().waitForTickets(1, 5s));
  auto slip = drivers::sim::renderTicket(f.printer().tickets().at(0),
                                         *drivers::PrinterProfile::named("standard-80mm"),
                                         *station.devices().textRaster());
  auto codes = test::decodeQrCodes(slip);
  REQUIRE(codes.size() == 1);
  auto appeal = station.requests().byNumber("20261124-001");
  REQUIRE(appeal);
  CHECK(appeal->kind == kiosk::RequestKind::Appeal);
  station.devices().cardReaderSimulator()->lift();
  f.kiosk.tap("好的");

  // 2. Staff pass it up: 城管, at 街道 level.
  httplib::Client client(console->url().substr(0, console->url().size() - 1));
  std::string cookie = test::consoleLogin(client, 1, "246810");
  auto act = [&](const json& body) {
    auto res =
        client.Post(("/api/counter/1/request/" + std::to_string(appeal->id) + "/act").c_str(),
                    {{"Cookie", cookie}, {"X-Yizhan", "1"}}, body.dump(), "application/json");
    REQUIRE(res);
    REQUIRE(res->status == 200);
    return json::parse(res->body);
  };
  json forwarded = act({{"action", "forward"}, {"department", "城管"}, {"level", "street"}});
  CHECK(forwarded["request"]["state_words"] == "已转派");
  CHECK(forwarded["request"]["level_words"] == "街道");

  // 3. The district-sim, as 城管: in progress, then done. The station asks for replies each
  // second.
  kiosk::SyncSettings sync = test::fastSyncSettings();
  sync.configEvery = 1s;
  station.startSync(sync);
  f.server.departmentReply(stationId, appeal->uuid, "城管", "in_progress", "已派人查看");
  REQUIRE(
      eventually(f, [&] { return station.requests().find(appeal->id)->state == S::InProgress; }));
  f.server.departmentReply(stationId, appeal->uuid, "城管", "done", "楼道杂物已清理，张阿姨已知晓");
  REQUIRE(eventually(f, [&] { return station.requests().find(appeal->id)->state == S::Resolved; }));

  // 4. The kiosk shows the reply: the slip's code on the home screen.
  station.devices().scannerSimulator()->scan(codes[0]);
  REQUIRE(f.settleUntil([&] { return f.kiosk.screen() == screens::ErrandStatus; }));
  CHECK(test::drawn(f.kiosk, "环境卫生  已办结"));
  CHECK(test::drawn(f.kiosk, "城管：楼道杂物已清理，阿姨已知晓"));
  CHECK(test::drawn(f.kiosk, "诉求编号 20261124-001"));
  f.artifact("e2e-appeal-status-1920x1080.png");
  f.kiosk.tap("好的");

  // 5. The callback: not satisfied. Back to 城管 at once, by the station.
  json unsatisfied = act({{"action", "callback_unsatisfied"}, {"reason", "楼道还是堆着旧家具"}});
  CHECK(unsatisfied["request"]["state"] == "dispatched");
  CHECK(unsatisfied["request"]["department"] == "城管");
  f.server.departmentReply(stationId, appeal->uuid, "城管", "done", "旧家具已清运");
  REQUIRE(eventually(f, [&] { return station.requests().find(appeal->id)->state == S::Resolved; }));
  json closed = act({{"action", "callback_satisfied"}, {"seen", "resolved"}});
  CHECK(closed["request"]["state"] == "closed");
  std::vector<std::string> steps;
  for (const auto& h : station.requests().history(appeal->id)) steps.push_back(h.action);
  CHECK(steps == std::vector<std::string>{"accept", "forward", "department_progress",
                                          "department_done", "callback_unsatisfied", "forward",
                                          "department_done", "callback_satisfied"});

  // 6. On the echo wall: what and where, what was done, by whom; not who asked.
  f.kiosk.tap("回音墙");
  REQUIRE(f.kiosk.screen() == screens::EchoWallScreen);
  CHECK(test::drawn(f.kiosk, "近7天为居民办好了1件事"));
  CHECK(test::drawn(f.kiosk, "环境卫生 · 3号楼"));
  CHECK(test::drawn(f.kiosk, "旧家具已清运"));
  CHECK(test::drawn(f.kiosk, "城管 · 当天办好 · 11月24日"));
  for (const std::string& personal :
       {card.name, std::string("王*英"), std::string("2单元"), std::string("602")}) {
    INFO(personal);
    CHECK_FALSE(test::drawn(f.kiosk, personal));
  }
  f.artifact("e2e-appeal-echo-wall-1920x1080.png");
  f.kiosk.tap("返回");

  // 7. Counted in the week's figures.
  kiosk::FiguresReport week = kiosk::computeFigures(
      station.store().db(), kiosk::WorkCalendar::builtIn(),
      kiosk::periodOf(kiosk::FigurePeriod::Week, "2026-11-24"), kiosk::defaultGrids(), "红帆驿站");
  const kiosk::FigureRow* appeals = week.find("station", "", "appeal");
  REQUIRE(appeals);
  CHECK(appeals->figures.collected == 1);
  CHECK(appeals->figures.resolved == 1);
  CHECK(appeals->figures.reopened == 1);
  CHECK(appeals->figures.satisfactionRate() == Approx(0.5));
  CHECK(week.find("category", "sanitation", "appeal")->figures.resolved == 1);

  // 8. The district has every step once, in order.
  for (int i = 0; i < 400 && data::Outbox(station.store().db()).pendingCount() > 0; ++i)
    std::this_thread::sleep_for(25ms);
  REQUIRE(data::Outbox(station.store().db()).pendingCount() == 0);
  std::vector<std::string> arrived;
  std::set<std::string> uuids;
  auto events = f.districtStore.eventsAsArrived(stationId, 10000);
  for (const auto& e : events) {
    uuids.insert(e.uuid);
    if (e.type == "request.accepted") arrived.push_back("accept");
    if (e.type == "request.transitioned")
      arrived.push_back(json::parse(e.payload)["action"].get<std::string>());
  }
  CHECK(uuids.size() == events.size());
  CHECK(arrived == steps);
}
