#pragma once
// Signed requests to the district platform (docs/district-api.md §1): loads the station's
// credentials, signs each request with a fresh nonce at the station's clock corrected by the
// offset learned from the server's Date header, and on a 401 re-authenticates once (reads the
// credentials again, takes the server's time) before giving up.
#include <cstdint>
#include <filesystem>
#include <functional>
#include <map>
#include <optional>
#include <string>

#include "kiosk/sync/http_client.h"
#include "kiosk/sync/station_credentials.h"

namespace yizhan::kiosk {

struct DistrictAnswer {
  enum class Failure {
    None,          // an HTTP answer came (any status but a final 401)
    NoAnswer,      // network, timeout, reset: transient
    Unauthorized,  // 401 after re-authenticating: staff must act
    NotEnrolled,   // no credentials yet (yizhan admin enroll)
    Setup,         // credentials damaged, TLS refused, plain HTTP off loopback
  } failure = Failure::None;
  HttpResponse response;
  std::string problem;  // English, for logs and the staff panel's detail line
};

class DistrictClient {
 public:
  using Now = std::function<std::int64_t()>;  // the station's clock, seconds since 1970
  DistrictClient(std::filesystem::path credentialsFile, HttpClientOptions options, Now now);

  // Loads the credentials if not loaded yet; the failed answer any call would get without
  // them (NotEnrolled or Setup), or nothing when ready.
  std::optional<DistrictAnswer> ready();
  std::string stationId() const;

  DistrictAnswer call(const std::string& method, const std::string& path,
                      const std::string& body = {},
                      const std::map<std::string, std::string>& headers = {});

  // Seconds to add to the station's clock to get the district's.
  std::int64_t clockOffset() const { return clockOffset_; }

 private:
  std::optional<DistrictAnswer> loadCredentials();
  HttpResponse sendSigned(const std::string& method, const std::string& path,
                          const std::string& body,
                          const std::map<std::string, std::string>& headers);
  void learnClock(const HttpResponse& response);

  std::filesystem::path credentialsFile_;
  HttpClient http_;
  Now now_;
  std::optional<StationCredentials> credentials_;
  std::string key_;
  std::int64_t clockOffset_ = 0;
};

// Plain http:// is for a development server on this machine only.
bool isAllowedDistrictUrl(const std::string& url);

}  // namespace yizhan::kiosk
