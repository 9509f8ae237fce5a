// Runs the real `yizhan` binary: every bad input gives one clear message and a non-zero exit.
#include <sys/stat.h>

#include <catch2/catch.hpp>
#include <cstdlib>
#include <fstream>
#include <iterator>
#include <sstream>

#include "support/run_binary.h"
#include "support/temp_dir.h"

using yizhan::test::TempDir;

namespace {
using yizhan::test::Result;
using yizhan::test::run;
using yizhan::test::slurp;
const std::string kHeadless = "env SDL_VIDEODRIVER=offscreen";
}  // namespace

TEST_CASE("the version and help flags", "[cli]") {
  TempDir dir;
  Result v = run(dir, "--version");
  CHECK(v.exitCode == 0);
  CHECK_THAT(v.out, Catch::Contains("yizhan 0."));
  Result h = run(dir, "--help");
  CHECK(h.exitCode == 0);
  CHECK_THAT(h.out, Catch::Contains("kiosk") && Catch::Contains("admin"));
}

TEST_CASE("an unknown flag is refused with a message", "[cli]") {
  TempDir dir;
  Result r = run(dir, "--frobnicate");
  CHECK(r.exitCode == 2);
  CHECK_THAT(r.err, Catch::Contains("frobnicate"));
  r = run(dir, "kiosk --size big");
  CHECK(r.exitCode == 2);
  CHECK_THAT(r.err, Catch::Contains("--size"));
}

TEST_CASE("a missing or malformed config names the problem", "[cli][config]") {
  TempDir dir;
  Result r = run(dir, "--config " + (dir / "missing.toml").string() + " admin check-config");
  CHECK(r.exitCode == 2);
  CHECK_THAT(r.err, Catch::Contains("missing.toml"));

  std::ofstream(dir / "bad.toml") << "[ui]\ninactivity_seconds = 3\n";
  r = run(dir, "--config " + (dir / "bad.toml").string() + " admin check-config");
  CHECK(r.exitCode == 2);
  CHECK_THAT(r.err, Catch::Contains("bad.toml:2") && Catch::Contains("inactivity_seconds"));

  std::ofstream(dir / "good.toml") << "[station]\nid = \"hf-001\"\n";
  r = run(dir, "--config " + (dir / "good.toml").string() + " admin check-config");
  CHECK(r.exitCode == 0);
  CHECK_THAT(r.out, Catch::Contains("hf-001"));
}

TEST_CASE("an unwritable data directory is a clear error", "[cli][store]") {
  TempDir dir;
  std::ofstream(dir / "plainfile") << "x";
  Result r = run(dir, "--data-dir " + (dir / "plainfile").string() + " admin backup");
  CHECK(r.exitCode == 3);
  CHECK_THAT(r.err, Catch::Contains("data directory"));
}

TEST_CASE("a corrupt database stops the kiosk with recovery steps and loses nothing",
          "[cli][store]") {
  TempDir dir;
  auto data = dir / "data";
  REQUIRE(run(dir, "--data-dir " + data.string() + " admin backup").exitCode == 0);
  std::filesystem::remove(data / "yizhan.db-wal");
  std::filesystem::remove(data / "yizhan.db-shm");
  {
    std::fstream f(data / "yizhan.db", std::ios::in | std::ios::out | std::ios::binary);
    std::string junk(4096, '\x11');
    f.write(junk.data(), static_cast<std::streamsize>(junk.size()));
  }
  auto sizeBefore = std::filesystem::file_size(data / "yizhan.db");
  Result r = run(
      dir,
      "--data-dir " + data.string() + " kiosk --headless --screenshot " + (dir / "x.png").string(),
      kHeadless);
  CHECK(r.exitCode == 3);
  CHECK_THAT(r.err, Catch::Contains("yizhan admin restore") && Catch::Contains("backups"));
  CHECK(std::filesystem::file_size(data / "yizhan.db") == sizeBefore);
}

TEST_CASE("a missing font says which package to install", "[cli][fonts]") {
  TempDir dir;
  std::ofstream(dir / "c.toml") << "[ui]\nfont_file = \"/nonexistent/font.ttc\"\n";
  Result r = run(dir,
                 "--config " + (dir / "c.toml").string() + " --data-dir " + (dir / "d").string() +
                     " kiosk --headless --screenshot " + (dir / "x.png").string(),
                 kHeadless);
  CHECK(r.exitCode == 4);
  CHECK_THAT(r.err, Catch::Contains("fonts-noto-cjk"));
}

TEST_CASE("headless screenshot, and the no-display fallback", "[cli][ui]") {
  TempDir dir;
  Result r = run(dir,
                 "--data-dir " + (dir / "d").string() + " kiosk --headless --size 1280x800 " +
                     "--screenshot " + (dir / "home.png").string(),
                 kHeadless);
  CHECK(r.exitCode == 0);
  CHECK(std::filesystem::file_size(dir / "home.png") > 10000);

  r = run(dir, "--data-dir " + (dir / "d").string() + " kiosk",
          "env -u DISPLAY -u WAYLAND_DISPLAY -u SDL_VIDEODRIVER");
  CHECK(r.exitCode == 0);
  CHECK_THAT(r.err, Catch::Contains("no display"));
  CHECK_THAT(r.out, Catch::Contains("home.png") && Catch::Contains("staff-pin.png"));
  CHECK(std::filesystem::exists(dir / "d" / "screenshots" / "home.png"));
  // The second picture is the PIN screen (the staff mark held, as staff do), not home again.
  auto bytes = [](const std::filesystem::path& file) {
    std::ifstream in(file, std::ios::binary);
    return std::string(std::istreambuf_iterator<char>(in), {});
  };
  std::string home = bytes(dir / "d" / "screenshots" / "home.png");
  std::string pin = bytes(dir / "d" / "screenshots" / "staff-pin.png");
  CHECK(pin.size() > 10000);
  CHECK(pin != home);
}

TEST_CASE("admin set-pin reads the PIN from standard input and validates it", "[cli][staff]") {
  TempDir dir;
  std::string dataDir = "--data-dir " + (dir / "d").string();
  Result r = run(dir, dataDir + " admin set-pin", "", "12");
  CHECK(r.exitCode == 2);
  CHECK_THAT(r.err, Catch::Contains("4 to 8 digits"));
  r = run(dir, dataDir + " admin set-pin", "", "246810");
  CHECK(r.exitCode == 0);
  CHECK_THAT(r.out, Catch::Contains("staff PIN set"));
}
