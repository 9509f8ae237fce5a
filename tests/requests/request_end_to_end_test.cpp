// One on-behalf request from the first tap to a satisfied close (issue 16's "done when"),
// through what each person meets: the resident's card on the reader simulator and taps on the
// drawn kiosk; the slip through the printer simulator (rendered, its QR read back); staff
// dispatching on the counter console's page in headless Chromium; the volunteer's QR card on
// the scanner and taps at the kiosk; the callback recorded over the console's HTTP API; the
// events uploaded to a district-sim. Then nothing of the resident in clear in the database,
// its write-ahead log or what the process logged.
#include <httplib.h>
#include <unistd.h>

#include <catch2/catch.hpp>
#include <cstdio>
#include <map>
#include <nlohmann/json.hpp>
#include <set>
#include <thread>

#include "data/outbox.h"
#include "drivers/idcard/sim/fixture_cards.h"
#include "drivers/printer/sim/ticket_renderer.h"
#include "kiosk/requests/errand_flow.h"
#include "kiosk/requests/request_slip.h"
#include "kiosk/requests/volunteer_errand_flow.h"
#include "kiosk/volunteers/volunteer_card.h"
#include "kiosk/volunteers/volunteer_flow.h"
#include "support/console_login.h"
#include "support/drawn_text.h"
#include "support/file_bytes.h"
#include "support/qr_decode.h"
#include "support/request_fixture.h"
#include "support/sync_ui_fixture.h"
#include "support/text_lines.h"
#include "support/volunteer_fixture.h"

using namespace yizhan;
using namespace std::chrono_literals;
namespace screens = kiosk::screens;
using nlohmann::json;

namespace {
// What the process writes to stderr while it lives, kept in a file (and shown afterwards).
class StderrCapture {
 public:
  explicit StderrCapture(std::filesystem::path file) : file_(std::move(file)) {
    std::fflush(stderr);
    saved_ = dup(2);
    std::FILE* f = std::fopen(file_.c_str(), "w");
    dup2(fileno(f), 2);
    std::fclose(f);
  }
  ~StderrCapture() { restore(); }
  std::string text() {
    restore();
    return test::fileBytes(file_);
  }

 private:
  void restore() {
    if (saved_ < 0) return;
    std::fflush(stderr);
    dup2(saved_, 2);
    close(saved_);
    saved_ = -1;
  }
  std::filesystem::path file_;
  int saved_ = -1;
};

const char* const kCell = "代缴水电气费 · 11月27日 星期五前办好";
}  // namespace

