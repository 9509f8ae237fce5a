// The district sync as staff and residents see it, on a headless kiosk uploading to a
// district-sim: the staff menu's line, the sync panel with a returned event that staff send
// again or discard with a reason (audited), the reconnect button after a refusal, and the
// home screen's small offline mark while residents still take numbers.
#include <sodium.h>
#include <catch2/catch.hpp>

#include "data/audit_log.h"
#include "kiosk/base/local_time.h"
#include "kiosk/queue/take_number_flow.h"
#include "kiosk/sync/station_credentials.h"
#include "kiosk/sync/sync_panel_flow.h"
#include "support/sync_ui_fixture.h"
#include "support/text_lines.h"

using namespace yizhan;
using namespace yizhan::kiosk;
using std::chrono::milliseconds;
using std::chrono::seconds;

using test::SyncUiFixture;

namespace {
const std::pair<int, int> kSizes[] = {{1920, 1080}, {1280, 800}};
std::string sized(const std::string& name, int width, int height) {
  return name + "-" + std::to_string(width) + "x" + std::to_string(height) + ".png";
}
}  // namespace

TEST_CASE("staff see the sync line, and send again or discard what the district returned",
          "[sync][ui]") {
  for (auto [width, height] : kSizes) {
    DYNAMIC_SECTION(width << "x" << height) {
      SyncUiFixture f(width, height);
      f.server.faults().rejectSeq(2);
      f.server.faults().rejectSeq(3);
      f.issue(4);
      SyncWorker& worker = f.startSync();
      REQUIRE(worker.waitUntilDrained(milliseconds(20'000)));
      f.staffLogin();
      f.refresh();
      const auto& sync = f.kiosk.snapshot().sync;
      CHECK(sync.running);
      CHECK(sync.online);
      CHECK(sync.backlog == 0);
      CHECK(sync.heldCount == 2);
      CHECK_FALSE(sync.lastSuccess.empty());

      f.tapStaffEntry("数据上报");
      REQUIRE(f.kiosk.screen() == screens::Sync);
      REQUIRE(f.kiosk.snapshot().sync.held.size() == 2);
      CHECK(f.kiosk.snapshot().sync.held[0].seq == 2);
      CHECK(f.kiosk.snapshot().sync.held[0].reason ==
            "schema: rejected by the district-sim's switch");
      // Named in Chinese, with what the district's code means; the raw words stay beside.
      CHECK(f.kiosk.snapshot().sync.held[0].what == "取号 A002");
      CHECK(f.kiosk.snapshot().sync.held[0].meaning ==
            "内容格式不合要求：请重新上报一次，仍被退回请联系技术支持");
      CHECK(f.kiosk.app().widgets().texts().size() > 0);
      bool drawn = false;
      for (const auto& t : f.kiosk.app().widgets().texts()) {
        drawn = drawn || t.text.find("#2 取号 A002") == 0;
      }
      CHECK(drawn);
      f.artifact(sized("sync-panel", width, height));

      // 放弃 asks why first; the reason chosen goes into the audit log.
      f.kiosk.tap("放弃");
      CHECK(f.kiosk.snapshot().sync.discardingSeq == 2);
      f.artifact(sized("sync-panel-discard-reasons", width, height));
      f.kiosk.tap("测试数据");
      CHECK(f.kiosk.snapshot().sync.held.size() == 1);
      CHECK(f.kiosk.snapshot().notice == std::optional<std::string>("已放弃，并记入操作日志"));
      auto audit = data::AuditLog(f.kiosk.station().store().db()).recent(5);
      REQUIRE_FALSE(audit.empty());
      CHECK(audit[0].action == "sync.discard");
      CHECK(audit[0].detail == "outbox seq 2: 测试数据");

      // The district accepts seq 3 now: 重新上报 sends it, late but once.
      f.server.faults().clearRejects();
      f.kiosk.tap("重新上报");
      CHECK(data::AuditLog(f.kiosk.station().store().db()).recent(1)[0].action == "sync.retry");
      REQUIRE(worker.waitUntilDrained(milliseconds(20'000)));
      f.refresh();
      CHECK(f.kiosk.snapshot().sync.held.empty());
      CHECK(f.kiosk.snapshot().sync.heldCount == 0);
      CHECK(f.districtStore.eventCount() == 3);  // 4 issued: one discarded, one of them sent late
    }
  }
}

TEST_CASE("offline: a small mark on the home screen, and residents still take numbers",
          "[sync][ui]") {
  for (auto [width, height] : kSizes) {
    DYNAMIC_SECTION(width << "x" << height) {
      SyncUiFixture f(width, height);
      f.server.refuseConnections(true);
      SyncWorker& worker = f.startSync();
      f.issue(1);
      worker.nudge();
      for (int i = 0; i < 100 && worker.status().problem != SyncProblem::Offline; ++i) {
        std::this_thread::sleep_for(milliseconds(20));
      }
      f.kiosk.advance(seconds(11));
      CHECK(f.kiosk.snapshot().sync.offlineMark());
      f.artifact(sized("home-offline", width, height));
      f.kiosk.tap("取号排队");
      f.kiosk.tap("社保医保");
      CHECK(f.kiosk.screen() == screens::TicketTaken);
      f.kiosk.tap("好的");

      f.staffLogin();
      f.refresh();
      CHECK(f.kiosk.snapshot().sync.backlog >= 2);
      f.artifact(sized("staff-menu-offline", width, height));
      f.tapStaffEntry("数据上报");
      f.artifact(sized("sync-panel-offline", width, height));

      f.server.refuseConnections(false);
      REQUIRE(worker.waitUntilDrained(milliseconds(20'000)));
      f.kiosk.tap("返回");
      f.kiosk.tap("退出");
      f.kiosk.advance(seconds(11));
      CHECK_FALSE(f.kiosk.snapshot().sync.offlineMark());
    }
  }
}

TEST_CASE("refused twice: the panel says what to do and 重新连接 resumes", "[sync][ui]") {
  SyncUiFixture f(1280, 800);
  auto file = StationCredentials::fileIn(f.dir.path());
  auto good = *StationCredentials::load(file);
  auto wrong = good;
  wrong.secret = "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=";
  wrong.save(file);
  f.issue(2);
  SyncWorker& worker = f.startSync();
  for (int i = 0; i < 100 && !worker.status().paused; ++i) {
    std::this_thread::sleep_for(milliseconds(20));
  }
  f.staffLogin();
  f.artifact("staff-menu-sync-1280x800.png");
  f.tapStaffEntry("数据上报");
  REQUIRE(f.kiosk.snapshot().sync.paused);
  CHECK(f.kiosk.snapshot().sync.problem == SyncProblem::Unauthorized);
  f.artifact("sync-panel-refused-1280x800.png");
  good.save(file);
  f.kiosk.tap("重新连接");
  REQUIRE(worker.waitUntilDrained(milliseconds(20'000)));
  f.refresh();
  CHECK_FALSE(f.kiosk.snapshot().sync.paused);
  CHECK(f.kiosk.snapshot().sync.online);
  CHECK(data::AuditLog(f.kiosk.station().store().db()).recent(1)[0].action == "sync.reconnect");
}

TEST_CASE("disk full: staff are told, nothing is corrupted, and all is sent once space returns",
          "[sync][ui][disk]") {
  SyncUiFixture f;
  SyncWorker& worker = f.startSync();
  data::Database& db = f.kiosk.station().store().db();
  auto pages = db.prepare("PRAGMA page_count");
  pages.step();
  db.setMaxPageCount(pages.columnInt(0));
  pages.reset();
  int taken = 0;
  bool full = false;
  f.kiosk.tap("取号排队");
  for (int i = 0; i < 300 && !full; ++i) {
    f.kiosk.tap("社保医保");
    if (f.kiosk.screen() == screens::TicketTaken) {
      ++taken;
      f.kiosk.tap("好的");
      f.kiosk.tap("取号排队");
    } else {
      full = f.kiosk.snapshot().error ==
             std::optional<std::string>(std::string(text(Str::StoreFull, Lang::Zh)));
    }
  }
  REQUIRE(full);
  f.artifact("take-number-disk-full.png");
  CHECK(f.kiosk.screen() == screens::TakeNumber);  // the resident is not thrown out
  CHECK(db.integrityCheck() == "ok");

  db.setMaxPageCount(1'000'000'000);  // space returns
  f.kiosk.tap("社保医保");
  REQUIRE(f.kiosk.screen() == screens::TicketTaken);
  ++taken;
  REQUIRE(worker.waitUntilDrained(milliseconds(20'000)));
  auto issued = f.districtStore.events("st-1", 100'000);
  int issuedCount = 0;
  for (const auto& e : issued) issuedCount += e.type == "ticket.issued";
  CHECK(issuedCount == taken);
  CHECK(db.integrityCheck() == "ok");
}
