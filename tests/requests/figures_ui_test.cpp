// The figures in the kiosk's staff menu (issue 17, requirement 5) where staff meet them: the
// 办件统计 entry, the month and the week of the echo wall's seeded station drawn at the three
// screen sizes — all, errands and appeals side by side, read back from the texts drawn — and
// 打印统计 through the printer simulator: the receipt rendered and read, the requests.figures
// event in the outbox, and a printer out of paper said on screen.
#include <catch2/catch.hpp>

#include <algorithm>
#include <nlohmann/json.hpp>

#include "data/outbox.h"
#include "drivers/printer/printer_profile.h"
#include "drivers/printer/sim/printer_simulator.h"
#include "drivers/printer/sim/ticket_renderer.h"
#include "kiosk/base/local_time.h"
#include "kiosk/figures/figures_flow.h"
#include "support/echo_wall_seed.h"
#include "support/kiosk_fixture.h"
#include "support/request_fixture.h"
#include "support/touch_targets.h"

using namespace yizhan;
using namespace yizhan::kiosk;
using namespace std::chrono_literals;

namespace {
struct Fixture : test::KioskFixture {
  test::EchoWallSeed seed;
  Fixture(int w, int h) : test::KioskFixture(test::offeringRequests(), w, h) {
    seed = test::seedEchoWall(kiosk.station(), kiosk.clock());
    // 王小明 served an hour and a half this morning.
    kiosk.station().volunteerShifts().signIn(seed.wang, "on_behalf");
    kiosk.clock().advance(90min);
    kiosk.station().volunteerShifts().signOut(seed.wang);
    kiosk.settle();
  }
  void open() {
    staffLogin();
    tapStaffEntry("办件统计");
    REQUIRE(kiosk.screen() == screens::Figures);
  }
  std::string drawn() {
    std::string all;
    for (const auto& t : kiosk.app().widgets().texts()) all += t.text + "\n";
    return all;
  }
  // What is drawn on the line of `label`, to its right, left to right: all, errands, appeals.
  // Turns to the table's next page where the label is not on this one (1280×800).
  std::vector<std::string> row(const std::string& label) {
    for (int turn = 0; turn < 2; ++turn) {
      const auto& texts = kiosk.app().widgets().texts();
      auto at =
          std::find_if(texts.begin(), texts.end(), [&](const auto& t) { return t.text == label; });
      if (at == texts.end()) {
        if (!kiosk.app().widgets().find("下一页")) break;
        kiosk.tap("下一页");
        continue;
      }
      std::vector<std::pair<float, std::string>> cells;
      for (const auto& t : texts)
        if (std::abs(t.y - at->y) < 2 && t.x > at->x) cells.emplace_back(t.x, t.text);
      std::sort(cells.begin(), cells.end());
      // The three of its own block (a wide screen sets two blocks side by side).
      std::vector<std::string> out;
      for (const auto& c : cells)
        if (out.size() < 3) out.push_back(c.second);
      return out;
    }
    FAIL("no line " << label << " drawn");
    return {};
  }
};

using Cells = std::vector<std::string>;
}  // namespace

TEST_CASE("办件统计 in the staff menu: this month and this week, errands and appeals apart",
          "[requests][figures][ui]") {
  for (auto [w, h] : {std::pair{1920, 1080}, std::pair{1280, 800}, std::pair{1080, 1920}}) {
    INFO(w << "x" << h);
    Fixture f(w, h);
    f.open();
    std::string texts = f.drawn();
    INFO(texts);
    CHECK(texts.find("办件统计 · 本月") != std::string::npos);
    CHECK(texts.find("2026-11-01 至 2026-11-30") != std::string::npos);
    CHECK(f.kiosk.snapshot().prompt == "办件统计");
    test::checkTouchTargets(f.kiosk, w, h, "figures");
    f.artifact(test::sized("figures-month", w, h));
    // The month holds last week's errand too.
    CHECK(f.row("受理") == Cells{"7", "3", "4"});
    CHECK(f.row("办结") == Cells{"4", "2", "2"});

    f.kiosk.tap("本周");
    texts = f.drawn();
    CHECK(texts.find("办件统计 · 本周") != std::string::npos);
    CHECK(texts.find("2026-11-23 至 2026-11-29") != std::string::npos);
    f.artifact(test::sized("figures-week", w, h));
    CHECK(f.row("受理") == Cells{"6", "2", "4"});
    CHECK(f.row("办结") == Cells{"3", "1", "2"});
    CHECK(f.row("办结率") == Cells{"50%", "50%", "50%"});
    CHECK(f.row("按期办结率") == Cells{"100%", "100%", "100%"});
    CHECK(f.row("满意率")[0] == "66.7%");
    CHECK(f.row("不满意重办") == Cells{"1", "0", "1"});
    CHECK(f.row("未办结关闭") == Cells{"2", "1", "1"});
    texts = f.drawn();
    if (w != 1280) CHECK(texts.find("志愿服务 1.5 小时") != std::string::npos);
    // Counts only: nobody named or numbered, and nothing cut off at an edge.
    for (const char* personal : {"张桂兰", "张*兰", "王小明", "王*明", "13911112222"}) {
      INFO(personal);
      CHECK(texts.find(personal) == std::string::npos);
    }
    for (const auto& t : f.kiosk.app().widgets().texts()) {
      INFO(t.text);
      CHECK(t.x >= 0);
      CHECK(t.x + t.w <= w + 1);
      CHECK(t.y + t.h <= h + 1);
    }
    f.kiosk.tap("返回");
    CHECK(f.kiosk.screen() == screens::StaffMenu);
  }
}

