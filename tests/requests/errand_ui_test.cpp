// 红色代办 at the kiosk (issue 16, requirements 4 and 9), through the headless kiosk: the ID
// card reader simulator, taps by label, the printer simulator (the slip rendered and its QR
// code decoded), the QR scanner simulator and the speech sink; at the three screen sizes.
#include <catch2/catch.hpp>

#include "drivers/idcard/sim/fixture_cards.h"
#include "drivers/printer/sim/ticket_renderer.h"
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
const kiosk::ErrandPart& part(test::KioskFixture& f) {
  return f.kiosk.snapshot().part<kiosk::ErrandPart>();
}

int taps = 0;
void tap(test::KioskFixture& f, const std::string& label) {
  f.kiosk.tap(label);
  ++taps;
}
}  // namespace

TEST_CASE("a new card, four taps, a request and its slip, at every size", "[requests][ui]") {
  for (auto [w, h] : {std::pair{1920, 1080}, std::pair{1280, 800}, std::pair{1080, 1920}}) {
    INFO(w << "x" << h);
    test::KioskFixture f(test::offeringRequests(), w, h);
    auto& reader = *f.kiosk.station().devices().cardReaderSimulator();
    f.kiosk.tap("红色代办");
    REQUIRE(f.kiosk.screen() == screens::ErrandWho);
    test::checkTouchTargets(f.kiosk, w, h, "errand-who");
    f.artifact(test::sized("errand-who", w, h));

    reader.place(drivers::sim::elderlyResident());
    REQUIRE(f.settleUntil([&] { return f.kiosk.screen() == screens::ErrandChoose; }));
    REQUIRE(part(f).asker);
    CHECK(part(f).asker->nameMasked == "王*英");
    CHECK(part(f).asker->priority);  // 78
    CHECK(part(f).errands.size() == 7);
    CHECK(f.kiosk.snapshot().prompt.find("王*英，您好") == 0);
    CHECK(f.kiosk.snapshot().prompt.find("代取药品") != std::string::npos);
    test::checkTouchTargets(f.kiosk, w, h, "errand-choose");
    f.artifact(test::sized("errand-choose", w, h));

    taps = 0;
    tap(f, "代缴水电气费");
    REQUIRE(f.kiosk.screen() == screens::ErrandQuestion);
    CHECK(f.kiosk.snapshot().prompt == "代缴水电气费。缴哪一项？水费，电费，燃气费");
    test::checkTouchTargets(f.kiosk, w, h, "errand-question");
    f.artifact(test::sized("errand-question", w, h));
    tap(f, "电费");
    REQUIRE(f.kiosk.screen() == screens::ErrandQuestion);
    // 返回 goes back one question and keeps the errand.
    f.kiosk.tap("返回");
    CHECK(part(f).draft->answers.empty());
    f.kiosk.tap("电费");
    tap(f, "上午");
    REQUIRE(f.kiosk.screen() == screens::ErrandConfirm);
    // Read back: the errand, the choices and the day it will be done (three working days).
    CHECK(f.kiosk.snapshot().prompt ==
          "请核对您要办的事：代缴水电气费，电费，上午，11月27日 "
          "星期五前办好。没有问题，请按确认提交");
    test::checkTouchTargets(f.kiosk, w, h, "errand-confirm");
    f.artifact(test::sized("errand-confirm", w, h));
    tap(f, "确认提交");
    CHECK(taps == 4);
    REQUIRE(f.kiosk.screen() == screens::ErrandSubmitted);
    const auto& submitted = *part(f).submitted;
    CHECK(submitted.number == "20261124-001");
    CHECK(submitted.callByLabel.empty());  // no phone yet: leave one at the desk
    CHECK(f.kiosk.snapshot().prompt.find("请到服务台留下您的联系电话") != std::string::npos);

    // The slip: number, errand, choices, due day, what to do, station phone, masked identity,
    // and a QR code that is the request's own.
    REQUIRE(f.printer().waitForTickets(1, std::chrono::seconds(5)));
    REQUIRE(f.settleUntil([&] { return part(f).submitted->print == kiosk::PrintState::Printed; }));
    auto lines = f.printer().tickets().at(0).texts();
    CHECK(anyLineContains(lines, "红色代办回执"));
    CHECK(anyLineContains(lines, "代办单号 20261124-001"));
    CHECK(anyLineContains(lines, "代缴水电气费"));
    CHECK(anyLineContains(lines, "电费、上午"));
    CHECK(anyLineContains(lines, "办理期限：11月27日 星期五前"));
    CHECK(anyLineContains(lines, "请到服务台留下联系电话"));
    CHECK(anyLineContains(lines, "有事请打驿站电话：010-12345678"));
    CHECK(anyLineContains(lines, "申请人：王*英 "));
    const drivers::Identity card = drivers::sim::elderlyResident();
    for (const auto& l : lines) {
      CHECK(l.find(card.number) == std::string::npos);
      CHECK(l.find(card.name) == std::string::npos);
    }
    auto page = drivers::sim::renderTicket(f.printer().tickets().at(0),
                                           *drivers::PrinterProfile::named("standard-80mm"),
                                           *f.kiosk.station().devices().textRaster());
    page.writePng(std::string(YIZHAN_ARTIFACT_DIR) + "/" + test::sized("errand-slip", w, h));
    auto codes = test::decodeQrCodes(page);
    REQUIRE(codes.size() == 1);
    auto request = f.kiosk.station().requests().byNumber("20261124-001");
    REQUIRE(request);
    CHECK(codes[0] == kiosk::requestQrPayload(request->trackingCode));
    test::checkTouchTargets(f.kiosk, w, h, "errand-submitted");
    f.artifact(test::sized("errand-submitted", w, h));
    reader.lift();
    f.kiosk.tap("好的");
    REQUIRE(f.kiosk.screen() == screens::Home);

    // The slip's code on the home screen: where the request stands, in words.
    f.kiosk.station().devices().scannerSimulator()->scan(codes[0]);
    REQUIRE(f.settleUntil([&] { return f.kiosk.screen() == screens::ErrandStatus; }));
    REQUIRE(part(f).status.size() == 1);
    CHECK(part(f).status[0].stateWords == std::string("受理"));
    CHECK(part(f).status[0].nextStep == "正在安排志愿者");
    CHECK(f.kiosk.snapshot().prompt.find("代缴水电气费，受理，正在安排志愿者") !=
          std::string::npos);
    test::checkTouchTargets(f.kiosk, w, h, "errand-status");
    f.artifact(test::sized("errand-status", w, h));
  }
}

