// The home screen rendered headless must match the reviewed golden images. After an
// intended change, look at the new PNGs, then regenerate with YIZHAN_UPDATE_GOLDEN=1.
#include <stb_image.h>

#include <catch2/catch.hpp>
#include <cstdlib>
#include <memory>

#include "support/temp_dir.h"
#include "support/times.h"
#include "ui/app/headless_kiosk.h"

using namespace yizhan;

namespace {
struct Image {
  int w = 0, h = 0;
  std::unique_ptr<unsigned char, void (*)(void*)> pixels{nullptr, stbi_image_free};
};

Image load(const std::filesystem::path& file) {
  Image img;
  int channels = 0;
  img.pixels.reset(stbi_load(file.c_str(), &img.w, &img.h, &channels, 4));
  return img;
}

struct Difference {
  double meanAbs;       // per channel, 0-255
  double differingPct;  // pixels with any channel off by more than 48
};

Difference compare(const Image& a, const Image& b) {
  size_t n = static_cast<size_t>(a.w) * a.h;
  double total = 0;
  size_t differing = 0;
  for (size_t i = 0; i < n; ++i) {
    int worst = 0;
    for (int c = 0; c < 3; ++c) {
      int d = std::abs(a.pixels.get()[i * 4 + c] - b.pixels.get()[i * 4 + c]);
      total += d;
      worst = std::max(worst, d);
    }
    differing += worst > 48;
  }
  return {total / (n * 3.0), 100.0 * differing / n};
}
}  // namespace

TEST_CASE("the home screen matches its golden images at 1920x1080 and 1280x800", "[ui][golden]") {
  for (auto [w, h] : {std::pair{1920, 1080}, std::pair{1280, 800}}) {
    DYNAMIC_SECTION(w << "x" << h) {
      test::TempDir dir;
      ui::HeadlessKiosk kiosk({kiosk::Config{}, dir.path(), test::tuesdayMorning(), w, h});
      std::string name = "home-" + std::to_string(w) + "x" + std::to_string(h) + ".png";
      std::filesystem::path golden = std::filesystem::path(YIZHAN_GOLDEN_DIR) / name;
      std::filesystem::path actual = std::filesystem::path(YIZHAN_ARTIFACT_DIR) / name;
      kiosk.screenshot(actual);
      if (std::getenv("YIZHAN_UPDATE_GOLDEN")) {
        std::filesystem::copy_file(actual, golden,
                                   std::filesystem::copy_options::overwrite_existing);
      }
      Image expected = load(golden);
      Image got = load(actual);
      INFO("golden " << golden << ", rendered " << actual);
      REQUIRE(expected.pixels);
      REQUIRE(got.pixels);
      REQUIRE(got.w == expected.w);
      REQUIRE(got.h == expected.h);
      Difference d = compare(got, expected);
      INFO("mean difference " << d.meanAbs << ", differing pixels " << d.differingPct << "%");
      CHECK(d.meanAbs < 1.0);
      CHECK(d.differingPct < 0.5);
    }
  }
}