TEST_CASE("打印统计: the month on the receipt printer and sent to the district, out of paper said",
          "[requests][figures][ui]") {
  Fixture f(1920, 1080);
  f.open();
  f.kiosk.tap("打印统计");
  REQUIRE(
      f.settleUntil([&] { return f.drawn().find("已打印，已报送区平台") != std::string::npos; }));
  REQUIRE(f.printer().waitForTickets(1, 5s));
  auto receipt = f.printer().tickets().at(0);
  drivers::Bitmap page =
      drivers::sim::renderTicket(receipt, *drivers::PrinterProfile::named("standard-80mm"),
                                 *f.kiosk.station().devices().textRaster());
  page.writePng(std::string(YIZHAN_ARTIFACT_DIR) + "/figures-slip.png");
  std::string printed;
  for (const auto& line : receipt.texts()) printed += line + "\n";
  INFO(printed);
  for (const char* words :
       {"红帆驿站（演示）\n办件统计（红色代办·民意诉求）\n2026年11月\n2026-11-01 至 2026-11-30\n",
        "合计\n受理 7  办结 4\n", "红色代办\n受理 3  办结 2\n", "民意诉求\n受理 4  办结 2\n",
        "按网格\n第一网格\n", "按类别\n", "环境卫生\n", "志愿服务 1.5 小时\n",
        "服务居民 1 人  不留姓名 1 件\n"}) {
    INFO(words);
    CHECK(printed.find(words) != std::string::npos);
  }
  CHECK(printed.find("张") == std::string::npos);
  CHECK(page.height > 400);
  // Sent up as it was printed: the month's counts.
  std::vector<data::OutboxEvent> reported;
  for (auto& e : data::Outbox(f.kiosk.station().store().db()).pending(10000))
    if (e.type == "requests.figures") reported.push_back(e);
  REQUIRE(reported.size() == 1);
  auto payload = nlohmann::json::parse(reported[0].payload);
  CHECK(payload["period"] == "month");
  CHECK(payload["from"] == "2026-11-01");
  CHECK(payload["rows"][0]["collected"] == 7);

  // Out of paper: said on the screen, the figures still there to print again.
  f.printer().setSwitches({.paperOut = true});
  f.kiosk.tap("打印统计");
  REQUIRE(f.settleUntil([&] { return f.drawn().find("没打印出来：") != std::string::npos; }));
  CHECK(f.kiosk.screen() == screens::Figures);
  CHECK(f.row("受理") == Cells{"7", "3", "4"});
  f.artifact("figures-paper-out-1920x1080.png");
  f.printer().setSwitches({});
  f.kiosk.tap("打印统计");
  REQUIRE(f.printer().waitForTickets(2, 5s));
}

TEST_CASE("the kiosk sends the day's figures by itself once the day is over",
          "[requests][figures][ui]") {
  Fixture f(1280, 800);
  auto sent = [&] {
    std::vector<nlohmann::json> out;
    for (auto& e : data::Outbox(f.kiosk.station().store().db()).pending(10000))
      if (e.type == "requests.figures") out.push_back(nlohmann::json::parse(e.payload));
    return out;
  };
  CHECK(sent().empty());
  // Past midnight, on the kiosk's own hourly check: Tuesday's figures, once.
  f.kiosk.clock().set(*parseLocalDateTime("2026-11-25T00:30:00"));
  f.kiosk.settle();
  f.kiosk.clock().set(*parseLocalDateTime("2026-11-25T02:30:00"));
  f.kiosk.settle();
  auto figures = sent();
  REQUIRE(figures.size() == 1);
  CHECK(figures[0]["period"] == "day");
  CHECK(figures[0]["from"] == "2026-11-24");
}