TEST_CASE("a listed resident by phone: the call is promised, and the progress is one tap away",
          "[requests][ui]") {
  test::KioskFixture f(test::offeringRequests());
  kiosk::ResidentDetails zhang;
  zhang.name = "张桂兰";
  zhang.phone = "13911112222";
  zhang.address = kiosk::ResidentAddress{"3号楼", "2单元", "301"};
  zhang.livesAlone = true;
  REQUIRE(f.kiosk.station().requests().residents().enrollOrUpdate(zhang, "staff", "t").resident);

  f.kiosk.tap("红色代办");
  // A number the station does not know: told so, on the same screen.
  for (char c : std::string("13900009999")) f.kiosk.tap(std::string(1, c));
  f.kiosk.tap("确认");
  REQUIRE(f.kiosk.snapshot().error);
  CHECK(*f.kiosk.snapshot().error == "这个手机号还没有登记，请刷身份证，或请工作人员帮您登记");
  CHECK(f.kiosk.screen() == screens::ErrandWho);
  for (int i = 0; i < 11; ++i) f.kiosk.tap("删除");
  for (char c : std::string("13911112222")) f.kiosk.tap(std::string(1, c));
  f.kiosk.tap("确认");
  REQUIRE(f.kiosk.screen() == screens::ErrandChoose);
  CHECK(part(f).asker->nameMasked == "张*兰");
  CHECK(part(f).asker->priority);  // lives alone
  CHECK_FALSE(f.kiosk.app().widgets().find("查看办理进度"));

  // 其他 has no questions: the confirmation straight away, then submitted.
  f.kiosk.tap("其他");
  REQUIRE(f.kiosk.screen() == screens::ErrandConfirm);
  f.kiosk.tap("确认提交");
  REQUIRE(f.kiosk.screen() == screens::ErrandSubmitted);
  CHECK(part(f).submitted->callByLabel == "11月25日 星期三");
  auto spoken = f.spoken();
  CHECK(anyLineContains(spoken, "工作人员会在11月25日 星期三前给您打电话"));
  REQUIRE(f.printer().waitForTickets(1, std::chrono::seconds(5)));
  CHECK(anyLineContains(f.printer().tickets().at(0).texts(),
                        "工作人员会在11月25日 星期三前给您打电话"));
  f.kiosk.tap("好的");

  // Again: the same errand is the same request; the progress button counts it.
  f.kiosk.tap("红色代办");
  for (char c : std::string("13911112222")) f.kiosk.tap(std::string(1, c));
  f.kiosk.tap("确认");
  REQUIRE(f.kiosk.app().widgets().find("查看办理进度"));
  CHECK(part(f).asker->openRequests == 1);
  f.kiosk.tap("其他");
  f.kiosk.tap("确认提交");
  CHECK(part(f).submitted->alreadyOpen);
  CHECK(part(f).submitted->number == "20261124-001");
  f.kiosk.tap("好的");
  f.kiosk.tap("红色代办");
  for (char c : std::string("13911112222")) f.kiosk.tap(std::string(1, c));
  f.kiosk.tap("确认");
  f.kiosk.tap("查看办理进度");
  REQUIRE(f.kiosk.screen() == screens::ErrandStatus);
  CHECK(part(f).status.size() == 1);

  // A slip of another station, or a made-up code: nobody's request.
  f.kiosk.tap("好的");
  f.kiosk.station().devices().scannerSimulator()->scan("YZR:0000000000000000");
  REQUIRE(f.settleUntil([&] { return f.kiosk.snapshot().homeMessage.has_value(); }));
  CHECK(*f.kiosk.snapshot().homeMessage == "这张代办回执没有找到，请找工作人员");
}

