// `yizhan admin enroll` against the district-sim over real HTTP (libcurl): the secret lands
// in a 0600 file outside the database; a used token, a second enrollment and an unreachable
// platform each get a clear message and change nothing.
#include <sys/stat.h>

#include <sodium.h>
#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include "kiosk/sync/station_credentials.h"
#include "support/run_binary.h"
#include "tools/district_sim/district_server.h"

using namespace yizhan;

namespace {
int modeOf(const std::filesystem::path& p) {
  struct stat st {};
  REQUIRE(stat(p.c_str(), &st) == 0);
  return static_cast<int>(st.st_mode & 0777);
}
}  // namespace

TEST_CASE("admin enroll: once, with the secret in a 0600 file", "[sync][enroll]") {
  REQUIRE(sodium_init() >= 0);
  test::TempDir district, station, other;
  district::DistrictStore store(district.path() / "district.sqlite");
  store.addEnrollmentToken("T-1");
  district::DistrictServer server(store, "{}", [] { return std::int64_t{1795483800}; });
  int port = server.start("127.0.0.1", 0);
  std::string url = "http://127.0.0.1:" + std::to_string(port);
  std::string args = "--data-dir " + station.path().string() + " admin enroll --url " + url;

  auto ok = test::run(station, args + " --token T-1");
  INFO(ok.err);
  REQUIRE(ok.exitCode == 0);
  CHECK(ok.out.find("登记成功") != std::string::npos);
  auto file = kiosk::StationCredentials::fileIn(station.path());
  CHECK(modeOf(file) == 0600);
  CHECK(modeOf(file.parent_path()) == 0700);
  auto saved = kiosk::StationCredentials::load(file);
  REQUIRE(saved);
  CHECK(saved->stationId == "st-1");
  CHECK(saved->url == url + "/");
  CHECK(store.secretOf("st-1") == saved->secret);

  auto again = test::run(station, args + " --token T-1");
  CHECK(again.exitCode == 2);
  CHECK(again.err.find("本站已登记为 st-1") != std::string::npos);

  std::string otherArgs = "--data-dir " + other.path().string() + " admin enroll --url ";
  auto used = test::run(other, otherArgs + url + " --token T-1");
  CHECK(used.exitCode == 3);
  CHECK(used.err.find("登记码无效或已用过") != std::string::npos);
  server.stop();
  auto down = test::run(other, otherArgs + url + " --token T-2");
  CHECK(down.exitCode == 3);
  CHECK(down.err.find("区级平台连接不上") != std::string::npos);
  CHECK_FALSE(std::filesystem::exists(kiosk::StationCredentials::fileIn(other.path())));
}
