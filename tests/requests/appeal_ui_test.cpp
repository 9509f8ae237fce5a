// 民意诉求 at the kiosk (issue 17, requirement 1), through the headless kiosk: the ID card
// reader simulator, taps by label, the printer simulator (the slip rendered and its QR code
// decoded) and the speech sink; at the three screen sizes. What the store holds afterwards is
// read back through the request desk.
#include <catch2/catch.hpp>

#include "drivers/idcard/sim/fixture_cards.h"
#include "drivers/printer/sim/ticket_renderer.h"
#include "kiosk/appeals/appeal_flow.h"
#include "kiosk/requests/errand_flow.h"
#include "kiosk/requests/request_slip.h"
#include "support/kiosk_fixture.h"
#include "support/qr_decode.h"
#include "support/request_fixture.h"
#include "support/text_lines.h"
#include "support/touch_targets.h"

using namespace yizhan;
namespace screens = kiosk::screens;
using test::anyLineContains;

namespace {
const kiosk::AppealPart& part(test::KioskFixture& f) {
  return f.kiosk.snapshot().part<kiosk::AppealPart>();
}

int taps = 0;
void tap(test::KioskFixture& f, const std::string& label) {
  f.kiosk.tap(label);
  ++taps;
}

std::string png(const std::string& name, int w, int h) {
  return std::string(YIZHAN_ARTIFACT_DIR) + "/" + test::sized(name, w, h);
}
}  // namespace

