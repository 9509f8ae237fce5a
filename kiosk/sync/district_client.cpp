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

std::optional<std::string> DistrictClient::loadCredentials() {
  try {
    credentials_ = StationCredentials::load(credentialsFile_);
  } catch (const std::exception& e) {
    credentials_.reset();
    return e.what();
  }
  if (!credentials_) return "station not enrolled (yizhan admin enroll)";
  key_ = hmacKeyOf(credentials_->secret);
  if (key_.empty()) {
    credentials_.reset();
    return credentialsFile_.string() + ": the secret is not base64 (enroll the station again)";
  }
  if (!isAllowedDistrictUrl(credentials_->url)) {
    std::string url = credentials_->url;
    credentials_.reset();
    return url + ": plain http is allowed only to this machine; the district needs https";
  }
  return std::nullopt;
}

bool DistrictClient::enrolled() {
  return credentials_ || !loadCredentials();
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
  DistrictAnswer answer;
  auto setupFailed = [&answer](const std::string& problem) {
    answer.failure = DistrictAnswer::Failure::Setup;
    answer.problem = problem;
    return answer;
  };
  if (!credentials_) {
    if (auto problem = loadCredentials()) return setupFailed(*problem);
  }
  answer.response = sendSigned(method, path, body, headers);
  if (answer.response.status == 401) {
    // Re-authenticate once: staff may have enrolled again (new secret on disk), and the
    // clock was just corrected from this answer's Date if it was the cause.
    if (auto problem = loadCredentials()) return setupFailed(*problem);
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
