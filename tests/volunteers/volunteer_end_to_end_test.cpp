// A volunteer's day end to end (issue 15, "done when"): a roster imported from a GBK
// spreadsheet with its bad rows reported, the QR card scanned with the scanner simulator over a
// pseudo-terminal, the activity tapped on the drawn screen, signed out with the hours drawn
// under each rounding rule, a forgotten sign-out closed and flagged then confirmed by staff,
// the events at the district-sim once each, and no name or phone in clear in the database or
// its WAL.
#include <catch2/catch.hpp>

#include <fstream>
#include <sstream>

#include "drivers/printer/gb18030.h"
#include "drivers/printer/printer_profile.h"
#include "drivers/printer/sim/ticket_renderer.h"
#include "drivers/scanner/sim/scanner_simulator.h"
#include "kiosk/volunteers/roster_import.h"
#include "kiosk/volunteers/volunteer_card.h"
#include "kiosk/volunteers/volunteer_flow.h"
#include "support/file_bytes.h"
#include "support/sync_ui_fixture.h"

using namespace yizhan;
using namespace std::chrono_literals;
namespace screens = kiosk::screens;

namespace {
const std::string kSheet =
    "姓名,手机号,队伍,类别,工作单位,技能\n"
    "王小明,13812345678,红色代办服务队,在职党员,区税务局,代取药品\n"
    "李四,1381234,志愿服务队,退休党员,,\n"
    "赵六,13812345678,志愿服务队,群众志愿者,,\n";

bool drawn(test::KioskFixture& f, const std::string& words) {
  for (const auto& t : f.kiosk.app().widgets().texts()) {
    if (t.text.find(words) != std::string::npos) return true;
  }
  return false;
}

std::int64_t importWang(kiosk::Station& station) {
  auto sheet = kiosk::readRosterSheet(*drivers::toPrintableGb18030(kSheet));
  REQUIRE(sheet.encoding == "GBK");
  auto report = kiosk::importRoster(sheet, station.volunteerRoster(), station.store().db(), true,
                                    "admin-cli");
  CHECK(report.enrolled == 1);
  REQUIRE(report.errors.size() == 2);
  CHECK(report.errors[0] == std::pair<int, std::string>{3, "手机号不是11位手机号码"});
  CHECK(report.errors[1] == std::pair<int, std::string>{4, "手机号与第 2 行重复"});
  return station.volunteerRoster().byPhone("13812345678")->id;
}

// Scans the card on the home screen, taps 值班 on the drawn screen: signed in.
void signInByScan(test::KioskFixture& f, const std::string& card) {
  f.kiosk.station().devices().scannerSimulator()->scan(card);
  REQUIRE(f.settleUntil([&] { return f.kiosk.screen() == screens::VolunteerActivity; }));
  f.kiosk.tap("值班");
  REQUIRE(f.kiosk.screen() == screens::VolunteerOnDuty);
  CHECK(drawn(f, "签到时间"));
  CHECK(drawn(f, kiosk::formatClock(f.kiosk.clock().now())));
  f.kiosk.tap("好的");
}
}  // namespace

