#pragma once
// The reference server of docs/district-api.md: enrollment, signed event upload with
// per-event results, heartbeats and configuration with ETag, over HTTP or TLS, with the fault
// switches of FaultSwitch. Its clock is the caller's (plus the switch's skew).
#include <chrono>
#include <condition_variable>
#include <cstdint>
#include <functional>
#include <map>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <thread>

#include "kiosk/sync/request_signature.h"
#include "tools/district_sim/district_store.h"
#include "tools/district_sim/fault_switch.h"

namespace httplib {
class Server;
struct Request;
struct Response;
}  // namespace httplib

namespace yizhan::district {

struct TlsFiles {
  std::string certificate;  // PEM
  std::string privateKey;   // PEM
};

class DistrictServer {
 public:
  using Now = std::function<std::int64_t()>;  // seconds since 1970
  DistrictServer(DistrictStore& store, std::string configJson, Now now,
                 std::optional<TlsFiles> tls = std::nullopt);
  ~DistrictServer();

  // Binds (port 0: any free port) and serves on its own thread; returns the port or throws.
  int start(const std::string& bind, int port);
  void stop();

  FaultSwitch& faults() { return faults_; }
  // Refusing: the listening socket is closed, so connections are refused, until false.
  void refuseConnections(bool refuse);
  // Refuses connections for `duration` on a thread of its own; false while one is under way.
  bool refuseFor(std::chrono::seconds duration);
  // Serves a new configuration (new ETag) from now on.
  void setConfig(std::string configJson);
  // How many requests reached a handler, by path (for tests of connection reuse and retries).
  int requestsTo(const std::string& path);
  // How often a station asked for the configuration it already had (304).
  int notModifiedAnswers();
  // Acts as the department an appeal went to: queues its reply for the station to fetch
  // (docs/district-api.md §9). A new reply id unless `replyId` is given (to send one again);
  // returns the id.
  std::string departmentReply(const std::string& station, const std::string& appealId,
                              const std::string& department, const std::string& kind,
                              const std::string& note, std::string replyId = "");

 private:
  void makeServer();
  void routes();
  std::int64_t now() const;
  // The station the request is signed by, or empty with the 401 answer set.
  std::string authenticate(const httplib::Request& req, httplib::Response& res);
  // Applies the drawn fault: true when the request has been answered by it.
  bool injectFault(httplib::Response& res, bool& commitThenDrop);
  void enroll(const httplib::Request& req, httplib::Response& res);
  void events(const httplib::Request& req, httplib::Response& res);
  void heartbeat(const httplib::Request& req, httplib::Response& res);
  void config(const httplib::Request& req, httplib::Response& res);
  void appealReplies(const httplib::Request& req, httplib::Response& res);
  void simDepartmentReply(const httplib::Request& req, httplib::Response& res);
  void status(const httplib::Request& req, httplib::Response& res);
  void control(const httplib::Request& req, httplib::Response& res);

  DistrictStore& store_;
  std::string configJson_;
  std::string etag_;
  Now now_;
  std::optional<TlsFiles> tls_;
  FaultSwitch faults_;
  std::mutex mutex_;  // the store, the nonce memory, the configuration, the counters
  kiosk::SignatureChecker checker_;
  std::map<std::string, int> requests_;
  int notModified_ = 0;
  std::int64_t repliesMade_ = 0;
  std::unique_ptr<httplib::Server> server_;
  std::thread thread_;
  std::string bind_;
  int port_ = 0;
  std::mutex lifecycle_;  // start, stop and refusing
  std::mutex outageMutex_;
  std::condition_variable outageEnds_;
  bool inOutage_ = false;
  bool stopping_ = false;
  std::thread outage_;
};

}  // namespace yizhan::district
