#include <catch2/catch.hpp>

#include "ui/palette.h"

using namespace yizhan::ui;

TEST_CASE("contrast ratio matches WCAG reference values", "[theme]") {
  CHECK(contrastRatio({0, 0, 0}, {255, 255, 255}) == Approx(21.0));
  CHECK(contrastRatio({255, 255, 255}, {255, 255, 255}) == Approx(1.0));
  CHECK(contrastRatio({0x77, 0x77, 0x77}, {255, 255, 255}) == Approx(4.48).epsilon(0.01));
}

TEST_CASE("every text colour has at least 7:1 contrast on its background", "[theme]") {
  for (const auto& pair : textPairs(palette())) {
    INFO(pair.what);
    CHECK(contrastRatio(pair.text, pair.background) >= 7.0);
  }
}

TEST_CASE("sizes hold in millimetres on every panel, not in pixels", "[theme]") {
  struct Panel {
    int w, h;
    double inches;
  };
  for (Panel panel : {Panel{1920, 1080, 0}, Panel{1280, 800, 0}, Panel{1080, 1920, 0},
                      Panel{1920, 1080, 27}, Panel{1366, 768, 0}, Panel{1024, 600, 10.1}}) {
    Metrics m = metricsFor(panel.w, panel.h, panel.inches);
    INFO(panel.w << "x" << panel.h << " " << panel.inches << "in: " << m.pxPerMm << " px/mm");
    // What is asked of the font, times how much of it a Chinese character inks.
    CHECK(m.bodyPx() * Metrics::kInkPerFontSize / m.pxPerMm >= 9.0);
    CHECK(m.headingPx() * Metrics::kInkPerFontSize / m.pxPerMm >= 14.0);
    CHECK(m.minTarget() / m.pxPerMm >= 24.0);
    CHECK(m.minGap() / m.pxPerMm >= 4.0);
    CHECK(m.footerButtonHeight() >= m.minTarget());
    CHECK(m.portrait == (panel.h > panel.w));
  }
  // The default panels: 21.5" at 1080p either way up, 15.6" at 1280x800. Their pitches are
  // nearly the same, so a 1280x800 screen shows fewer things, not smaller ones.
  Metrics full = metricsFor(1920, 1080), small = metricsFor(1280, 800);
  CHECK(full.pxPerMm == Approx(4.03).margin(0.01));
  CHECK(small.pxPerMm == Approx(3.81).margin(0.01));
  CHECK(small.minTarget() / full.minTarget() == Approx(3.81 / 4.03).margin(0.01));
  CHECK(metricsFor(1080, 1920).pxPerMm == Approx(full.pxPerMm));
  // A larger panel of the same resolution draws fewer pixels for the same millimetres.
  CHECK(metricsFor(1920, 1080, 27).bodyPx() < full.bodyPx());
}
