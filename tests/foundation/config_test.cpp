#include <catch2/catch.hpp>
#include <fstream>

#include "kiosk/config.h"
#include "support/temp_dir.h"

using namespace yizhan::kiosk;

namespace {
std::string errorOf(const std::string& toml) {
  try {
    parseConfig(toml, "station.toml");
  } catch (const ConfigError& e) {
    return e.what();
  }
  return "";
}
}  // namespace

TEST_CASE("every key has a working default", "[config]") {
  Config c;
  CHECK(c.station.timezone == "Asia/Shanghai");
  CHECK(c.devices.printer == "simulated");
  CHECK(c.devices.cardReader == "simulated");
  CHECK(c.devices.scanner == "simulated");
  CHECK(c.ui.inactivitySeconds == 60);
  CHECK(c.staff.maxFailures == 5);
  // The defaults, written out, read back to the same values.
  Config round = parseConfig(renderConfig(c), "rendered");
  CHECK(renderConfig(round) == renderConfig(c));
}

TEST_CASE("a file overrides only the keys it names", "[config]") {
  Config c = parseConfig(R"(
[station]
id = "sishui-hf-012"
name = "泗水县红帆驿站"
[devices]
printer = "/dev/usb/lp0"
[ui]
inactivity_seconds = 90
)",
                         "station.toml");
  CHECK(c.station.id == "sishui-hf-012");
  CHECK(c.station.name == "泗水县红帆驿站");
  CHECK(c.devices.printer == "/dev/usb/lp0");
  CHECK(c.devices.cardReader == "simulated");
  CHECK(c.ui.inactivitySeconds == 90);
  CHECK(c.station.timezone == "Asia/Shanghai");
}

TEST_CASE("config errors name the key, the line and what is wrong", "[config]") {
  std::string e = errorOf("[ui]\ninactivity_seconds = 5\n");
  CHECK_THAT(e, Catch::Contains("station.toml:2"));
  CHECK_THAT(e, Catch::Contains("[ui] inactivity_seconds"));
  CHECK_THAT(e, Catch::Contains("between 15 and 600"));

  e = errorOf("[ui]\ninactivity_seconds = \"sixty\"\n");
  CHECK_THAT(e, Catch::Contains("expected a whole number"));

  e = errorOf("[devices]\nprinter = \"lp0\"\n");
  CHECK_THAT(e, Catch::Contains("[devices] printer"));
  CHECK_THAT(e, Catch::Contains("absolute device path"));

  e = errorOf("[station]\ntimezone = \"Mars/Olympus\"\n");
  CHECK_THAT(e, Catch::Contains("unknown time zone"));

  e = errorOf("[ui]\ninactivty_seconds = 60\n");
  CHECK_THAT(e, Catch::Contains("unknown key [ui] inactivty_seconds"));
  CHECK_THAT(e, Catch::Contains("inactivity_seconds"));

  e = errorOf("[stations]\nid = \"x\"\n");
  CHECK_THAT(e, Catch::Contains("unknown section [stations]"));

  e = errorOf("[station\nid = 1\n");
  CHECK_THAT(e, Catch::Contains("not valid TOML"));

  e = errorOf("[station]\nid = \"has space\"\n");
  CHECK_THAT(e, Catch::Contains("[station] id"));

  e = errorOf("[staff]\nlockout_base_seconds = 600\nlockout_max_seconds = 60\n");
  CHECK_THAT(e, Catch::Contains("lockout_max_seconds"));
}

TEST_CASE("a missing config file is reported by name", "[config]") {
  yizhan::test::TempDir dir;
  REQUIRE_THROWS_WITH(loadConfig(dir / "nope.toml"),
                      Catch::Contains("nope.toml") && Catch::Contains("not found"));
  std::ofstream(dir / "ok.toml") << "[station]\nname = \"测试站\"\n";
  CHECK(loadConfig(dir / "ok.toml").station.name == "测试站");
}

TEST_CASE("the data directory defaults under the user's home", "[config]") {
  Config c;
  c.storage.dataDir = "/srv/yizhan";
  CHECK(resolveDataDir(c) == "/srv/yizhan");
  c.storage.dataDir.clear();
  CHECK(resolveDataDir(c).filename() == "yizhan");
}
