// The accessibility audit's figures (issue 14): tours a headless kiosk through every screen
// and the states residents meet on them (ui/audit/screen_tour) at 1920×1080, 1280×800 and
// portrait 1080×1920, and prints, per stop, what is drawn: the smallest ink height of Chinese
// body text and of headings, the smallest touch target and gap, the lowest text contrast, in
// pixels and in millimetres on the panel the size stands for (21.5″ 1080p, 15.6″ 1280×800),
// and how many rules the stop breaks. The tests in tests/foundation/screen_audit_rules_test.cpp
// hold every stop to the rules; this prints the figures for docs/ACCESSIBILITY.md.
// Usage: yizhan_screen_audit [out-dir-for-screenshots]
#include <cmath>
#include <cstdio>
#include <filesystem>
#include <string>

#include "kiosk/base/local_time.h"
#include "ui/app/headless_kiosk.h"
#include "ui/audit/audit_rules.h"
#include "ui/audit/screen_tour.h"

using namespace yizhan;

namespace {
struct Size {
  int w, h;
};

std::string figure(double px, double pxPerMm) {
  if (std::isinf(px) || px > 1e6) return "null";  // nothing of the kind on the screen
  char out[64];
  std::snprintf(out, sizeof out, "[%.0f, %.1f]", px, px / pxPerMm);
  return out;
}

void tourOf(const Size& size, const std::filesystem::path& shots, bool firstSize) {
  auto dir = std::filesystem::temp_directory_path() / "yizhan-screen-audit";
  std::filesystem::remove_all(dir);
  ui::HeadlessKiosk kiosk(ui::HeadlessOptions{ui::auditedConfig(), dir,
                                              kiosk::fromEpochSeconds(1795483800), size.w, size.h});
  ui::Metrics m = kiosk.app().metrics();
  std::printf("%s  \"%dx%d\": {\"px_per_mm\": %.2f, \"stops\": [\n", firstSize ? "" : ",\n", size.w,
              size.h, m.pxPerMm);
  bool first = true;
  ui::tourEveryScreen(kiosk, [&](const ui::TourStop& stop) {
    ui::KioskApp& app = kiosk.app();
    ui::Frame frame = app.grabFrame();
    ui::FontRoles fonts = ui::FontRoles::of(app.fonts());
    ui::ScreenMeasure measure = ui::measureScreen(frame, app.widgets(), fonts);
    ui::AuditFigures f = ui::figuresOf(measure);
    auto findings = ui::auditFindings(measure, app.widgets().texts(), app.widgets().widgets(),
                                      kiosk.snapshot(), m, size.w, size.h, fonts);
    std::printf(
        "%s    {\"stop\": \"%s\", \"resident\": %s, \"body_ink\": %s, \"heading_ink\": %s, "
        "\"target\": %s, \"gap\": %s, \"contrast\": %.1f, \"findings\": %zu}",
        first ? "" : ",\n", stop.name().c_str(),
        kiosk::isResidentScreen(kiosk.screen()) ? "true" : "false",
        figure(f.bodyInkPx, m.pxPerMm).c_str(), figure(f.headingInkPx, m.pxPerMm).c_str(),
        figure(f.targetPx, m.pxPerMm).c_str(), figure(f.gapPx, m.pxPerMm).c_str(),
        std::isinf(f.contrast) ? 0.0 : f.contrast, findings.size());
    for (const std::string& line : findings) {
      std::fprintf(stderr, "%dx%d %s: %s\n", size.w, size.h, stop.name().c_str(), line.c_str());
    }
    first = false;
    if (!shots.empty()) {
      kiosk.screenshot(shots / (stop.name() + "-" + std::to_string(size.w) + "x" +
                                std::to_string(size.h) + ".png"));
    }
  });
  std::printf("\n  ]}");
}
}  // namespace

int main(int argc, char** argv) {
  kiosk::useTimeZone("Asia/Shanghai");  // the demo station's hours are Beijing time
  std::filesystem::path shots = argc > 1 ? argv[1] : "";
  if (!shots.empty()) std::filesystem::create_directories(shots);
  const Size sizes[] = {{1920, 1080}, {1280, 800}, {1080, 1920}};
  std::printf("{\n");
  for (size_t i = 0; i < std::size(sizes); ++i) tourOf(sizes[i], shots, i == 0);
  std::printf("\n}\n");
}
