#include "kiosk/console/console_core.h"

#include "kiosk/console/console_text.h"

#include <httplib.h>
#include <sodium.h>

#include <algorithm>

#include "kiosk/base/strings.h"
#include "kiosk/console/console_strings.h"
#include "kiosk/console/elastic_task_queue.h"
#include "kiosk/console/html_escape.h"
#include "kiosk/console/listen_address.h"
#include "kiosk/console/page_text.h"
#include "kiosk/staff/pin_hasher.h"
#include "kiosk/staff/staff_strings.h"

namespace yizhan::kiosk {

namespace {
constexpr const char* kCookie = "yizhan_console";
constexpr auto kKeepAlive = std::chrono::seconds(15);
// Threads kept ready for requests, and the most there may be (live pages included).
constexpr size_t kReadyThreads = 8;
constexpr size_t kExtraThreads = 64;

std::string problemJson(ConsoleStr message) {
  return nlohmann::json{{"problem", text(message, Lang::Zh)}}.dump();
}

// A fresh value for each page, so only the page's own script and style run (CSP nonce).
std::string newNonce() {
  unsigned char bytes[16];
  randombytes_buf(bytes, sizeof bytes);
  char out[sodium_base64_ENCODED_LEN(sizeof bytes, sodium_base64_VARIANT_ORIGINAL)];
  sodium_bin2base64(out, sizeof out, bytes, sizeof bytes, sodium_base64_VARIANT_ORIGINAL);
  return out;
}

std::string withNonce(std::string html, const std::string& nonce) {
  replaceAll(html, "<script>", "<script nonce=\"" + nonce + "\">");
  replaceAll(html, "<style>", "<style nonce=\"" + nonce + "\">");
  return html;
}

void sendHtml(httplib::Response& res, const std::string& html) {
  std::string nonce = newNonce();
  res.set_header("Content-Security-Policy",
                 "default-src 'none'; script-src 'nonce-" + nonce + "'; style-src 'nonce-" + nonce +
                     "'; connect-src 'self'; img-src 'self' data:; form-action 'self'; "
                     "frame-ancestors 'none'; base-uri 'none'");
  res.set_content(withNonce(html, nonce), "text/html; charset=utf-8");
}

bool isApi(const httplib::Request& req) {
  return req.path.rfind("/api/", 0) == 0;
}

std::unique_ptr<httplib::Server> makeServer(const ConsoleSettings& s) {
  if (std::string problem = listenAddressProblem(s.bind); !problem.empty()) {
    throw std::runtime_error("counter console: bind address \"" + s.bind + "\" " + problem);
  }
  if (s.tlsCertificate.empty()) {
    if (!isLoopbackAddress(s.bind)) {
      throw std::runtime_error("counter console: refusing to serve on " + s.bind +
                               " without TLS: the PIN and the session cookie would cross the "
                               "network in clear. Set [console] tls_certificate and tls_key, "
                               "or bind 127.0.0.1");
    }
    return std::make_unique<httplib::Server>();
  }
  auto server = std::make_unique<httplib::SSLServer>(s.tlsCertificate.c_str(), s.tlsKey.c_str());
  if (!server->is_valid()) {
    throw std::runtime_error("counter console: cannot use the TLS certificate " +
                             s.tlsCertificate.string() + " with key " + s.tlsKey.string());
  }
  return server;
}
}  // namespace

ConsoleCore::ConsoleCore(ConsoleSettings settings, const std::filesystem::path& databaseFile,
                         const Clock& clock, QueueSignal& signal, CounterList counters)
    : settings_(std::move(settings)),
      clock_(clock),
      signal_(signal),
      counters_(std::move(counters)),
      db_(data::Database::open(databaseFile)),
      auth_(db_, clock, settings_.lockout, LoginPlace::Console),
      sessions_(clock),
      loginPage_(withConsoleText(kLoginPageHtml, Lang::Zh)),
      tls_(!settings_.tlsCertificate.empty()),
      server_(makeServer(settings_)) {
  // httplib's default also sets SO_REUSEPORT, which would let a second kiosk share the port
  // silently; a restart only needs SO_REUSEADDR.
  // Head and body go out as two writes; without this the body waits for a delayed ACK.
  server_->set_tcp_nodelay(true);
  server_->set_socket_options([](socket_t sock) {
    int yes = 1;
    setsockopt(sock, SOL_SOCKET, SO_REUSEADDR, &yes, sizeof yes);
  });
  size_t ceiling = kReadyThreads + kExtraThreads + static_cast<size_t>(settings_.maxLiveStreams);
  server_->new_task_queue = [ceiling] { return new ElasticTaskQueue(kReadyThreads, ceiling); };
  server_->set_payload_max_length(settings_.maxBodyBytes);
  securityRoutes();
  loginRoutes();
  liveRoute();
}

ConsoleCore::~ConsoleCore() {
  stop();
}

void ConsoleCore::add(ConsoleModule& module) {
  modules_.push_back(&module);
  module.addRoutes(*this);
}

std::string ConsoleCore::url() const {
  return std::string(tls_ ? "https://" : "http://") + settings_.bind + ":" + std::to_string(port_) +
         "/";
}

int ConsoleCore::start() {
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

void ConsoleCore::stop() {
  if (stopping_.exchange(true)) return;
  signal_.notify();  // wakes live pages, which see stopping_ and end
  server_->stop();
  if (thread_.joinable()) thread_.join();
}

bool ConsoleCore::sameOrigin(const httplib::Request& req) const {
  // Browsers name the page a POST comes from; a form on another site cannot pretend.
  if (req.has_header("Origin")) {
    std::string expected =
        std::string(tls_ ? "https://" : "http://") + req.get_header_value("Host");
    return req.get_header_value("Origin") == expected;
  }
  std::string site = req.get_header_value("Sec-Fetch-Site");
  return site.empty() || site == "same-origin" || site == "none";
}

void ConsoleCore::securityRoutes() {
  httplib::Server& s = *server_;
  // Before any body is read: its size, and where a POST comes from.
  s.set_pre_routing_handler([this](const httplib::Request& req, httplib::Response& res) {
    auto refuse = [&](int status, ConsoleStr message) {
      res.status = status;
      res.set_header("Connection", "close");
      if (isApi(req)) {
        res.set_content(problemJson(message), "application/json");
      } else {
        res.set_content(std::string(text(message, Lang::Zh)), "text/plain; charset=utf-8");
      }
      return httplib::Server::HandlerResponse::Handled;
    };
    if (req.has_header("Content-Length")) {
      const std::string& length = req.get_header_value("Content-Length");
      bool digits = !length.empty() && length.size() <= 12 &&
                    std::all_of(length.begin(), length.end(), ::isdigit);
      if (!digits || std::stoull(length) > settings_.maxBodyBytes) {
        return refuse(413, ConsoleStr::ConsoleTooLarge);
      }
    } else if (req.has_header("Transfer-Encoding")) {
      return refuse(411, ConsoleStr::ConsoleTooLarge);  // the pages always send a length
    }
    if (req.method == "POST" && !sameOrigin(req))
      return refuse(403, ConsoleStr::ConsoleForeignPage);
    return httplib::Server::HandlerResponse::Unhandled;
  });
  s.set_post_routing_handler([](const httplib::Request&, httplib::Response& res) {
    res.set_header("X-Frame-Options", "DENY");
    res.set_header("X-Content-Type-Options", "nosniff");
    // Not no-referrer: under it Chromium sends "Origin: null" with the page's own forms.
    res.set_header("Referrer-Policy", "same-origin");
    if (!res.has_header("Content-Security-Policy")) {
      res.set_header("Content-Security-Policy", "default-src 'none'; frame-ancestors 'none'");
    }
    if (!res.has_header("Cache-Control")) res.set_header("Cache-Control", "no-store");
  });
  s.set_error_handler([](const httplib::Request& req, httplib::Response& res) {
    if (!res.body.empty()) return;
    ConsoleStr message = res.status == 404   ? ConsoleStr::ConsoleNotFound
                         : res.status == 413 ? ConsoleStr::ConsoleTooLarge
                         : res.status == 401 ? ConsoleStr::ConsoleLoginFirst
                         : res.status == 403 ? ConsoleStr::ConsoleForeignPage
                                             : ConsoleStr::ConsoleError;
    if (isApi(req)) {
      res.set_content(problemJson(message), "application/json");
    } else {
      res.set_content(std::string(text(message, Lang::Zh)), "text/plain; charset=utf-8");
    }
  });
  s.set_exception_handler(
      [](const httplib::Request& req, httplib::Response& res, std::exception_ptr error) {
        try {
          if (error) std::rethrow_exception(error);
        } catch (const std::exception& e) {
          std::fprintf(stderr, "yizhan: counter console: %s %s: %s\n", req.method.c_str(),
                       req.path.c_str(), e.what());
        } catch (...) {
        }
        res.status = 500;
        res.set_content(problemJson(ConsoleStr::ConsoleError), "application/json");
      });
}

std::string ConsoleCore::cookie(const std::string& value, bool expire) const {
  std::string c = std::string(kCookie) + "=" + value + "; HttpOnly; SameSite=Strict; Path=/";
  if (tls_) c += "; Secure";
  if (expire) c += "; Max-Age=0";
  return c;
}

std::string ConsoleCore::renderLogin(const std::string& message) {
  std::string page = loginPage_;
  std::string counters;
  for (const ConsoleCounter& c : counters_()) {
    counters += "<label><input type=\"radio\" name=\"counter\" value=\"" +
                std::to_string(c.number) + "\" required>" + htmlEscape(c.name) + "</label>";
  }
  replaceAll(page, "{{station}}", htmlEscape(settings_.stationName));
  replaceAll(page, "{{counters}}", counters);
  replaceAll(page, "{{message}}", htmlEscape(message));
  return page;
}

void ConsoleCore::loginRoutes() {
  httplib::Server& s = *server_;
  s.Get("/", [this](const httplib::Request&, httplib::Response& res) {
    sendHtml(res, renderLogin(""));
  });
  s.Post("/login", [this](const auto& req, auto& res) { login(req, res); });
  s.Post("/logout", [this](const httplib::Request& req, httplib::Response& res) {
    sessions_.close(cookieValue(req.get_header_value("Cookie"), kCookie));
    res.set_header("Set-Cookie", cookie("", true));
    res.set_redirect("/", 303);
  });
}

void ConsoleCore::login(const httplib::Request& req, httplib::Response& res) {
  std::string pin = req.get_param_value("pin");
  int counter = std::atoi(req.get_param_value("counter").c_str());
  auto refuse = [&](const std::string& message) {
    res.status = 403;
    sendHtml(res, renderLogin(message));
  };
  auto counters = counters_();
  if (std::none_of(counters.begin(), counters.end(),
                   [&](const ConsoleCounter& c) { return c.number == counter; })) {
    return refuse(std::string(text(ConsoleStr::ConsoleChooseCounter, Lang::Zh)));
  }
  std::unique_lock lock(storeMutex_);
  // Counted before the hash is checked: a burst of guesses gets no more checks than the
  // lockout allows.
  StaffAuth::Attempt attempt = auth_.begin();
  std::optional<PinResult> result = attempt.refused;
  if (!result) {
    // The hash check takes a moment: other pages keep working meanwhile.
    lock.unlock();
    bool matched;
    {
      std::lock_guard oneAtATime(hashMutex_);
      matched = pinMatches(*attempt.hash, pin);
    }
    lock.lock();
    result = auth_.finish(matched);
  }
  switch (result->outcome) {
    case PinOutcome::Accepted:
      break;
    case PinOutcome::Wrong:
      return refuse(format(StaffStr::PinWrong, Lang::Zh, {std::to_string(result->triesLeft)}));
    case PinOutcome::Locked:
      return refuse(
          format(StaffStr::PinLocked, Lang::Zh, {durationText(result->lockRemaining, Lang::Zh)}));
    case PinOutcome::NotSet:
      return refuse(std::string(text(StaffStr::PinNotSetConsole, Lang::Zh)));
  }
  // Logging in at a counter means sitting down at it: each feature may act on it.
  for (ConsoleModule* m : modules_) m->counterOpened(counter);
  lock.unlock();
  std::string token = sessions_.open(counter);
  res.set_header("Set-Cookie", cookie(token, false));
  res.set_redirect("/counter/" + std::to_string(counter), 303);
}

int ConsoleCore::authorised(const httplib::Request& req, httplib::Response& res, bool page) {
  int counter = std::atoi(req.matches[1].str().c_str());
  auto session = sessions_.counterOf(cookieValue(req.get_header_value("Cookie"), kCookie));
  if (session && *session == counter) return counter;
  if (page) {
    res.set_redirect("/", 303);
  } else {
    res.status = 401;
    res.set_content(problemJson(ConsoleStr::ConsoleLoginFirst), "application/json");
  }
  return 0;
}

void ConsoleCore::page(const std::string& pattern, const std::string& html) {
  // The page's words are put in once, here, not on every request.
  server_->Get(pattern, [this, html = withConsoleText(html, Lang::Zh)](const httplib::Request& req,
                                                                       httplib::Response& res) {
    if (authorised(req, res, true)) sendHtml(res, html);
  });
}

void ConsoleCore::read(const std::string& pattern, Handler handler) {
  server_->Get(pattern, [this, handler = std::move(handler)](const httplib::Request& req,
                                                             httplib::Response& res) {
    if (int counter = authorised(req, res, false)) handler(counter, req, res);
  });
}

void ConsoleCore::act(const std::string& pattern, Handler handler) {
  server_->Post(pattern, [this, handler = std::move(handler)](const httplib::Request& req,
                                                              httplib::Response& res) {
    int counter = authorised(req, res, false);
    if (!counter) return;
    // Pages send this header; a form on another site cannot, so it cannot act for staff.
    if (req.get_header_value("X-Yizhan") != "1") {
      res.status = 403;
      res.set_content(problemJson(ConsoleStr::ConsoleForeignPage), "application/json");
      return;
    }
    handler(counter, req, res);
  });
}

std::string ConsoleCore::stateJson(int counter, const std::string& problem,
                                   const std::string& notice) {
  std::lock_guard lock(storeMutex_);
  nlohmann::json state = nlohmann::json::object();
  for (ConsoleModule* m : modules_) m->addState(counter, state);
  state["problem"] = problem;
  state["notice"] = notice;
  return state.dump();
}

void ConsoleCore::liveRoute() {
  read(R"(/api/counter/(\d+)/events)",
       [this](int counter, const httplib::Request&, httplib::Response& res) {
         // Each live page keeps a thread; past the cap, pages ask for the state now and then.
         if (liveStreams_.fetch_add(1) >= settings_.maxLiveStreams) {
           liveStreams_.fetch_sub(1);
           res.status = 503;
           res.set_header("Retry-After", "30");
           res.set_content(problemJson(ConsoleStr::ConsoleError), "application/json");
           return;
         }
         res.set_header("Cache-Control", "no-store");
         auto seen = std::make_shared<std::uint64_t>(signal_.version());
         auto first = std::make_shared<bool>(true);
         res.set_chunked_content_provider(
             "text/event-stream",
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
               std::string event = "data: " + stateJson(counter) + "\n\n";
               return sink.write(event.data(), event.size());
             },
             [this](bool) { liveStreams_.fetch_sub(1); });
       });
}

}  // namespace yizhan::kiosk
