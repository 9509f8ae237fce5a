#pragma once
// The kiosk's one HTTP client (libcurl, used nowhere else): a request with connect, total and
// low-speed timeouts, TLS verification always on (a CA file and a public-key pin when set), a
// proxy only when configured, and one connection reused between requests.
#include <chrono>
#include <map>
#include <string>

namespace yizhan::kiosk {

struct HttpClientOptions {
  std::string caFile;           // empty: the system's CA certificates
  std::string pinnedPublicKey;  // empty, or sha256//<base64>
  std::string proxy;            // empty: connect directly, whatever the environment says
  std::chrono::milliseconds connectTimeout{5000};
  std::chrono::milliseconds totalTimeout{30000};
  std::chrono::seconds lowSpeedTime{20};  // abort when under 64 bytes/s this long
};

struct HttpRequest {
  std::string method = "GET";
  std::string url;
  std::string body;
  std::map<std::string, std::string> headers;
};

struct HttpResponse {
  int status = 0;  // 0 when no answer came (error says why)
  std::string body;
  std::map<std::string, std::string> headers;  // names in lower case
  std::string error;                           // for people, English (logs, stderr)
  bool tlsProblem = false;                     // certificate or pin refused: not transient
  long newConnections = 0;                     // 0 when an open connection was reused
};

class HttpClient {
 public:
  explicit HttpClient(HttpClientOptions options = {});
  ~HttpClient();
  HttpClient(const HttpClient&) = delete;
  HttpClient& operator=(const HttpClient&) = delete;

  HttpResponse send(const HttpRequest& request);

 private:
  HttpClientOptions options_;
  void* handle_;
};

}  // namespace yizhan::kiosk
