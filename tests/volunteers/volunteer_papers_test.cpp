// Staff print a volunteer's papers at the kiosk (issue 15): found by their ID card on the
// reader simulator or their phone on the drawn keypad; the QR card printed through the
// printer simulator, rendered and read back with zbar — and that code, scanned on the home
// screen, signs the volunteer in; the proof of service printed with the full name, the days
// and hours, the station and a number the audit log keeps.
#include <catch2/catch.hpp>

#include "drivers/idcard/sim/fixture_cards.h"
#include "drivers/idcard/sim/id_card_simulator.h"
#include "drivers/printer/printer_profile.h"
#include "drivers/printer/sim/printer_simulator.h"
#include "drivers/printer/sim/ticket_renderer.h"
#include "drivers/scanner/sim/scanner_simulator.h"
#include "kiosk/volunteers/volunteer_card.h"
#include "kiosk/volunteers/volunteer_flow.h"
#include "kiosk/volunteers/volunteer_papers_flow.h"
#include "support/kiosk_fixture.h"
#include "support/qr_decode.h"
#include "support/volunteer_fixture.h"

using namespace yizhan;
using namespace std::chrono_literals;
namespace screens = kiosk::screens;

namespace {
struct Fixture : test::KioskFixture {
  kiosk::Station& station = kiosk.station();

  // Logged in, on the papers entry of the staff menu.
  void openPapers() {
    staffLogin();
    tapStaffEntry("志愿者证卡·证明");
    REQUIRE(kiosk.screen() == screens::VolunteerFind);
  }
  void typePhone(const std::string& digits) {
    for (char c : digits) kiosk.tap(std::string(1, c));
    kiosk.tap("确认");
  }
  bool drawn(const std::string& words) {
    for (const auto& t : kiosk.app().widgets().texts()) {
      if (t.text.find(words) != std::string::npos) return true;
    }
    return false;
  }
  // Taps `button`, waits for the printout, and returns it rendered and as text.
  std::pair<drivers::Bitmap, std::string> print(const std::string& button, size_t nth,
                                                const std::string& artifactName) {
    kiosk.tap(button);
    REQUIRE(settleUntil([&] { return drawn("已打印，请交给志愿者"); }));
    REQUIRE(printer().waitForTickets(nth, 5s));
    auto receipt = printer().tickets().at(nth - 1);
    drivers::Bitmap page = drivers::sim::renderTicket(
        receipt, *drivers::PrinterProfile::named("standard-80mm"), *station.devices().textRaster());
    page.writePng(std::string(YIZHAN_ARTIFACT_DIR) + "/" + artifactName);
    std::string text;
    for (const auto& line : receipt.texts()) text += line + "\n";
    return {page, text};
  }
};
}  // namespace

TEST_CASE("staff print a volunteer's QR card, and the card printed signs them in",
          "[volunteers][ui][papers]") {
  Fixture f;
  std::int64_t wang = test::enrolVolunteer(f.station);
  f.openPapers();
  f.artifact("volunteer-find-e2e.png");

  // A phone nobody on the roster has: said so, still on the keypad.
  f.typePhone("13900009999");
  CHECK(f.kiosk.screen() == screens::VolunteerFind);
  CHECK(f.drawn("名册里没有这位志愿者"));
  f.typePhone("13812345678");
  REQUIRE(f.kiosk.screen() == screens::VolunteerPapers);
  CHECK(f.drawn("志愿者 王*明"));
  CHECK(f.drawn("红色代办服务队 · 在职党员"));
  CHECK_FALSE(f.drawn("王小明"));

  auto [page, text] = f.print("打印签到二维码卡", 1, "volunteer-qr-card.png");
  f.artifact("volunteer-papers-printed-e2e.png");
  INFO(text);
  CHECK(text.find("志愿者签到卡") != std::string::npos);
  CHECK(text.find("编号 V001") != std::string::npos);
  CHECK(text.find("王小明") == std::string::npos);
  auto codes = test::decodeQrCodes(page);
  REQUIRE(codes.size() == 1);
  kiosk::VolunteerCardRead read =
      kiosk::readVolunteerCard(codes[0], "demo-station", *f.station.personalKey());
  CHECK(read.problem == kiosk::VolunteerCardProblem::None);
  CHECK(read.volunteerId == wang);

  // The card off the paper, scanned on the home screen: the volunteer signs in with it.
  f.kiosk.tap("返回");
  f.kiosk.tap("返回");
  f.kiosk.tap("退出");
  REQUIRE(f.kiosk.screen() == screens::Home);
  f.station.devices().scannerSimulator()->scan(codes[0]);
  REQUIRE(f.settleUntil([&] { return f.kiosk.screen() == screens::VolunteerActivity; }));
  f.kiosk.tap("值班");
  CHECK(f.station.volunteerShifts().openShift(wang));
}