TEST_CASE("a request from the card tap to a satisfied close, every step at the district once",
          "[requests][e2e][browser]") {
  test::SyncUiFixture f(test::offeringRequests());
  StderrCapture logged(f.dir / "stderr.log");
  kiosk::Station& station = f.kiosk.station();
  const drivers::Identity card = drivers::sim::elderlyResident();
  // Staff enrolled 王秀英 with her phone and address at the desk some time ago.
  kiosk::ResidentDetails wang;
  wang.name = card.name;
  wang.idNumber = card.number;
  wang.phone = "13955556666";
  wang.address = kiosk::ResidentAddress{"8号楼", "1单元", "602"};
  REQUIRE(station.requests().residents().enrollOrUpdate(wang, "staff", "staff").resident);
  std::int64_t volunteer = test::enrolVolunteer(station);
  station.auth().setPin("246810", "test");
  kiosk::CounterConsole* console = station.startConsole(0);
  REQUIRE(console);

  // 1. The resident: card, errand, two choices, 确认提交; the slip.
  f.kiosk.tap("红色代办");
  station.devices().cardReaderSimulator()->place(card);
  REQUIRE(f.settleUntil([&] { return f.kiosk.screen() == screens::ErrandChoose; }));
  f.kiosk.tap("代缴水电气费");
  f.kiosk.tap("电费");
  f.kiosk.tap("上午");
  f.kiosk.tap("确认提交");
  REQUIRE(f.kiosk.screen() == screens::ErrandSubmitted);
  REQUIRE(f.printer().waitForTickets(1, 5s));
  auto slip = drivers::sim::renderTicket(f.printer().tickets().at(0),
                                         *drivers::PrinterProfile::named("standard-80mm"),
                                         *station.devices().textRaster());
  slip.writePng(std::string(YIZHAN_ARTIFACT_DIR) + "/e2e-request-slip.png");
  auto request = station.requests().byNumber("20261124-001");
  REQUIRE(request);
  auto codes = test::decodeQrCodes(slip);
  REQUIRE(codes.size() == 1);
  CHECK(codes[0] == kiosk::requestQrPayload(request->trackingCode));
  CHECK(test::anyLineContains(f.printer().tickets().at(0).texts(), "工作人员会在"));
  station.devices().cardReaderSimulator()->lift();
  f.kiosk.tap("好的");

  // 2. Staff dispatch it to 王小明 on the console's page, in Chromium.
  std::string cmd = std::string("timeout 120 node ") + YIZHAN_WEB_TESTS +
                    "/requests_dispatch.mjs " + console->url() + " 246810 20261124-001 " +
                    std::to_string(volunteer) + " " + YIZHAN_ARTIFACT_DIR +
                    "/e2e-console-dispatched.png >" + (f.dir / "out").string() + " 2>" +
                    (f.dir / "err").string();
  int status = std::system(cmd.c_str());
  INFO(test::fileBytes(f.dir / "err"));
  REQUIRE(WEXITSTATUS(status) == 0);
  json page = json::parse(test::fileBytes(f.dir / "out"));
  CHECK(page["answer"] == "派单：20261124-001 已派单");
  CHECK(page["holder"] == "王*明");

  // 3. The volunteer, on duty at the kiosk: what they hold, started, resolved.
  station.devices().scannerSimulator()->scan(
      kiosk::volunteerCardCode("demo-station", volunteer, *station.personalKey()));
  REQUIRE(f.settleUntil([&] { return f.kiosk.screen() == screens::VolunteerActivity; }));
  f.kiosk.tap("红色代办");
  REQUIRE(f.kiosk.screen() == screens::VolunteerOnDuty);
  CHECK(test::drawn(f.kiosk, "可接的代办（0）"));  // dispatched to them: not to take, but theirs
  f.kiosk.tap("我的代办（1）");
  f.kiosk.tap(kCell);
  f.kiosk.tap("开始办理");
  f.kiosk.tap("办好了");
  f.kiosk.tap("已办好，票据已交居民");
  REQUIRE(station.requests().find(request->id)->state == kiosk::RequestState::Resolved);
  f.kiosk.tap("返回");
  REQUIRE(f.kiosk.screen() == screens::VolunteerOnDuty);

  // 4. The callback: not satisfied (over the console's API, as its page posts).
  httplib::Client client(console->url().substr(0, console->url().size() - 1));
  std::string cookie = test::consoleLogin(client, 1, "246810");
  auto act = [&](const json& body) {
    auto res =
        client.Post(("/api/counter/1/request/" + std::to_string(request->id) + "/act").c_str(),
                    {{"Cookie", cookie}, {"X-Yizhan", "1"}}, body.dump(), "application/json");
    REQUIRE(res);
    REQUIRE(res->status == 200);
    return json::parse(res->body);
  };
  json reopened = act({{"action", "callback_unsatisfied"}, {"reason", "电费没有到账"}});
  CHECK(reopened["request"]["state"] == "reopened");

  // 5. Reopened: the volunteer takes it at the kiosk this time (the work slip), and does it.
  // Back at the kiosk by its 志愿者签到 button (a scan on the home screen would sign them out).
  f.kiosk.tap("好的");
  REQUIRE(f.kiosk.screen() == screens::Home);
  f.kiosk.tap("志愿者签到");
  station.devices().scannerSimulator()->scan(
      kiosk::volunteerCardCode("demo-station", volunteer, *station.personalKey()));
  REQUIRE(f.settleUntil([&] { return f.kiosk.screen() == screens::VolunteerOnDuty; }));
  CHECK(test::drawn(f.kiosk, "可接的代办（1）"));
  f.kiosk.tap("可接的代办（1）");
  f.kiosk.tap(kCell);
  f.kiosk.tap("接单");
  REQUIRE(f.printer().waitForTickets(2, 5s));
  auto work = f.printer().tickets().at(1).texts();
  CHECK(test::anyLineContains(work, "居民：王秀英"));
  CHECK(test::anyLineContains(work, "电话：13955556666"));
  drivers::sim::renderTicket(f.printer().tickets().at(1),
                             *drivers::PrinterProfile::named("standard-80mm"),
                             *station.devices().textRaster())
      .writePng(std::string(YIZHAN_ARTIFACT_DIR) + "/e2e-work-slip.png");
  f.kiosk.tap("开始办理");
  f.kiosk.tap("办好了");
  f.kiosk.tap("已办好，已告诉居民");
  REQUIRE(station.requests().find(request->id)->state == kiosk::RequestState::Resolved);

  // 6. Satisfied: closed, and the volunteer's points for it.
  json closed = act({{"action", "callback_satisfied"}, {"seen", "resolved"}});
  CHECK(closed["request"]["state"] == "closed");
  auto history = station.requests().history(request->id);
  std::vector<std::string> steps;
  for (const auto& h : history) steps.push_back(h.action);
  CHECK(steps == std::vector<std::string>{"accept", "dispatch", "start", "resolve",
                                          "callback_unsatisfied", "take", "start", "resolve",
                                          "callback_satisfied"});

  // 7. The district receives every step once, in order.
  kiosk::SyncWorker& worker = f.startSync();
  REQUIRE(f.settleUntil([&] { return worker.status().backlog == 0; }));
  for (int i = 0; i < 200 && data::Outbox(station.store().db()).pendingCount() > 0; ++i)
    std::this_thread::sleep_for(25ms);
  REQUIRE(data::Outbox(station.store().db()).pendingCount() == 0);
  auto events = f.districtStore.eventsAsArrived(
      kiosk::StationCredentials::load(kiosk::StationCredentials::fileIn(f.dir.path()))->stationId,
      10000);
  std::vector<std::string> arrived;
  std::set<std::string> uuids;
  for (const auto& e : events) {
    uuids.insert(e.uuid);
    if (e.type == "request.accepted") arrived.push_back("accept");
    if (e.type == "request.transitioned")
      arrived.push_back(json::parse(e.payload)["action"].get<std::string>());
  }
  CHECK(uuids.size() == events.size());
  CHECK(arrived == steps);

  // 8. Nothing of the resident in clear: the database, its write-ahead log, the process's log.
  std::string stored = test::fileBytes(station.store().db().path()) +
                       test::fileBytes(station.store().db().path().string() + "-wal");
  std::string log = logged.text();
  std::fputs(log.c_str(), stderr);
  CHECK(stored.size() > 4096);
  CHECK(stored.find("王*英") != std::string::npos);  // the masked form is there: we looked
  for (const std::string& secret : {card.name, card.number, card.address,
                                    std::string("13955556666"), std::string("8号楼1单元602")}) {
    INFO(secret);
    CHECK(stored.find(secret) == std::string::npos);
    CHECK(log.find(secret) == std::string::npos);
  }
}
