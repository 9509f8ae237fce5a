#include "kiosk/sync/district_client.h"

#include <cstdlib>
#include <regex>

#include "kiosk/sync/http_date.h"
#include "kiosk/sync/request_signature.h"

namespace yizhan::kiosk {

namespace {
// The Date header has whole seconds; smaller differences are its rounding, not a wrong clock.
constexpr std::int64_t kClockSlackSeconds = 2;
}  // namespace

bool isAllowedDistrictUrl(const std::string& url) {
  if (url.rfind("https://", 0) == 0) return true;
  static const std::regex loopback(R"(http://(127\.\d+\.\d+\.\d+|localhost|\[::1\])(:\d+)?(/.*)?)");
  return std::regex_match(url, loopback);
}

DistrictClient::DistrictClient(std::filesystem::path credentialsFile, HttpClientOptions options,
                               Now now)
    : credentialsFile_(std::move(credentialsFile)),
      http_(std::move(options)),
      now_(std::move(now)) {}

std::optional<DistrictAnswer> DistrictClient::loadCredentials() {
  DistrictAnswer failed;
  failed.failure = DistrictAnswer::Failure::Setup;
  try {
    credentials_ = StationCredentials::load(credentialsFile_);
  } catch (const std::exception& e) {
    credentials_.reset();
    failed.problem = e.what();
    return failed;
  }
  if (!credentials_) {
    failed.failure = DistrictAnswer::Failure::NotEnrolled;
    failed.problem = "station not enrolled (yizhan admin enroll)";
    return failed;
  }
  key_ = hmacKeyOf(credentials_->secret);
  if (key_.empty()) {
    failed.problem =
        credentialsFile_.string() + ": the secret is not base64 (enroll the station again)";
  } else if (!isAllowedDistrictUrl(credentials_->url)) {
    failed.problem = credentials_->url +
                     ": plain http is allowed only to this machine; the district needs https";
  } else {
    return std::nullopt;
  }
  credentials_.reset();
  return failed;
}

std::optional<DistrictAnswer> DistrictClient::ready() {
  if (credentials_) return std::nullopt;
  return loadCredentials();
}

std::string DistrictClient::stationId() const {
  return credentials_ ? credentials_->stationId : std::string();
}

HttpResponse DistrictClient::sendSigned(const std::string& method, const std::string& path,
                                        const std::string& body,
                                        const std::map<std::string, std::string>& headers) {
  SignedHeaders s =
      signRequest(credentials_->stationId, key_, method, path, body, now_() + clockOffset_);
  HttpRequest request;
  request.method = method;
  // The credentials' url ends with '/', the contract's paths start with one.
  request.url = credentials_->url + path.substr(1);
  request.body = body;
  request.headers = headers;
  request.headers["X-Station-Id"] = s.stationId;
  request.headers["X-Timestamp"] = std::to_string(s.timestamp);
  request.headers["X-Nonce"] = s.nonce;
  request.headers["X-Signature"] = s.signature;
  if (!body.empty()) request.headers["Content-Type"] = "application/json";
  HttpResponse response = http_.send(request);
  learnClock(response);
  return response;
}

void DistrictClient::learnClock(const HttpResponse& response) {
  auto date = response.headers.find("date");
  if (response.status == 0 || date == response.headers.end()) return;
  auto server = parseHttpDate(date->second);
  if (!server) return;
  std::int64_t offset = *server - now_();
  if (std::llabs(offset - clockOffset_) > kClockSlackSeconds) clockOffset_ = offset;
}

DistrictAnswer DistrictClient::call(const std::string& method, const std::string& path,
                                    const std::string& body,
                                    const std::map<std::string, std::string>& headers) {
  if (auto failed = ready()) return *failed;
  DistrictAnswer answer;
  answer.response = sendSigned(method, path, body, headers);
  if (answer.response.status == 401) {
    // Re-authenticate once: staff may have enrolled again (new secret on disk), and the
    // clock was just corrected from this answer's Date if it was the cause.
    if (auto failed = loadCredentials()) return *failed;
    answer.response = sendSigned(method, path, body, headers);
    if (answer.response.status == 401) {
      answer.failure = DistrictAnswer::Failure::Unauthorized;
      answer.problem =
          "the district refused the station's signature twice: " + answer.response.body;
    }
  }
  if (answer.response.status == 0) {
    answer.failure = answer.response.tlsProblem ? DistrictAnswer::Failure::Setup
                                                : DistrictAnswer::Failure::NoAnswer;
    answer.problem = answer.response.error;
  }
  return answer;
}

}  // namespace yizhan::kiosk
