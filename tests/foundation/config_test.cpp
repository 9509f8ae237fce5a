#include <catch2/catch.hpp>
#include <fstream>

#include "kiosk/app/config.h"
#include "support/config_error.h"
#include "support/temp_dir.h"

using namespace yizhan::kiosk;

namespace {
std::string errorOf(const std::string& toml) {
  return yizhan::test::configErrorOf(toml);
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
[display]
diagonal_inches = 23.8
[volunteers]
rounding_minutes = 15
minimum_minutes = 30
)",
                         "station.toml");
  CHECK(c.station.id == "sishui-hf-012");
  CHECK(c.station.name == "泗水县红帆驿站");
  CHECK(c.devices.printer == "/dev/usb/lp0");
  CHECK(c.devices.cardReader == "simulated");
  CHECK(c.ui.inactivitySeconds == 90);
  CHECK(c.station.timezone == "Asia/Shanghai");
  CHECK(c.display.diagonalInches == Approx(23.8));
  // Shown back as it was given, and read again the same.
  CHECK(parseConfig(renderConfig(c), "shown").display.diagonalInches == Approx(23.8));
  CHECK(parseConfig("", "empty").display.diagonalInches == 0);
  CHECK(c.volunteers.roundingMinutes == 15);
  CHECK(c.volunteers.minimumMinutes == 30);
  CHECK(c.volunteers.maximumMinutes == 480);  // the default, untouched
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

  e = errorOf("[volunteers]\nrounding_minutes = 7\n");
  CHECK_THAT(e, Catch::Contains("[volunteers] rounding_minutes must be 0, 5, 10 or 15, got 7"));
  e = errorOf("[volunteers]\nminimum_minutes = 60\nmaximum_minutes = 60\n");
  CHECK_THAT(e, Catch::Contains("minimum_minutes must be less than maximum_minutes"));

  e = errorOf("[display]\ndiagonal_inches = 2\n");
  CHECK_THAT(e, Catch::Contains("[display] diagonal_inches"));
  CHECK_THAT(e, Catch::Contains("from 5 to 100 inches"));
  e = errorOf("[display]\ndiagonal_inches = \"21.5\"\n");
  CHECK_THAT(e, Catch::Contains("expected a number"));

  e = errorOf("[staff]\nlockout_base_seconds = 600\nlockout_max_seconds = 60\n");
  CHECK_THAT(e, Catch::Contains("lockout_max_seconds"));
}

TEST_CASE("the console's address is a numeric one, and beyond loopback only with TLS",
          "[config][console]") {
  std::string e = errorOf("[console]\nbind = \"0.0.0.0; rm -rf /\"\n");
  CHECK_THAT(e, Catch::Contains("[console] bind"));
  CHECK_THAT(e, Catch::Contains("numeric IP address"));
  CHECK_THAT(errorOf("[console]\nbind = \"kiosk.example\"\n"), Catch::Contains("numeric IP"));

  e = errorOf("[console]\nbind = \"0.0.0.0\"\n");
  CHECK_THAT(e, Catch::Contains("tls_certificate and tls_key"));
  CHECK_THAT(errorOf("[console]\nbind = \"192.168.1.20\"\ntls_certificate = \"/etc/c.pem\"\n"),
             Catch::Contains("go together"));
  CHECK_THAT(errorOf("[console]\ntls_key = \"key.pem\"\n"), Catch::Contains("absolute path"));

  Config tls = parseConfig(
      "[console]\nbind = \"0.0.0.0\"\ntls_certificate = \"/etc/yizhan/console.crt\"\n"
      "tls_key = \"/etc/yizhan/console.key\"\n",
      "t");
  CHECK(tls.console.bind == "0.0.0.0");
  CHECK(parseConfig("[console]\nbind = \"::1\"\n", "t").console.bind == "::1");
  // A console turned off needs no certificate, wherever it would listen.
  CHECK(parseConfig("[console]\nbind = \"0.0.0.0\"\nport = 0\n", "t").console.port == 0);
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

TEST_CASE("services and counters come from the file, replacing the default lists", "[config]") {
  Config c = parseConfig(R"(
[queue]
no_show_after_recalls = 3

[[counters]]
number = 1
name = "1号窗口"

[[counters]]
number = 5
name = "党员服务窗口"

[[services]]
id = "pension"
name = "养老认证"
prefix = "P"
counters = [1, 5]
hours = ["13:30-17:00", "08:30-11:30"]
daily_cap = 80
policy = "strict-priority"
)",
                         "station.toml");
  REQUIRE(c.queue.services.size() == 1);
  const ServiceDef& s = c.queue.services[0];
  CHECK(s.name == "养老认证");
  CHECK(s.prefix == 'P');
  CHECK(s.counters == std::vector<int>{1, 5});
  CHECK(s.hours == std::vector<OpeningSpan>{{510, 690}, {810, 1020}});  // sorted
  CHECK(s.dailyCap == 80);
  CHECK(s.policy == OrderingPolicy::StrictPriority);
  CHECK(s.normalPerPriority == 2);  // default for keys not given
  CHECK(c.queue.counter(5)->name == "党员服务窗口");
  CHECK(c.queue.settings.noShowAfterRecalls == 3);
  CHECK(isOpenAt(s, 9 * 60));
  CHECK(!isOpenAt(s, 12 * 60));
  CHECK(!isOpenAt(s, 17 * 60));
  Config round = parseConfig(renderConfig(c), "rendered");
  CHECK(round.queue.services == c.queue.services);
  CHECK(round.queue.counters == c.queue.counters);
  // Without the arrays, the demonstration station's services.
  CHECK(Config{}.queue.services.size() == 4);
  CHECK(parseConfig(renderConfig(Config{}), "r").queue.services == Config{}.queue.services);
}

