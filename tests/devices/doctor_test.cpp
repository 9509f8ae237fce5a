// `yizhan admin doctor` against the simulators, and against devices that are not there.
#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>

#include "support/run_binary.h"

using yizhan::test::run;
using yizhan::test::TempDir;

TEST_CASE("doctor with simulated devices: all OK, a test ticket rendered", "[doctor]") {
  TempDir dir;
  auto r =
      run(dir, "--data-dir " + (dir / "data").string() + " admin doctor", "SDL_AUDIODRIVER=dummy");
  INFO(r.out << r.err);
  CHECK(r.exitCode == 0);
  CHECK_THAT(r.out, Catch::Contains("打印机 (printer) 正常 (ok)"));
  CHECK_THAT(r.out, Catch::Contains("身份证读卡器 (ID card reader) 正常 (ok)"));
  CHECK_THAT(r.out, Catch::Contains("扫码器 (QR scanner) 正常 (ok)"));
  CHECK_THAT(r.out, Catch::Contains("全部设备正常"));
  CHECK(std::filesystem::exists(dir / "data/printed-tickets/ticket-0001.png"));
}

TEST_CASE("doctor names each missing device, says what to do, and exits 5", "[doctor]") {
  TempDir dir;
  std::ofstream(dir / "yizhan.toml") << "[devices]\nprinter = \"/dev/usb/lp9\"\n"
                                        "card_reader = \"/dev/ttyUSB7\"\n";
  auto r = run(dir,
               "--config " + (dir / "yizhan.toml").string() + " --data-dir " +
                   (dir / "data").string() + " admin doctor",
               "SDL_AUDIODRIVER=dummy");
  INFO(r.out << r.err);
  CHECK(r.exitCode == 5);
  CHECK_THAT(r.out, Catch::Contains("打印机无法连接，请检查电源和连接线"));
  CHECK_THAT(r.out, Catch::Contains("/dev/usb/lp9: No such file or directory"));
  CHECK_THAT(r.out, Catch::Contains("身份证读卡器无法连接"));
  CHECK_THAT(r.out, Catch::Contains("有设备故障"));
}