TEST_CASE("a card, four taps, an urgent appeal about a building's unit, and its slip",
          "[requests][appeals][ui]") {
  for (auto [w, h] : {std::pair{1920, 1080}, std::pair{1280, 800}, std::pair{1080, 1920}}) {
    INFO(w << "x" << h);
    test::KioskFixture f(test::offeringRequests(), w, h);
    auto& reader = *f.kiosk.station().devices().cardReaderSimulator();
    f.kiosk.tap("我要反映");
    REQUIRE(f.kiosk.screen() == screens::AppealWho);
    CHECK(f.kiosk.snapshot().prompt.find("不想留姓名，请按不留姓名") != std::string::npos);
    test::checkTouchTargets(f.kiosk, w, h, "appeal-who");
    f.artifact(test::sized("appeal-who", w, h));

    reader.place(drivers::sim::elderlyResident());
    REQUIRE(f.settleUntil([&] { return f.kiosk.screen() == screens::AppealCategory; }));
    REQUIRE(part(f).asker);
    CHECK(part(f).asker->nameMasked == "王*英");
    CHECK(part(f).categories.size() == 7);
    CHECK(f.kiosk.snapshot().prompt.find("王*英，您好。您要反映哪方面的问题？") == 0);
    CHECK(f.kiosk.snapshot().prompt.find("邻里纠纷") != std::string::npos);
    test::checkTouchTargets(f.kiosk, w, h, "appeal-category");
    f.artifact(test::sized("appeal-category", w, h));

    taps = 0;
    tap(f, "噪音");
    REQUIRE(f.kiosk.screen() == screens::AppealPlace);
    CHECK(f.kiosk.snapshot().prompt == "噪音。问题在哪里？请选楼栋，或小区里的地方");
    // Every building of the grids and every public place is offered, paged where need be.
    CHECK(part(f).buildings == 12);
    CHECK(part(f).places.size() == 20);
    CHECK(f.kiosk.app().widgets().find("1号楼"));
    test::checkTouchTargets(f.kiosk, w, h, "appeal-place");
    f.artifact(test::sized("appeal-place", w, h));
    tap(f, "3号楼");
    REQUIRE(f.kiosk.screen() == screens::AppealUnit);
    CHECK(f.kiosk.snapshot().prompt ==
          "3号楼哪个单元？，1单元，2单元，3单元，4单元，整栋楼或说不清");
    test::checkTouchTargets(f.kiosk, w, h, "appeal-unit");
    f.artifact(test::sized("appeal-unit", w, h));
    // 返回 goes back to the buildings, keeping the category.
    f.kiosk.tap("返回");
    REQUIRE(f.kiosk.screen() == screens::AppealPlace);
    CHECK(part(f).draft->categoryId == "noise");
    f.kiosk.tap("3号楼");
    tap(f, "2单元");
    REQUIRE(f.kiosk.screen() == screens::AppealConfirm);
    CHECK(f.kiosk.snapshot().prompt ==
          "请核对您反映的问题：噪音，在3号楼2单元，11月27日 "
          "星期五前给您答复。没有问题请按提交，事情很急请按"
          "很急提交");
    CHECK(f.kiosk.app().widgets().find("提交"));
    test::checkTouchTargets(f.kiosk, w, h, "appeal-confirm");
    f.artifact(test::sized("appeal-confirm", w, h));
    tap(f, "很急，提交");
    CHECK(taps == 4);
    REQUIRE(f.kiosk.screen() == screens::AppealSubmitted);
    const auto& submitted = *part(f).submitted;
    CHECK(submitted.number == "20261124-001");
    CHECK(submitted.urgent);
    CHECK(f.kiosk.snapshot().prompt ==
          "已受理：噪音。诉求编号20261124-001。11月27日 "
          "星期五前给您答复。想知道结果，请到服务台留下您"
          "的电话。请取走回执");

    // In the store: an appeal of its category, at its place, urgent, in the place's grid.
    auto stored = f.kiosk.station().requests().byNumber("20261124-001");
    REQUIRE(stored);
    CHECK(stored->kind == kiosk::RequestKind::Appeal);
    CHECK(stored->errandName == "噪音");
    CHECK(stored->placeBuilding == "3号楼");
    CHECK(stored->placeUnit == "2单元");
    CHECK(stored->urgent);
    CHECK_FALSE(stored->anonymous);
    CHECK(stored->grid == "grid-1");

    // The slip: its title, number, category, place and 急, the day, what next, masked identity,
    // and a QR code that is the appeal's own.
    REQUIRE(f.printer().waitForTickets(1, std::chrono::seconds(5)));
    REQUIRE(f.settleUntil([&] { return part(f).submitted->print == kiosk::PrintState::Printed; }));
    auto lines = f.printer().tickets().at(0).texts();
    CHECK(anyLineContains(lines, "民意诉求回执"));
    CHECK(anyLineContains(lines, "诉求编号 20261124-001"));
    CHECK(anyLineContains(lines, "噪音"));
    CHECK(anyLineContains(lines, "地点：3号楼2单元、急"));
    CHECK(anyLineContains(lines, "办理期限：11月27日 星期五前"));
    CHECK(anyLineContains(lines, "想知道结果，请到服务台留下您的电话"));
    CHECK(anyLineContains(lines, "申请人：王*英 "));
    const drivers::Identity card = drivers::sim::elderlyResident();
    for (const auto& l : lines) {
      CHECK(l.find(card.number) == std::string::npos);
      CHECK(l.find(card.name) == std::string::npos);
    }
    auto page = drivers::sim::renderTicket(f.printer().tickets().at(0),
                                           *drivers::PrinterProfile::named("standard-80mm"),
                                           *f.kiosk.station().devices().textRaster());
    page.writePng(png("appeal-slip", w, h));
    auto codes = test::decodeQrCodes(page);
    REQUIRE(codes.size() == 1);
    CHECK(codes[0] == kiosk::requestQrPayload(stored->trackingCode));
    test::checkTouchTargets(f.kiosk, w, h, "appeal-submitted");
    f.artifact(test::sized("appeal-submitted", w, h));
    reader.lift();
    f.kiosk.tap("好的");
    REQUIRE(f.kiosk.screen() == screens::Home);
    CHECK_FALSE(part(f).asker);
  }
}

