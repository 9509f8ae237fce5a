#pragma once
// The counter console's shared core: the web server (HTTP on loopback, HTTPS beyond), the
// security every route gets (body cap before anything is read, same-origin checks, frame and
// content-security headers, error pages), staff login at a counter with the console's own
// lockout, sessions, and the live stream of a counter's state. Features plug in as
// ConsoleModules with their routes and their part of the state.
//
// Its own threads (an elastic pool: live pages never hold the threads requests need) and its
// own store connection; every store call is serialised by one mutex, and BEGIN IMMEDIATE keeps
// it consistent with the kiosk's writes.
#include <atomic>
#include <filesystem>
#include <functional>
#include <memory>
#include <mutex>
#include <string>
#include <thread>
#include <vector>

#include "data/database.h"
#include "kiosk/base/clock.h"
#include "kiosk/console/console_module.h"
#include "kiosk/console/console_sessions.h"
#include "kiosk/queue/queue_signal.h"
#include "kiosk/staff/lockout_policy.h"
#include "kiosk/staff/staff_auth.h"

namespace httplib {
class Server;
struct Request;
struct Response;
}  // namespace httplib

namespace yizhan::kiosk {

struct ConsoleSettings {
  std::string bind = "127.0.0.1";
  int port = 8751;  // 0: any free port (tests)
  std::string stationName;
  LockoutPolicy lockout;
  // Both set: HTTPS. Without them the console serves only on a loopback address.
  std::filesystem::path tlsCertificate, tlsKey;
  size_t maxBodyBytes = 64 * 1024;  // a login form or a booking is a few hundred bytes
  int maxLiveStreams = 256;         // beyond this, pages fall back to asking now and then
};

struct ConsoleCounter {
  int number;
  std::string name;
};

class ConsoleCore {
 public:
  using CounterList = std::function<std::vector<ConsoleCounter>()>;
  // Throws std::runtime_error when the settings would serve in clear beyond this machine or
  // the certificate cannot be used.
  ConsoleCore(ConsoleSettings settings, const std::filesystem::path& databaseFile,
              const Clock& clock, QueueSignal& signal, CounterList counters);
  ~ConsoleCore();
  ConsoleCore(const ConsoleCore&) = delete;
  ConsoleCore& operator=(const ConsoleCore&) = delete;

  void add(ConsoleModule& module);

  // A route's handler gets the counter the caller is logged in at, matched as the pattern's
  // first group.
  using Handler = std::function<void(int counter, const httplib::Request&, httplib::Response&)>;
  void page(const std::string& pattern, const std::string& html);  // GET, login required
  void read(const std::string& pattern, Handler handler);          // GET JSON, login required
  // POST JSON: login required, and only from the console's own pages (X-Yizhan header).
  void act(const std::string& pattern, Handler handler);

  // The counter's state as every module adds to it, with a message for staff.
  std::string stateJson(int counter, const std::string& problem = {},
                        const std::string& notice = {});

  data::Database& db() { return db_; }
  std::mutex& storeMutex() { return storeMutex_; }
  QueueSignal& signal() { return signal_; }
  const Clock& clock() const { return clock_; }
  const std::string& stationName() const { return settings_.stationName; }

  // Binds and starts serving; returns the port, or throws std::runtime_error saying why.
  int start();
  void stop();
  std::string url() const;
  bool tls() const { return tls_; }
  int liveStreams() const { return liveStreams_.load(); }

 private:
  void securityRoutes();
  void loginRoutes();
  void liveRoute();
  std::string renderLogin(const std::string& message);
  void login(const httplib::Request& req, httplib::Response& res);
  // The counter the request's session cookie is for, or 0 (and a 401/redirect set).
  int authorised(const httplib::Request& req, httplib::Response& res, bool page);
  bool sameOrigin(const httplib::Request& req) const;
  std::string cookie(const std::string& value, bool expire) const;

  ConsoleSettings settings_;
  const Clock& clock_;
  QueueSignal& signal_;
  CounterList counters_;
  std::mutex storeMutex_;
  data::Database db_;
  StaffAuth auth_;
  // Argon2 takes a moment and tens of MiB: one check at a time, whatever arrives at once.
  std::mutex hashMutex_;
  ConsoleSessions sessions_;
  std::string loginPage_;  // its words filled in; the station, counters and message per request
  std::vector<ConsoleModule*> modules_;
  bool tls_ = false;
  std::unique_ptr<httplib::Server> server_;
  std::thread thread_;
  std::atomic<bool> stopping_{false};
  std::atomic<int> liveStreams_{0};
  int port_ = 0;
};

}  // namespace yizhan::kiosk
