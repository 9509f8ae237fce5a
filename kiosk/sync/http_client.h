#pragma once
// The kiosk's one HTTP client (libcurl, used nowhere else): a request with timeouts, TLS
// verification on, and the answer's status, body and the headers the contract needs.
#include <chrono>
#include <map>
#include <optional>
#include <string>

namespace yizhan::kiosk {

struct HttpRequest {
  std::string method = "GET";
  std::string url;
  std::string body;
  std::map<std::string, std::string> headers;
  std::chrono::seconds connectTimeout{5};
  std::chrono::seconds totalTimeout{30};
};

struct HttpResponse {
  int status = 0;  // 0 when no answer came (error says why)
  std::string body;
  std::map<std::string, std::string> headers;  // names in lower case
  std::string error;                           // for people, English (logs, stderr)
};

class HttpClient {
 public:
  HttpClient();
  ~HttpClient();
  HttpClient(const HttpClient&) = delete;
  HttpClient& operator=(const HttpClient&) = delete;

  // Reuses the connection between calls (one handle per client).
  HttpResponse send(const HttpRequest& request);

 private:
  void* handle_;
};

}  // namespace yizhan::kiosk
