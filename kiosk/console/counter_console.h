#pragma once
// The counter console: a small web page the kiosk serves on the station network, one page
// per counter, where staff log in with the station PIN and call numbers. Pages update live
// (server-sent events) whenever the queue changes, from any counter or the kiosk.
//
// Its own thread pool (cpp-httplib) and its own store connection; every store call is
// serialised by one mutex, and BEGIN IMMEDIATE keeps it consistent with the kiosk's writes.
#include <atomic>
#include <filesystem>
#include <memory>
#include <mutex>
#include <string>
#include <thread>

#include "data/database.h"
#include "kiosk/calendar/work_calendar.h"
#include "kiosk/clock.h"
#include "kiosk/console/console_sessions.h"
#include "kiosk/lockout_policy.h"
#include "kiosk/personal_key.h"
#include "kiosk/queue/appointment_service.h"
#include "kiosk/queue/queue_service.h"
#include "kiosk/queue/queue_signal.h"
#include "kiosk/staff_auth.h"

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
};

class CounterConsole {
 public:
  CounterConsole(ConsoleSettings settings, const std::filesystem::path& databaseFile,
                 const Live<ServiceCatalog>& catalog, const Clock& clock, QueueSignal& signal,
                 const PersonalKey& personalKey, const Live<WorkCalendar>& calendar);
  ~CounterConsole();
  CounterConsole(const CounterConsole&) = delete;
  CounterConsole& operator=(const CounterConsole&) = delete;

  // Binds and starts serving; returns the port, or throws std::runtime_error saying why
  // (address in use, ...).
  int start();
  void stop();
  std::string url() const;

 private:
  void routes();
  void loginPage(const httplib::Request& req, httplib::Response& res);
  void login(const httplib::Request& req, httplib::Response& res);
  void counterPage(const httplib::Request& req, httplib::Response& res);
  void state(const httplib::Request& req, httplib::Response& res);
  void action(const httplib::Request& req, httplib::Response& res);
  void events(const httplib::Request& req, httplib::Response& res);
  // Appointments of the counter's services: free slots, booking for a resident at the
  // window (mobile or ID number typed by staff), and checking a booking in.
  void slots(const httplib::Request& req, httplib::Response& res);
  void book(const httplib::Request& req, httplib::Response& res);
  void checkIn(const httplib::Request& req, httplib::Response& res);
  bool actionAllowed(const httplib::Request& req, httplib::Response& res);
  // The counter the request's session cookie is for, or 0 (and a 401/redirect set).
  int authorised(const httplib::Request& req, httplib::Response& res, bool page);
  std::string stateJson(int counter, const std::string& problem,
                        const std::string& notice = std::string());
  std::string renderLogin(const std::string& message);

  ConsoleSettings settings_;

  const Clock& clock_;
  QueueSignal& signal_;
  std::mutex storeMutex_;
  data::Database db_;
  QueueService queue_;
  AppointmentService appointments_;
  const PersonalKey& personalKey_;
  StaffAuth auth_;
  ConsoleSessions sessions_;
  std::unique_ptr<httplib::Server> server_;
  std::thread thread_;
  std::atomic<bool> stopping_{false};
  int port_ = 0;
};

}  // namespace yizhan::kiosk
