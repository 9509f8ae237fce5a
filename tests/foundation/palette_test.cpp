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

TEST_CASE("sizes at 1920x1080 meet the design minimums and scale down together", "[theme]") {
  Metrics full = metricsFor(1920, 1080);
  CHECK(full.bodyPx() >= 36);
  CHECK(full.headingPx() >= 56);
  CHECK(full.minTarget() >= 96);
  CHECK(full.minGap() >= 16);
  CHECK(full.footerButtonHeight() >= full.minTarget());
  Metrics small = metricsFor(1280, 800);
  CHECK(small.scale == Approx(1280.0 / 1920.0));
  CHECK(small.bodyPx() / small.minTarget() == Approx(full.bodyPx() / full.minTarget()));
}