TEST_CASE("mistakes in services and counters name the entry, the key and the line", "[config]") {
  const std::string counters = "[[counters]]\nnumber = 1\nname = \"1号窗口\"\n";
  auto service = [](const std::string& body) {
    return "[[services]]\nid = \"pension\"\nname = \"养老认证\"\n" + body;
  };
  std::string e = errorOf(counters + service("prefix = \"P\"\ncounters = [1]\n"));
  CHECK_THAT(e, Catch::Contains("[[services]] #1 (pension) hours: missing"));

  e = errorOf(counters + service("prefix = \"p\"\ncounters = [1]\nhours = [\"08:30-12:00\"]\n"));
  CHECK_THAT(e, Catch::Contains("prefix: must be one capital letter"));

  e = errorOf(counters + service("prefix = \"P\"\ncounters = [1]\nhours = [\"12:00-08:30\"]\n"));
  CHECK_THAT(e, Catch::Contains("station.toml:"));
  CHECK_THAT(e, Catch::Contains("\"12:00-08:30\" is not a span"));

  e = errorOf(
      counters +
      service("prefix = \"P\"\ncounters = [1]\nhours = [\"08:00-12:00\", \"11:00-13:00\"]\n"));
  CHECK_THAT(e, Catch::Contains("overlap"));

  e = errorOf(counters + service("prefix = \"P\"\ncounters = [2]\nhours = [\"08:30-12:00\"]\n"));
  CHECK_THAT(e, Catch::Contains("counter 2 is not one of the [[counters]]"));

  e = errorOf(counters + service("prefix = \"P\"\ncounters = [1]\nhours = [\"08:30-12:00\"]\n"
                                 "policy = \"fifo\"\n"));
  CHECK_THAT(e, Catch::Contains("must be \"interleave\" or \"strict-priority\""));

  e = errorOf(counters + service("prefix = \"P\"\ncounters = [1]\nhours = [\"08:30-12:00\"]\n"
                                 "colour = \"red\"\n"));
  CHECK_THAT(e, Catch::Contains("colour: unknown key"));

  std::string two =
      counters + service("prefix = \"P\"\ncounters = [1]\nhours = [\"08:30-12:00\"]\n");
  two +=
      "[[services]]\nid = \"other\"\nname = \"其他\"\nprefix = \"P\"\ncounters = [1]\n"
      "hours = [\"08:30-12:00\"]\n";
  CHECK_THAT(errorOf(two), Catch::Contains("prefix \"P\" is already used"));

  CHECK_THAT(errorOf("[queue]\nno_show_after_recalls = 50\n"),
             Catch::Contains("[queue] no_show_after_recalls"));
}
