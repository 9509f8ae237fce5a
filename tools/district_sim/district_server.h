#pragma once
// The reference server of docs/district-api.md: enrollment, signed event upload with
// per-event results, heartbeats and configuration with ETag. Its clock is the caller's, so
// tests can skew it.
#include <cstdint>
#include <functional>
#include <memory>
#include <mutex>
#include <string>
#include <thread>

#include "kiosk/sync/request_signature.h"
#include "tools/district_sim/district_store.h"

namespace httplib {
class Server;
struct Request;
struct Response;
}  // namespace httplib

namespace yizhan::district {

class DistrictServer {
 public:
  using Now = std::function<std::int64_t()>;  // seconds since 1970
  DistrictServer(DistrictStore& store, std::string configJson, Now now);
  ~DistrictServer();

  // Binds (port 0: any free port) and serves on its own thread; returns the port or throws.
  int start(const std::string& bind, int port);
  void stop();

 private:
  void routes();
  // The station the request is signed by, or empty with the 401 answer set.
  std::string authenticate(const httplib::Request& req, httplib::Response& res);
  void enroll(const httplib::Request& req, httplib::Response& res);
  void events(const httplib::Request& req, httplib::Response& res);
  void heartbeat(const httplib::Request& req, httplib::Response& res);
  void config(const httplib::Request& req, httplib::Response& res);
  void status(const httplib::Request& req, httplib::Response& res);

  DistrictStore& store_;
  std::string configJson_;
  std::string etag_;
  Now now_;
  std::mutex mutex_;  // the store and the nonce memory
  kiosk::SignatureChecker checker_;
  std::unique_ptr<httplib::Server> server_;
  std::thread thread_;
};

// The HMAC key of a station: its secret decoded from base64 (empty if malformed).
std::string secretKey(const std::string& base64Secret);

}  // namespace yizhan::district
