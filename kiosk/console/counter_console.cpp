#include "kiosk/console/counter_console.h"
#include "kiosk/console/html_escape.h"

#include <httplib.h>
#include <nlohmann/json.hpp>

#include <algorithm>
#include <cstdio>

#include "kiosk/console/page_text.h"
#include "kiosk/local_time.h"
#include "kiosk/pin_hasher.h"
#include "kiosk/queue/appointment_slip.h"
#include "kiosk/queue/appointment_text.h"
#include "kiosk/queue/counter_desk_view.h"

namespace yizhan::kiosk {

namespace {
constexpr const char* kCookie = "yizhan_console";
constexpr auto kKeepAlive = std::chrono::seconds(15);

void replaceAll(std::string& text, const std::string& what, const std::string& with) {
  for (size_t pos = text.find(what); pos != std::string::npos;
       pos = text.find(what, pos + with.size())) {
    text.replace(pos, what.size(), with);
  }
}

std::string lockText(std::chrono::seconds left) {
  auto minutes = left.count() / 60, seconds = left.count() % 60;
  if (minutes > 0) {
    return format(Str::DurationMinutesSeconds, Lang::Zh,
                  {std::to_string(minutes), std::to_string(seconds)});
  }
  return format(Str::DurationSeconds, Lang::Zh, {std::to_string(seconds)});
}

std::optional<intent::DeskAction> actionNamed(const std::string& name) {
  using intent::DeskAction;
  if (name == "next") return DeskAction::CallNext;
  if (name == "recall") return DeskAction::Recall;
  if (name == "no-show") return DeskAction::NoShow;
  if (name == "complete") return DeskAction::Complete;
  if (name == "hold") return DeskAction::Hold;
  if (name == "close") return DeskAction::CloseCounter;
  return std::nullopt;
}

nlohmann::json toJson(const CounterDeskView& v) {
  nlohmann::json j = {{"number", v.number},
                      {"name", v.name},
                      {"open", v.open},
                      {"waiting", v.waiting},
                      {"current", nullptr},
                      {"held", nlohmann::json::array()},
                      {"transfer_targets", nlohmann::json::array()}};
  if (v.currentCode) {
    j["current"] = {{"code", *v.currentCode},        {"service", v.currentService},
                    {"priority", v.currentPriority}, {"booked_at", v.currentBookedAt},
                    {"recalls", v.recalls},          {"can_no_show", v.canNoShow}};
  }
  for (const auto& h : v.held) j["held"].push_back({{"id", h.id}, {"code", h.code}});
  for (const auto& t : v.transferTargets) {
    j["transfer_targets"].push_back({{"id", t.id}, {"name", t.name}});
  }
  return j;
}
}  // namespace

CounterConsole::CounterConsole(ConsoleSettings settings, const std::filesystem::path& databaseFile,
                               const Live<ServiceCatalog>& catalog, const Clock& clock,
                               QueueSignal& signal, const PersonalKey& personalKey,
                               const Live<WorkCalendar>& calendar)
    : settings_(std::move(settings)),
      clock_(clock),
      signal_(signal),
      db_(data::Database::open(databaseFile)),
      queue_(db_, catalog, clock, &signal),
      appointments_(db_, queue_, calendar, clock),
      personalKey_(personalKey),
      auth_(db_, clock, settings_.lockout),
      sessions_(clock),
      server_(std::make_unique<httplib::Server>()) {
  // httplib's default also sets SO_REUSEPORT, which would let a second kiosk share the port
  // silently; a restart only needs SO_REUSEADDR.
  // Head and body go out as two writes; without this the body waits for a delayed ACK.
  server_->set_tcp_nodelay(true);
  server_->set_socket_options([](socket_t sock) {
    int yes = 1;
    setsockopt(sock, SOL_SOCKET, SO_REUSEADDR, &yes, sizeof yes);
  });
  routes();
}

CounterConsole::~CounterConsole() {
  stop();
}

std::string CounterConsole::url() const {
  return "http://" + settings_.bind + ":" + std::to_string(port_) + "/";
}

int CounterConsole::start() {
  if (settings_.port == 0) {
    port_ = server_->bind_to_any_port(settings_.bind);
  } else {
    port_ = server_->bind_to_port(settings_.bind, settings_.port) ? settings_.port : -1;
  }
  if (port_ <= 0) {
    throw std::runtime_error("counter console: cannot listen on " + settings_.bind + ":" +
                             std::to_string(settings_.port) + " (in use, or no such address)");
  }
  thread_ = std::thread([this] { server_->listen_after_bind(); });
  return port_;
}

void CounterConsole::stop() {
  if (stopping_.exchange(true)) return;
  signal_.notify();  // wakes live pages, which see stopping_ and end
  server_->stop();
  if (thread_.joinable()) thread_.join();
}

void CounterConsole::routes() {
  httplib::Server& s = *server_;
  s.Get("/", [this](const auto& req, auto& res) { loginPage(req, res); });
  s.Post("/login", [this](const auto& req, auto& res) { login(req, res); });
  s.Post("/logout", [this](const auto& req, auto& res) {
    sessions_.close(cookieValue(req.get_header_value("Cookie"), kCookie));
    res.set_header("Set-Cookie", std::string(kCookie) + "=; Max-Age=0; Path=/");
    res.set_redirect("/", 303);
  });
  s.Get(R"(/counter/(\d+))", [this](const auto& req, auto& res) { counterPage(req, res); });
  s.Get(R"(/api/counter/(\d+))", [this](const auto& req, auto& res) { state(req, res); });
  s.Get(R"(/api/counter/(\d+)/events)", [this](const auto& req, auto& res) { events(req, res); });
  s.Post(R"(/api/counter/(\d+)/(action|resume|transfer)/([A-Za-z0-9-]+))",
         [this](const auto& req, auto& res) { action(req, res); });
  s.Get(R"(/api/counter/(\d+)/slots/([a-z0-9-]+)/(\d{4}-\d{2}-\d{2}))",
        [this](const auto& req, auto& res) { slots(req, res); });
  s.Post(R"(/api/counter/(\d+)/book)", [this](const auto& req, auto& res) { book(req, res); });
  s.Post(R"(/api/counter/(\d+)/check-in/(\d+))",
         [this](const auto& req, auto& res) { checkIn(req, res); });
}

std::string CounterConsole::renderLogin(const std::string& message) {
  std::string page = kLoginPageHtml;
  std::string counters;
  for (const CounterDef& c : queue_.catalog().counters) {
    counters += "<label><input type=\"radio\" name=\"counter\" value=\"" +
                std::to_string(c.number) + "\" required>" + htmlEscape(c.name) + "</label>";
  }
  replaceAll(page, "{{station}}", htmlEscape(settings_.stationName));
  replaceAll(page, "{{counters}}", counters);
  replaceAll(page, "{{message}}", htmlEscape(message));
  return page;
}

void CounterConsole::loginPage(const httplib::Request&, httplib::Response& res) {
  res.set_content(renderLogin(""), "text/html; charset=utf-8");
}

void CounterConsole::login(const httplib::Request& req, httplib::Response& res) {
  std::string pin = req.get_param_value("pin");
  int counter = std::atoi(req.get_param_value("counter").c_str());
  auto refuse = [&](const std::string& message) {
    res.status = 403;
    res.set_content(renderLogin(message), "text/html; charset=utf-8");
  };
  if (!queue_.catalog().counter(counter)) return refuse("请选择您的窗口");
  std::unique_lock lock(storeMutex_);
  StaffAuth::Attempt attempt = auth_.begin();
  std::optional<PinResult> result = attempt.refused;
  if (!result) {
    // The hash check takes a moment: other pages keep working meanwhile.
    lock.unlock();
    bool matched = pinMatches(*attempt.hash, pin);
    lock.lock();
    result = auth_.finish(matched);
  }
  switch (result->outcome) {
    case PinOutcome::Accepted:
      break;
    case PinOutcome::Wrong:
      return refuse(format(Str::PinWrong, Lang::Zh, {std::to_string(result->triesLeft)}));
    case PinOutcome::Locked:
      return refuse(format(Str::PinLocked, Lang::Zh, {lockText(result->lockRemaining)}));
    case PinOutcome::NotSet:
      return refuse(std::string(text(Str::PinNotSet, Lang::Zh)));
  }
  // Logging in at a counter means sitting down at it: it opens.
  queue_.openCounter(counter);
  lock.unlock();
  std::string token = sessions_.open(counter);
  res.set_header("Set-Cookie",
                 std::string(kCookie) + "=" + token + "; HttpOnly; SameSite=Strict; Path=/");
  res.set_redirect("/counter/" + std::to_string(counter), 303);
}

int CounterConsole::authorised(const httplib::Request& req, httplib::Response& res, bool page) {
  int counter = std::atoi(req.matches[1].str().c_str());
  auto session = sessions_.counterOf(cookieValue(req.get_header_value("Cookie"), kCookie));
  if (session && *session == counter) return counter;
  if (page) {
    res.set_redirect("/", 303);
  } else {
    res.status = 401;
    res.set_content(R"({"problem":"请先登录"})", "application/json");
  }
  return 0;
}

std::string CounterConsole::stateJson(int counter, const std::string& problem,
                                      const std::string& notice) {
  std::lock_guard lock(storeMutex_);
  nlohmann::json j = toJson(deskViewOf(queue_.counterStatus(counter), queue_.catalog()));
  j["problem"] = problem;
  j["notice"] = notice;
  // The counter's bookable services with their days, and today's bookings for them.
  j["booking"] = nlohmann::json::array();
  std::vector<std::string> served;
  for (const ServiceDef* s : queue_.catalog().servicesOf(counter)) {
    served.push_back(s->id);
    if (slotStartsOf(*s).empty()) continue;
    nlohmann::json days = nlohmann::json::array();
    for (const BookingDay& d : appointments_.bookingDays(s->id)) {
      days.push_back(
          {{"day", d.day}, {"label", dayLabel(d.day, Lang::Zh)}, {"free", d.freePlaces}});
    }
    j["booking"].push_back({{"id", s->id}, {"name", s->name}, {"days", days}});
  }
  j["appointments"] = nlohmann::json::array();
  for (const data::AppointmentRecord& a : appointments_.ofDay(appointments_.today())) {
    if (std::find(served.begin(), served.end(), a.service) == served.end()) continue;
    const ServiceDef* s = queue_.catalog().service(a.service);
    std::string code;
    if (a.ticketId) {
      if (auto t = queue_.ticket(*a.ticketId)) code = t->code;
    }
    j["appointments"].push_back({{"id", a.id},
                                 {"slot", slotText(a.slotStart, a.slotMinutes)},
                                 {"service", s ? s->name : a.service},
                                 {"holder", a.holderMasked},
                                 {"status", a.status},
                                 {"status_text", appointmentStatusText(a, Lang::Zh, code)}});
  }
  return j.dump();
}

void CounterConsole::counterPage(const httplib::Request& req, httplib::Response& res) {
  if (!authorised(req, res, true)) return;
  res.set_content(kCounterPageHtml, "text/html; charset=utf-8");
}

void CounterConsole::state(const httplib::Request& req, httplib::Response& res) {
  int counter = authorised(req, res, false);
  if (!counter) return;
  res.set_content(stateJson(counter, ""), "application/json");
}

bool CounterConsole::actionAllowed(const httplib::Request& req, httplib::Response& res) {
  // Pages send this header; a form on another site cannot, so it cannot act for staff.
  if (req.get_header_value("X-Yizhan") == "1") return true;
  res.status = 403;
  return false;
}

void CounterConsole::action(const httplib::Request& req, httplib::Response& res) {
  int counter = authorised(req, res, false);
  if (!counter || !actionAllowed(req, res)) return;
  std::string kind = req.matches[2], argument = req.matches[3];
  std::optional<QueueProblem> problem;
  {
    std::lock_guard lock(storeMutex_);
    if (kind == "action") {
      auto action = actionNamed(argument);
      if (!action) {
        res.status = 404;
        return;
      }
      problem = performDeskAction(queue_, counter, *action);
    } else if (kind == "resume") {
      problem = queue_.resume(counter, std::atoll(argument.c_str())).problem;
    } else {
      problem = queue_.transfer(counter, argument).problem;
    }
  }
  res.set_content(
      stateJson(counter, problem ? problemText(*problem, Lang::Zh, queue_.catalog().settings)
                                 : std::string()),
      "application/json");
}

void CounterConsole::slots(const httplib::Request& req, httplib::Response& res) {
  if (!authorised(req, res, false)) return;
  nlohmann::json out = nlohmann::json::array();
  {
    std::lock_guard lock(storeMutex_);
    for (const SlotView& s : appointments_.slots(req.matches[2], req.matches[3])) {
      if (s.passed) continue;
      out.push_back({{"start", s.start},
                     {"label", slotText(s.start, s.minutes)},
                     {"free", s.capacity - s.taken}});
    }
  }
  res.set_content(out.dump(), "application/json");
}

void CounterConsole::book(const httplib::Request& req, httplib::Response& res) {
  int counter = authorised(req, res, false);
  if (!counter || !actionAllowed(req, res)) return;
  nlohmann::json body = nlohmann::json::parse(req.body, nullptr, false);
  auto field = [&](const char* key) {
    return body.is_object() && body.contains(key) && body[key].is_string()
               ? body[key].get<std::string>()
               : std::string();
  };
  int slot = body.is_object() && body.contains("slot") && body["slot"].is_number_integer()
                 ? body["slot"].get<int>()
                 : -1;
  // Staff type what the resident gives: a mobile number, or the ID number off the card.
  std::string who = field("who");
  std::optional<AppointmentHolder> holder = holderOfPhone(who, personalKey_);
  if (!holder) holder = holderOfIdNumber(who, personalKey_);
  std::string problem, notice;
  if (!holder) {
    problem = text(Str::ApptHolderInvalid, Lang::Zh);
  } else {
    std::lock_guard lock(storeMutex_);
    BookOutcome out = appointments_.book(field("service"), field("day"), slot, *holder, "console");
    if (out.problem) {
      problem = text(bookingProblem(*out.problem), Lang::Zh);
    } else {
      notice = format(Str::ApptConsoleBooked, Lang::Zh,
                      {dayLabel(out.booked->day, Lang::Zh),
                       slotText(out.booked->slotStart, out.booked->slotMinutes),
                       bookingNumber(out.booked->uuid)});
    }
  }
  res.set_content(stateJson(counter, problem, notice), "application/json");
}

void CounterConsole::checkIn(const httplib::Request& req, httplib::Response& res) {
  int counter = authorised(req, res, false);
  if (!counter || !actionAllowed(req, res)) return;
  std::string problem, notice;
  {
    std::lock_guard lock(storeMutex_);
    CheckInOutcome out = appointments_.checkInById(std::atoll(req.matches[2].str().c_str()));
    if (out.problem) {
      problem = checkInProblemText(out, Lang::Zh);
    } else {
      notice = format(Str::ApptConsoleCheckedIn, Lang::Zh, {out.ticket->ticket.code});
    }
  }
  res.set_content(stateJson(counter, problem, notice), "application/json");
}

void CounterConsole::events(const httplib::Request& req, httplib::Response& res) {
  int counter = authorised(req, res, false);
  if (!counter) return;
  res.set_header("Cache-Control", "no-store");
  auto seen = std::make_shared<std::uint64_t>(signal_.version());
  auto first = std::make_shared<bool>(true);
  res.set_chunked_content_provider("text/event-stream",
                                   [this, counter, seen, first](size_t, httplib::DataSink& sink) {
                                     if (!*first) {
                                       std::uint64_t now = signal_.waitForChange(*seen, kKeepAlive);
                                       if (stopping_) {
                                         sink.done();
                                         return false;
                                       }
                                       if (now == *seen) {
                                         std::string ping = ": keep-alive\n\n";
                                         return sink.write(ping.data(), ping.size());
                                       }
                                       *seen = now;
                                     }
                                     *first = false;
                                     std::string event = "data: " + stateJson(counter, "") + "\n\n";
                                     return sink.write(event.data(), event.size());
                                   });
}

}  // namespace yizhan::kiosk
