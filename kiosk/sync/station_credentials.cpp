#include "kiosk/sync/station_credentials.h"

#include <sys/stat.h>
#include <nlohmann/json.hpp>

#include <fstream>
#include <sstream>
#include <stdexcept>

#include "kiosk/sync/district_client.h"
#include "kiosk/sync/http_client.h"

namespace yizhan::kiosk {

std::filesystem::path StationCredentials::fileIn(const std::filesystem::path& dataDir) {
  return dataDir / "keys" / "station.json";
}

std::optional<StationCredentials> StationCredentials::load(const std::filesystem::path& file) {
  std::error_code ec;
  if (!std::filesystem::exists(file, ec)) return std::nullopt;
  std::ifstream in(file);
  std::stringstream text;
  text << in.rdbuf();
  auto j = nlohmann::json::parse(text.str(), nullptr, false);
  if (!j.is_object() || !j.contains("url") || !j.contains("station_id") || !j.contains("secret") ||
      !j["url"].is_string() || !j["station_id"].is_string() || !j["secret"].is_string()) {
    throw std::runtime_error(file.string() + ": damaged (enroll the station again)");
  }
  return StationCredentials{j["url"], j["station_id"], j["secret"]};
}

void StationCredentials::save(const std::filesystem::path& file) const {
  std::filesystem::create_directories(file.parent_path());
  chmod(file.parent_path().c_str(), 0700);
  std::filesystem::path temp = file;
  temp += ".new";
  {
    // Created 0600 before anything is written into it.
    std::ofstream(temp, std::ios::trunc).close();
    chmod(temp.c_str(), 0600);
    std::ofstream out(temp, std::ios::trunc);
    out << nlohmann::json({{"url", url}, {"station_id", stationId}, {"secret", secret}}).dump(2)
        << "\n";
    if (!out) throw std::runtime_error(file.string() + ": cannot write");
  }
  std::filesystem::rename(temp, file);
}

StationCredentials enrollStation(const std::string& url, const std::string& token,
                                 const std::string& stationName, const HttpClientOptions& options) {
  std::string base = url;
  if (base.empty() || base.back() != '/') base += '/';
  if (!isAllowedDistrictUrl(base)) {
    throw std::runtime_error(
        "明文 http 只能连本机测试服务器 (plain http is for this machine only; "
        "the district needs https): " +
        url);
  }
  HttpClient client(options);
  HttpRequest request;
  request.method = "POST";
  request.url = base + "api/v1/enroll";
  request.body = nlohmann::json({{"token", token}, {"name", stationName}}).dump();
  request.headers["Content-Type"] = "application/json";
  HttpResponse response = client.send(request);
  if (response.status == 0) {
    throw std::runtime_error("区级平台连接不上 (cannot reach " + request.url + ": " +
                             response.error + ")");
  }
  auto body = nlohmann::json::parse(response.body, nullptr, false);
  if (response.status == 403) {
    throw std::runtime_error("登记码无效或已用过 (the enrollment token is unknown or used)");
  }
  if (response.status != 200 || !body.is_object() || !body.contains("station_id") ||
      !body.contains("secret") || !body["station_id"].is_string() || !body["secret"].is_string()) {
    throw std::runtime_error("区级平台的回答看不懂 (unexpected answer, HTTP " +
                             std::to_string(response.status) + ")");
  }
  return {base, body["station_id"], body["secret"]};
}

}  // namespace yizhan::kiosk
