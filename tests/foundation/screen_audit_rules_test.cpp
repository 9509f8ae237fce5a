// The screen audit (issue 14, DESIGN.md §2) as tests: every screen the station can show,
// toured with the states residents meet on it, at 1920×1080, 1280×800 and portrait 1080×1920,
// measured as drawn — ink of the characters in millimetres, targets and gaps, contrast — and
// every resident screen's voice prompt (carrying the title's words), 再听一遍, 返回 and
// 呼叫工作人员. A screen a feature adds is in the tour or these tests fail.
#include <catch2/catch.hpp>

#include <set>
#include <string>

#include "kiosk/queue/take_number_flow.h"
#include "support/temp_dir.h"
#include "support/times.h"
#include "ui/app/headless_kiosk.h"
#include "ui/audit/audit_rules.h"
#include "ui/audit/screen_tour.h"

using namespace yizhan;

namespace {
void auditAt(int w, int h) {
  test::TempDir dir;
  ui::HeadlessKiosk kiosk({ui::auditedConfig(), dir.path(), test::tuesdayMorning(), w, h});
  ui::Metrics m = kiosk.app().metrics();
  std::set<std::string> visited;
  int stops = 0;
  ui::tourEveryScreen(kiosk, [&](const ui::TourStop& stop) {
    ++stops;
    visited.insert(stop.screen);
    ui::KioskApp& app = kiosk.app();
    ui::Frame frame = app.grabFrame();
    ui::FontRoles fonts = ui::FontRoles::of(app.fonts());
    ui::ScreenMeasure measure = ui::measureScreen(frame, app.widgets(), fonts);
    auto findings = ui::auditFindings(measure, app.widgets().texts(), app.widgets().widgets(),
                                      kiosk.snapshot(), m, w, h, fonts);
    for (const std::string& finding : findings) {
      INFO(w << "x" << h << " " << stop.name());
      FAIL_CHECK(finding);
    }
    // Something was measured: a screen that drew nothing would pass every rule.
    CHECK_FALSE(measure.texts.empty());
    CHECK_FALSE(measure.targets.empty());
  });
  CHECK(stops >= 20);
  for (const std::string& missed : ui::missedScreens(kiosk, visited)) {
    FAIL_CHECK("the audit's tour never reaches screen " << missed);
  }
}
}  // namespace

TEST_CASE("screen audit at 1920x1080: every screen meets the size, contrast and voice rules",
          "[audit]") {
  auditAt(1920, 1080);
}

TEST_CASE("screen audit at 1280x800: every screen meets the size, contrast and voice rules",
          "[audit]") {
  auditAt(1280, 800);
}

TEST_CASE(
    "screen audit at portrait 1080x1920: every screen meets the size, contrast and voice "
    "rules",
    "[audit]") {
  auditAt(1080, 1920);
}

TEST_CASE("the audit's rules catch what they are about", "[audit]") {
  // A prompt that does not say the title, and a resident screen without 再听一遍 or 返回.
  test::TempDir dir;
  ui::HeadlessKiosk kiosk({ui::auditedConfig(), dir.path(), test::tuesdayMorning(), 1920, 1080});
  kiosk.station().session().dispatch(kiosk::intent::OpenTile{kiosk::tiles::TakeNumber});
  kiosk.settle();
  ui::KioskApp& app = kiosk.app();
  ui::Frame frame = app.grabFrame();
  ui::FontRoles fonts = ui::FontRoles::of(app.fonts());
  ui::ScreenMeasure measure = ui::measureScreen(frame, app.widgets(), fonts);
  kiosk::Snapshot snap = kiosk.snapshot();
  REQUIRE(ui::auditFindings(measure, app.widgets().texts(), app.widgets().widgets(), snap,
                            app.metrics(), 1920, 1080, fonts)
              .empty());
  snap.prompt = "请稍候";
  auto findings = ui::auditFindings(measure, app.widgets().texts(), app.widgets().widgets(), snap,
                                    app.metrics(), 1920, 1080, fonts);
  REQUIRE(findings.size() == 1);
  CHECK_THAT(findings[0], Catch::Contains("does not say the title"));

  std::vector<ui::WidgetRecord> noBack;
  for (const auto& widget : app.widgets().widgets()) {
    if (widget.label != "返回" && widget.label != "再听一遍") noBack.push_back(widget);
  }
  findings = ui::auditFindings(measure, app.widgets().texts(), noBack, kiosk.snapshot(),
                               app.metrics(), 1920, 1080, fonts);
  CHECK(findings == std::vector<std::string>{"no 再听一遍", "no 返回"});

  // The same pixels on a 13.3" panel are a third smaller in millimetres: too small.
  findings =
      ui::auditFindings(measure, app.widgets().texts(), app.widgets().widgets(), kiosk.snapshot(),
                        ui::metricsFor(1920, 1080, 13.3), 1920, 1080, fonts);
  bool small = false;
  for (const auto& f : findings) small |= f.find("body text") == 0;
  CHECK(small);

  CHECK(ui::wordsOf("预约办事：请选择事项。第1步，共4步") == "预约办事请选择事项第1步共4步");
}