TEST_CASE("a volunteer's day: imported, scanned in, signed out, flagged, confirmed, uploaded",
          "[volunteers][ui]") {
  test::SyncUiFixture f;
  kiosk::Station& station = f.kiosk.station();
  std::int64_t wang = importWang(station);
  std::string card = kiosk::volunteerCardCode("demo-station", wang, *station.personalKey());

  signInByScan(f, card);
  f.kiosk.advance(2h + 37min);
  station.devices().scannerSimulator()->scan(card);
  REQUIRE(f.settleUntil([&] { return f.kiosk.screen() == screens::VolunteerSignedOut; }));
  CHECK(drawn(f, "2小时37分钟"));
  CHECK(drawn(f, "今日累计 2小时37分钟"));
  CHECK(drawn(f, "本月服务 2小时37分钟"));
  CHECK(drawn(f, "本月积分 2.6 · 第1名"));
  // The month's service record, printed and read back off the paper.
  f.kiosk.tap("打印本月服务记录");
  REQUIRE(f.settleUntil([&] { return drawn(f, "请取走服务记录"); }));
  f.artifact("volunteer-signed-out-e2e.png");
  auto& printer = *station.devices().printerSimulator();
  REQUIRE(printer.waitForTickets(1, std::chrono::seconds(5)));
  auto receipt = printer.tickets().at(0);
  drivers::sim::renderTicket(receipt, *drivers::PrinterProfile::named("standard-80mm"),
                             *station.devices().textRaster())
      .writePng(std::string(YIZHAN_ARTIFACT_DIR) + "/volunteer-service-record.png");
  std::string paper;
  for (const auto& line : receipt.texts()) paper += line + "\n";
  INFO(paper);
  CHECK(paper.find("志愿服务记录") != std::string::npos);
  CHECK(paper.find("志愿者：王*明") != std::string::npos);
  CHECK(paper.find("期间：2026-11-01 至 2026-11-24") != std::string::npos);
  CHECK(paper.find("值班  2小时37分钟") != std::string::npos);
  CHECK(paper.find("合计 2小时37分钟（1次）") != std::string::npos);
  CHECK(paper.find("积分 2.6") != std::string::npos);
  CHECK(paper.find("以上服务记录由红帆驿站（演示）确认") != std::string::npos);
  CHECK(paper.find("记录编号：VR-") != std::string::npos);
  CHECK(paper.find("王小明") == std::string::npos);
  f.kiosk.tap("好的");

  // Back after lunch, never signing out: closed at 17:30 and flagged, nothing credited...
  f.kiosk.advance(1h);
  signInByScan(f, card);
  f.kiosk.clock().set(*kiosk::parseLocalDateTime("2026-11-24T17:45:00"));
  f.kiosk.advance(1s);
  auto flagged = station.volunteerShifts().awaitingReview();
  REQUIRE(flagged.size() == 1);
  CHECK(flagged[0].creditedMinutes == 0);
  CHECK(station.volunteerShifts().creditedMinutesOn(wang, "2026-11-24") == 157);
  // ...until staff confirm it.
  CHECK(station.volunteerShifts().confirm(flagged[0].id, "staff"));
  CHECK(station.volunteerShifts().creditedMinutesOn(wang, "2026-11-24") ==
        157 + flagged[0].proposedMinutes);

  // The district receives every volunteer event once.
  kiosk::SyncWorker& worker = f.startSync();
  REQUIRE(f.settleUntil([&] { return worker.status().backlog == 0; }));
  for (int i = 0; i < 200 && data::Outbox(station.store().db()).pendingCount() > 0; ++i)
    std::this_thread::sleep_for(25ms);
  REQUIRE(data::Outbox(station.store().db()).pendingCount() == 0);
  std::map<std::string, int> arrived;
  std::set<std::string> uuids;
  auto events = f.districtStore.eventsAsArrived(
      kiosk::StationCredentials::load(kiosk::StationCredentials::fileIn(f.dir.path()))->stationId,
      10000);
  for (const auto& e : events) {
    ++arrived[e.type];
    uuids.insert(e.uuid);
  }
  CHECK(uuids.size() == events.size());
  CHECK(arrived["volunteer.enrolled"] == 1);
  CHECK(arrived["volunteer.signed_in"] == 2);
  CHECK(arrived["volunteer.signed_out"] == 1);
  CHECK(arrived["volunteer.shift_closed"] == 1);
  CHECK(arrived["volunteer.shift_reviewed"] == 1);

  // Nothing of the volunteer in clear: not in the database, not in its write-ahead log.
  std::string stored = test::fileBytes(station.store().db().path()) +
                       test::fileBytes(station.store().db().path().string() + "-wal");
  CHECK(stored.size() > 4096);
  CHECK(stored.find("王小明") == std::string::npos);
  CHECK(stored.find("13812345678") == std::string::npos);
  CHECK(stored.find("王*明") != std::string::npos);  // the masked form is there, so we looked
}

TEST_CASE("the hours drawn at sign-out follow each rounding rule", "[volunteers][ui]") {
  for (auto [rounding, words] : {std::pair{0, "2小时37分钟"},
                                 {5, "2小时35分钟"},
                                 {10, "2小时30分钟"},
                                 {15, "2小时30分钟"}}) {
    INFO("rounding " << rounding);
    test::TempDir dir;
    kiosk::Config config;
    config.volunteers.roundingMinutes = rounding;
    test::KioskFixture f(std::move(config));
    std::int64_t wang = importWang(f.kiosk.station());
    std::string card =
        kiosk::volunteerCardCode("demo-station", wang, *f.kiosk.station().personalKey());
    signInByScan(f, card);
    f.kiosk.advance(2h + 37min + 30s);  // taps take a moment of the kiosk's clock too
    f.kiosk.station().devices().scannerSimulator()->scan(card);
    REQUIRE(f.settleUntil([&] { return f.kiosk.screen() == screens::VolunteerSignedOut; }));
    CHECK(drawn(f, words));
  }
}