TEST_CASE("staff print a proof of service found by ID card, with the full name and the hours",
          "[volunteers][ui][papers]") {
  Fixture f;
  std::int64_t wang = test::enrolVolunteer(f.station);
  // Last month: 2 h on duty and 1 h 30 min of 助老服务; this month: 45 min.
  auto& shifts = f.station.volunteerShifts();
  f.kiosk.clock().set(*kiosk::parseLocalDateTime("2026-10-20T09:00:00"));
  shifts.signIn(wang, "duty");
  f.kiosk.clock().set(*kiosk::parseLocalDateTime("2026-10-20T11:00:00"));
  shifts.signOut(wang);
  shifts.signIn(wang, "elderly_care");
  f.kiosk.clock().set(*kiosk::parseLocalDateTime("2026-10-20T12:30:00"));
  shifts.signOut(wang);
  f.kiosk.clock().set(*kiosk::parseLocalDateTime("2026-11-24T09:00:00"));
  shifts.signIn(wang, "duty");
  f.kiosk.clock().set(*kiosk::parseLocalDateTime("2026-11-24T09:45:00"));
  shifts.signOut(wang);

  f.openPapers();
  // The volunteer's own ID card (王小明's number in the fixture) on the reader simulator.
  drivers::Identity card = drivers::sim::elderlyResident();
  card.name = "王小明";
  card.number = "110105198001011238";
  card.birthDate = "19800101";
  card.sex = drivers::Sex::Male;
  auto& reader = *f.station.devices().cardReaderSimulator();
  reader.place(card);
  REQUIRE(f.settleUntil([&] { return f.kiosk.screen() == screens::VolunteerPapers; }));
  reader.lift();

  auto [lastMonthPage, lastMonth] = f.print("服务证明（上月）", 1, "volunteer-proof.png");
  INFO(lastMonth);
  CHECK(lastMonth.find("志愿服务证明") != std::string::npos);
  CHECK(lastMonth.find("兹证明 王小明") != std::string::npos);
  CHECK(lastMonth.find("（志愿者编号 V001，在职党员）") != std::string::npos);
  CHECK(lastMonth.find("于 2026-10-01 至 2026-10-31") != std::string::npos);
  CHECK(lastMonth.find("在红帆驿站（演示）参加志愿服务，") != std::string::npos);
  CHECK(lastMonth.find("累计服务时长3小时30分钟，共2次。") != std::string::npos);
  CHECK(lastMonth.find("其中 值班 2小时") != std::string::npos);
  CHECK(lastMonth.find("其中 助老服务 1小时30分钟") != std::string::npos);
  CHECK(lastMonth.find("出具单位：红帆驿站（演示）（盖章）") != std::string::npos);
  CHECK(lastMonth.find("出具日期：2026-11-24") != std::string::npos);
  // The number is in the audit log, with the days and minutes, so a copy can be checked.
  size_t at = lastMonth.find("证明编号：VR-");
  REQUIRE(at != std::string::npos);
  std::string number = lastMonth.substr(at + std::string("证明编号：").size(), 11);
  std::string detail;
  {
    auto stmt = f.station.store().db().prepare(
        "SELECT detail FROM audit_log WHERE action = 'volunteer.record_issued' ORDER BY id");
    while (stmt.step()) detail = stmt.columnText(0);
  }
  CHECK(detail.find(number) != std::string::npos);
  CHECK(detail.find("2026-10-01..2026-10-31 210 min") != std::string::npos);

  auto [yearPage, year] = f.print("服务证明（今年）", 2, "volunteer-proof-year.png");
  CHECK(year.find("于 2026-01-01 至 2026-11-24") != std::string::npos);
  CHECK(year.find("累计服务时长4小时15分钟，共3次。") != std::string::npos);
}

TEST_CASE("papers are refused for a removed volunteer, and the entry waits for a roster",
          "[volunteers][ui][papers]") {
  Fixture f;
  f.staffLogin();
  CHECK_FALSE(f.drawn("志愿者证卡·证明"));  // nobody to print for yet
  f.kiosk.tap("退出");
  kiosk::VolunteerDetails gone = test::wangXiaoming();
  gone.status = kiosk::VolunteerStatus::Removed;
  f.station.volunteerRoster().enrollOrUpdate(gone, "kiosk", "staff");
  f.station.volunteerRoster().enrollOrUpdate(
      [] {
        auto d = test::wangXiaoming();
        d.externalId = "V002";
        d.phone = "13900001111";
        d.idNumber.reset();
        d.status = kiosk::VolunteerStatus::Inactive;
        return d;
      }(),
      "kiosk", "staff");
  f.openPapers();
  f.typePhone("13812345678");
  CHECK(f.kiosk.screen() == screens::VolunteerFind);
  CHECK(f.drawn("名册里没有这位志愿者"));
  // An inactive one: printable (a proof of past service), and staff see the card will not work.
  f.typePhone("13900001111");
  REQUIRE(f.kiosk.screen() == screens::VolunteerPapers);
  CHECK(f.drawn("已停用，签到卡不能用"));
}

TEST_CASE("a proof covers this month, last month (across the new year) or this year",
          "[volunteers][papers]") {
  using kiosk::VolunteerPaper;
  using Days = std::pair<std::string, std::string>;
  CHECK(kiosk::proofDays(VolunteerPaper::ProofThisMonth, "2026-11-24") ==
        Days{"2026-11-01", "2026-11-24"});
  CHECK(kiosk::proofDays(VolunteerPaper::ProofLastMonth, "2026-11-24") ==
        Days{"2026-10-01", "2026-10-31"});
  CHECK(kiosk::proofDays(VolunteerPaper::ProofLastMonth, "2027-01-05") ==
        Days{"2026-12-01", "2026-12-31"});
  CHECK(kiosk::proofDays(VolunteerPaper::ProofLastMonth, "2028-03-01") ==
        Days{"2028-02-01", "2028-02-29"});
  CHECK(kiosk::proofDays(VolunteerPaper::ProofLastMonth, "2026-03-31") ==
        Days{"2026-02-01", "2026-02-28"});
  CHECK(kiosk::proofDays(VolunteerPaper::ProofThisYear, "2026-11-24") ==
        Days{"2026-01-01", "2026-11-24"});
}