TEST_CASE("the errand tile is offered by default and hidden where the station turns it off",
          "[requests][ui]") {
  {
    test::KioskFixture f;
    CHECK(f.kiosk.app().widgets().find("红色代办"));
  }
  kiosk::Config off;
  off.requests.offerAtKiosk = 0;
  test::KioskFixture f(off);
  CHECK_FALSE(f.kiosk.app().widgets().find("红色代办"));
}

TEST_CASE("a resident who walks away is forgotten: nothing of them stays for the next",
          "[requests][ui]") {
  test::KioskFixture f(test::offeringRequests());
  auto& reader = *f.kiosk.station().devices().cardReaderSimulator();
  f.kiosk.tap("红色代办");
  reader.place(drivers::sim::elderlyResident());
  REQUIRE(f.settleUntil([&] { return f.kiosk.screen() == screens::ErrandChoose; }));
  reader.lift();
  f.kiosk.tap("代取药品");
  REQUIRE(f.kiosk.screen() == screens::ErrandQuestion);
  f.kiosk.advance(std::chrono::seconds(61));
  REQUIRE(f.kiosk.screen() == screens::Home);
  CHECK_FALSE(part(f).asker);
  CHECK_FALSE(part(f).draft);
  // The next resident starts from the card again, and nothing was stored for the first.
  f.kiosk.tap("红色代办");
  CHECK(f.kiosk.screen() == screens::ErrandWho);
  CHECK(f.kiosk.station()
            .requests()
            .list(kiosk::RequestListAsk::of(kiosk::RequestList::Open))
            .empty());
}

TEST_CASE("the kiosk lets go of a closed request's resident when the time is up",
          "[requests][ui][privacy]") {
  test::KioskFixture f(test::offeringRequests());
  auto& desk = f.kiosk.station().requests();
  kiosk::SubmitAsk ask;
  ask.card = drivers::sim::elderlyResident();
  ask.errandId = "other";
  auto r = *desk.submit(ask).request;
  kiosk::ActAsk cancel;
  cancel.action = kiosk::RequestAction::Cancel;
  cancel.actor = kiosk::RequestActor::resident(*r.residentId);
  REQUIRE(desk.act(r.id, cancel));
  f.kiosk.advance(std::chrono::hours(24 * 181));
  f.kiosk.settle();
  CHECK_FALSE(desk.find(r.id)->residentId);
  CHECK(desk.residents().identifyByCard(drivers::sim::elderlyResident()).id == 0);
}