TEST_CASE("anonymously, at a public place: three taps, no 其他, nobody on the slip",
          "[requests][appeals][ui]") {
  for (auto [w, h] : {std::pair{1920, 1080}, std::pair{1280, 800}, std::pair{1080, 1920}}) {
    INFO(w << "x" << h);
    test::KioskFixture f(test::offeringRequests(), w, h);
    f.kiosk.tap("我要反映");
    f.kiosk.tap("不留姓名");
    REQUIRE(f.kiosk.screen() == screens::AppealCategory);
    CHECK(part(f).asker->anonymous);
    // 其他 means staff call to hear what it is: not offered when nobody is named.
    CHECK(part(f).categories.size() == 6);
    CHECK_FALSE(f.kiosk.app().widgets().find("其他"));
    CHECK(f.kiosk.snapshot().prompt.find("您要反映哪方面的问题？") == 0);
    taps = 0;
    tap(f, "停车");
    REQUIRE(f.kiosk.screen() == screens::AppealPlace);
    // The public places may be on the grid's second page.
    if (!f.kiosk.app().widgets().find("停车场")) f.kiosk.tap("下一页");
    tap(f, "停车场");
    REQUIRE(f.kiosk.screen() == screens::AppealConfirm);
    CHECK(f.kiosk.snapshot().prompt.find("停车，在停车场") != std::string::npos);
    f.artifact(test::sized("appeal-confirm-anonymous", w, h));
    tap(f, "提交");
    CHECK(taps == 3);
    REQUIRE(f.kiosk.screen() == screens::AppealSubmitted);
    CHECK(f.kiosk.snapshot().prompt.find("处理结果会贴在回音墙上") != std::string::npos);
    f.artifact(test::sized("appeal-submitted-anonymous", w, h));

    auto stored = f.kiosk.station().requests().byNumber(part(f).submitted->number);
    REQUIRE(stored);
    CHECK(stored->anonymous);
    CHECK_FALSE(stored->urgent);
    CHECK(stored->placeBuilding == "停车场");
    CHECK(stored->placeUnit.empty());
    CHECK(stored->residentMasked == "匿名");

    REQUIRE(f.printer().waitForTickets(1, std::chrono::seconds(5)));
    auto lines = f.printer().tickets().at(0).texts();
    CHECK(anyLineContains(lines, "地点：停车场"));
    CHECK(anyLineContains(lines, "不留姓名，处理结果见回音墙"));
    CHECK_FALSE(anyLineContains(lines, "申请人"));
    CHECK_FALSE(anyLineContains(lines, "、急"));
  }
}

TEST_CASE("a listed resident by phone is promised the call, and a second tap is the same appeal",
          "[requests][appeals][ui]") {
  test::KioskFixture f(test::offeringRequests());
  REQUIRE(f.kiosk.station()
              .requests()
              .residents()
              .enrollOrUpdate(test::zhangGuilan(), "staff", "t")
              .resident);
  for (int round = 0; round < 2; ++round) {
    INFO("round " << round);
    f.kiosk.tap("我要反映");
    for (char c : std::string("13911112222")) f.kiosk.tap(std::string(1, c));
    f.kiosk.tap("确认");
    REQUIRE(f.kiosk.screen() == screens::AppealCategory);
    CHECK(part(f).asker->nameMasked == "张*兰");
    f.kiosk.tap("环境卫生");
    f.kiosk.tap("5号楼");
    f.kiosk.tap("整栋楼");
    REQUIRE(f.kiosk.screen() == screens::AppealConfirm);
    CHECK(part(f).draft->placeWords() == "5号楼");
    CHECK(part(f).asker->hasPhone);
    CHECK(part(f).asker->phoneMasked == "139****2222");
    f.kiosk.tap("提交");
    REQUIRE(f.kiosk.screen() == screens::AppealSubmitted);
    CHECK(part(f).submitted->number == "20261124-001");
    CHECK(part(f).submitted->alreadyOpen == (round == 1));
    if (round == 1) {
      CHECK(f.kiosk.snapshot().prompt ==
            "已受理：环境卫生。这件事您已经反映过了，正在处理中。诉求编号 20261124-001");
    } else {
      CHECK(anyLineContains(f.spoken(), "办好后工作人员会给您打电话"));
    }
    f.kiosk.tap("好的");
  }
  CHECK(f.kiosk.station()
            .requests()
            .list(kiosk::RequestListAsk::of(kiosk::RequestList::Open))
            .size() == 1);
}

TEST_CASE("the appeal tile goes with the requests, and a resident who walks away is forgotten",
          "[requests][appeals][ui]") {
  {
    kiosk::Config c = test::offeringRequests();
    c.requests.offerAtKiosk = 0;
    test::KioskFixture f(c);
    CHECK_FALSE(f.kiosk.app().widgets().find("我要反映"));
  }
  test::KioskFixture f(test::offeringRequests());
  auto& reader = *f.kiosk.station().devices().cardReaderSimulator();
  f.kiosk.tap("我要反映");
  reader.place(drivers::sim::elderlyResident());
  REQUIRE(f.settleUntil([&] { return f.kiosk.screen() == screens::AppealCategory; }));
  reader.lift();
  f.kiosk.tap("设施报修");
  REQUIRE(f.kiosk.screen() == screens::AppealPlace);
  f.kiosk.advance(std::chrono::seconds(61));
  REQUIRE(f.kiosk.screen() == screens::Home);
  CHECK_FALSE(part(f).asker);
  CHECK_FALSE(part(f).draft);
  f.kiosk.tap("我要反映");
  CHECK(f.kiosk.screen() == screens::AppealWho);
  CHECK(f.kiosk.station()
            .requests()
            .list(kiosk::RequestListAsk::of(kiosk::RequestList::Open))
            .empty());
}
