// Frame cost of the kiosk while a scripted tap sequence runs, and the cost of the font atlas
// built from the string catalog versus a whole CJK range. Prints one JSON object.
// Run under Xvfb (bench/run.sh) so frames are really presented; with no DISPLAY it falls back
// to SDL's offscreen driver.
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <vector>

#include "bench/tap_round.h"
#include "imgui.h"
#include "imgui_freetype.h"
#include "kiosk/base/local_time.h"
#include "ui/app/headless_kiosk.h"

using namespace yizhan;

namespace {
double percentile(std::vector<double> v, double p) {
  if (v.empty()) return 0;
  std::sort(v.begin(), v.end());
  size_t i = static_cast<size_t>(p * (v.size() - 1) + 0.5);
  return v[std::min(i, v.size() - 1)];
}

double median(std::vector<double> v) {
  return percentile(std::move(v), 0.5);
}

// The alternative we avoid: every CJK ideograph at the body size only.
double fullRangeAtlasMs(const kiosk::Config& config, int* texW, int* texH) {
  std::vector<double> times;
  for (int i = 0; i < 3; ++i) {
    ImFontAtlas atlas;
    ImFontConfig fc;
    fc.FontNo = config.ui.fontFace;
    fc.OversampleH = fc.OversampleV = 1;
    auto start = std::chrono::steady_clock::now();
    atlas.AddFontFromFileTTF(config.ui.fontFile.c_str(), 40.0f, &fc,
                             atlas.GetGlyphRangesChineseFull());
    atlas.FontBuilderIO = ImGuiFreeType::GetBuilderForFreeType();
    atlas.Build();
    times.push_back(
        std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start)
            .count());
    *texW = atlas.TexWidth;
    *texH = atlas.TexHeight;
  }
  return median(times);
}
}  // namespace

int main(int argc, char** argv) {
  int rounds = argc > 1 ? std::atoi(argv[1]) : 20;
  kiosk::useTimeZone("Asia/Shanghai");
  char pattern[] = "/tmp/yizhan-bench-XXXXXX";
  std::filesystem::path dir = mkdtemp(pattern);
  kiosk::Config config;
  bool underX = std::getenv("DISPLAY") != nullptr;
  ui::HeadlessOptions options{config, dir, kiosk::SystemClock().now(), 1920, 1080, !underX};
  int result = 0;
  {
    ui::HeadlessKiosk kiosk(options);
    kiosk.station().auth().setPin("246810", "bench");
    std::uint64_t warm = kiosk.app().frameTimes().count();
    for (int r = 0; r < rounds; ++r) bench::tapRound(kiosk, "246810");
    std::vector<double> wall = kiosk.app().frameTimes().wallSince(warm);
    std::vector<double> cpu = kiosk.app().frameTimes().cpuSince(warm);
    std::vector<double> uiCpu = kiosk.app().frameTimes().uiThreadCpuSince(warm);

    if (std::getenv("YIZHAN_BENCH_FRAMES")) {
      for (size_t i = 0; i < wall.size(); ++i)
        std::fprintf(stderr, "%zu %.2f %.2f\n", i, wall[i], cpu[i]);
    }
    // Atlas from the catalog: rebuild a few times for a median.
    std::vector<double> atlasMs;
    for (int i = 0; i < 5; ++i) {
      kiosk.app().fonts().build(*ImGui::GetIO().Fonts, ui::metricsFor(1920, 1080));
      atlasMs.push_back(kiosk.app().fonts().lastBuildMilliseconds());
    }
    ImFontAtlas* atlas = ImGui::GetIO().Fonts;
    int fullW = 0, fullH = 0;
    double fullMs = fullRangeAtlasMs(config, &fullW, &fullH);

    std::printf(
        "{\"driver\": \"%s\", \"frames\": %zu, \"frame_wall_ms_p50\": %.2f, "
        "\"frame_wall_ms_p99\": %.2f, \"frame_cpu_ms_p50\": %.2f, \"frame_cpu_ms_p99\": %.2f, "
        "\"frame_ui_thread_cpu_ms_p50\": %.2f, \"frame_ui_thread_cpu_ms_p99\": %.2f, "
        "\"atlas_glyphs\": %zu, \"atlas_sizes\": 3, \"atlas_build_ms_median\": %.1f, "
        "\"atlas_texture\": \"%dx%d\", \"atlas_texture_mb_r8\": %.2f, "
        "\"full_cjk_atlas_one_size_ms_median\": %.1f, \"full_cjk_texture\": \"%dx%d\", "
        "\"full_cjk_texture_mb_r8\": %.2f}\n",
        underX ? "x11" : "offscreen", wall.size(), percentile(wall, 0.5), percentile(wall, 0.99),
        percentile(cpu, 0.5), percentile(cpu, 0.99), percentile(uiCpu, 0.5),
        percentile(uiCpu, 0.99), kiosk.app().fonts().glyphCount(), median(atlasMs), atlas->TexWidth,
        atlas->TexHeight, atlas->TexWidth * atlas->TexHeight / 1048576.0, fullMs, fullW, fullH,
        fullW * fullH / 1048576.0);
    if (wall.empty()) result = 1;
  }
  std::filesystem::remove_all(dir);
  return result;
}
