// The counter console's core, tried as an attacker on the station network would: many live
// pages at once, huge bodies, a burst of PIN guesses, posts from foreign pages, frames, and
// serving in clear beyond this machine.
#include <arpa/inet.h>
#include <httplib.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

#include <catch2/catch.hpp>
#include <chrono>
#include <future>
#include <thread>

#include "data/audit_log.h"
#include "data/staff_auth_repository.h"
#include "kiosk/console/console_text.h"
#include "kiosk/console/counter_console.h"
#include "kiosk/console/page_text.h"
#include "kiosk/requests/requests_page_text.h"
#include "support/station_fixture.h"
#include "support/test_certificate.h"

using namespace yizhan;
using namespace yizhan::kiosk;
using namespace std::chrono_literals;

namespace {
struct Fixture : test::StationFixture {
  CounterConsole* console = station.startConsole(0);
  int port = std::stoi(console->url().substr(console->url().rfind(':') + 1));
  httplib::Client client{"127.0.0.1", port};

  Fixture() {
    station.auth().setPin("246810", "test");
    // Argon2id at login takes seconds on a loaded CI machine under sanitizers; these tests are
    // about what is refused, not how fast.
    client.set_read_timeout(30, 0);
    client.set_connection_timeout(2, 0);
  }
  std::string login(int counter, const std::string& pin = "246810") {
    auto res = client.Post("/login", "counter=" + std::to_string(counter) + "&pin=" + pin,
                           "application/x-www-form-urlencoded");
    if (!res || res->status != 303) return "";
    std::string cookie = res->get_header_value("Set-Cookie");
    return cookie.substr(0, cookie.find(';'));
  }
};

// A raw connection, for what a well-behaved client library will not send.
struct RawSocket {
  int fd = -1;
  explicit RawSocket(int port) {
    fd = ::socket(AF_INET, SOCK_STREAM, 0);
    sockaddr_in addr{};
    addr.sin_family = AF_INET;
    addr.sin_port = htons(static_cast<std::uint16_t>(port));
    inet_pton(AF_INET, "127.0.0.1", &addr.sin_addr);
    timeval timeout{5, 0};
    setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &timeout, sizeof timeout);
    REQUIRE(::connect(fd, reinterpret_cast<sockaddr*>(&addr), sizeof addr) == 0);
  }
  ~RawSocket() { ::close(fd); }
  RawSocket(const RawSocket&) = delete;
  void send(const std::string& bytes) const {
    REQUIRE(::send(fd, bytes.data(), bytes.size(), MSG_NOSIGNAL) ==
            static_cast<ssize_t>(bytes.size()));
  }
  // Reads until `marker` arrives (or 5 s pass); returns what was read.
  std::string readUntil(const std::string& marker) const {
    std::string got;
    char buf[4096];
    while (got.find(marker) == std::string::npos) {
      ssize_t n = ::recv(fd, buf, sizeof buf, 0);
      if (n <= 0) break;
      got.append(buf, static_cast<size_t>(n));
    }
    return got;
  }
};

int consoleHashChecks(data::Database& db) {
  int n = 0;
  for (const auto& e : data::AuditLog(db).recent(1000)) {
    if (e.actor == "console" && e.action == "staff.login_failed") ++n;
  }
  return n;
}
}  // namespace

TEST_CASE("200 live pages open: a state request and an action are still answered",
          "[console][security]") {
  Fixture f;
  f.station.queue().issue("social-security", false);
  std::string cookie = f.login(1);
  REQUIRE_FALSE(cookie.empty());
  // Pages open one after another, as staff open them (httplib listens with a backlog of 5, so
  // 200 connects in one burst would wait for the kernel's SYN retries, not for the console).
  std::vector<std::unique_ptr<RawSocket>> pages;
  for (int i = 0; i < 200; ++i) {
    auto page = std::make_unique<RawSocket>(f.port);
    page->send("GET /api/counter/1/events HTTP/1.1\r\nHost: 127.0.0.1\r\nCookie: " + cookie +
               "\r\n\r\n");
    // Its first state arrived: the stream is open and waiting.
    REQUIRE(page->readUntil("\"waiting\":1").find("data: ") != std::string::npos);
    pages.push_back(std::move(page));
  }
  CHECK(f.console->core().liveStreams() == 200);

  auto started = std::chrono::steady_clock::now();
  auto state = f.client.Get("/api/counter/1", {{"Cookie", cookie}});
  REQUIRE(state);
  CHECK(state->status == 200);
  auto action = f.client.Post("/api/counter/1/action/next", {{"Cookie", cookie}, {"X-Yizhan", "1"}},
                              "", "text/plain");
  REQUIRE(action);
  CHECK(action->status == 200);
  auto took = std::chrono::steady_clock::now() - started;
  CHECK(took < 1s);
  // The streams still work: a page hears of the call.
  CHECK(pages.front()->readUntil("\"code\":\"A001\"").find("A001") != std::string::npos);
  CHECK(pages.back()->readUntil("\"code\":\"A001\"").find("A001") != std::string::npos);
}

TEST_CASE("live pages beyond the cap are refused, not queued behind the others",
          "[console][security]") {
  test::StationFixture s;
  s.station.auth().setPin("246810", "test");
  ConsoleSettings settings;
  settings.port = 0;
  settings.maxLiveStreams = 3;
  QueueSignal signal;
  PersonalKey key = PersonalKey::loadOrCreate(s.dir.path() / "keys" / "test.key");
  Live<ServiceCatalog> catalog(defaultCatalog());
  Live<WorkCalendar> calendar(WorkCalendar::builtIn());
  CounterConsole console(settings, s.station.store().db().path(), catalog, s.clock, signal, key,
                         calendar, s.station.volunteerSetup());
  int port = console.start();
  httplib::Client client("127.0.0.1", port);
  client.set_read_timeout(30, 0);
  auto res = client.Post("/login", "counter=1&pin=246810", "application/x-www-form-urlencoded");
  REQUIRE(res);
  std::string cookie = res->get_header_value("Set-Cookie");
  cookie = cookie.substr(0, cookie.find(';'));
  std::vector<std::unique_ptr<RawSocket>> pages;
  for (int i = 0; i < 4; ++i) {
    pages.push_back(std::make_unique<RawSocket>(port));
    pages.back()->send(
        "GET /api/counter/1/events HTTP/1.1\r\nHost: 127.0.0.1\r\nCookie: " + cookie + "\r\n\r\n");
    std::string head = pages.back()->readUntil("\r\n\r\n");
    CHECK_THAT(head, Catch::StartsWith(i < 3 ? "HTTP/1.1 200" : "HTTP/1.1 503"));
  }
}

TEST_CASE("a huge body is refused before it is read", "[console][security]") {
  Fixture f;
  RawSocket raw(f.port);
  // 300 MB announced; 64 KiB sent. The answer must come without the rest.
  raw.send(
      "POST /login HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: 314572800\r\n"
      "Content-Type: application/x-www-form-urlencoded\r\n\r\n");
  raw.send(std::string(64 * 1024, 'a'));
  auto started = std::chrono::steady_clock::now();
  std::string answer = raw.readUntil("\r\n\r\n");
  CHECK_THAT(answer, Catch::StartsWith("HTTP/1.1 413"));
  CHECK(std::chrono::steady_clock::now() - started < 2s);  // not the 5 s read timeout

  RawSocket chunked(f.port);
  chunked.send(
      "POST /login HTTP/1.1\r\nHost: 127.0.0.1\r\nTransfer-Encoding: chunked\r\n\r\n"
      "10000\r\n" +
      std::string(0x10000, 'a') + "\r\n");
  CHECK_THAT(chunked.readUntil("\r\n\r\n"), Catch::StartsWith("HTTP/1.1 411"));

  // A body within the cap still works.
  CHECK_FALSE(f.login(1).empty());
}

TEST_CASE(
    "a burst of wrong PINs gets only the checks the lockout allows, and leaves the kiosk "
    "unlocked",
    "[console][security]") {
  Fixture f;
  std::vector<std::future<int>> answers;
  for (int i = 0; i < 12; ++i) {
    answers.push_back(std::async(std::launch::async, [&f, i] {
      httplib::Client c("127.0.0.1", f.port);
      c.set_read_timeout(30, 0);
      auto res = c.Post("/login", "counter=1&pin=11" + std::to_string(1000 + i),
                        "application/x-www-form-urlencoded");
      return res ? res->status : -1;
    }));
  }
  for (auto& a : answers) CHECK(a.get() == 403);
  CHECK(consoleHashChecks(f.station.store().db()) == 5);
  // The console is locked now, even for the right PIN...
  CHECK(f.login(1).empty());
  // ...but the kiosk in front of staff is not: its own lockout saw nothing.
  CHECK_FALSE(f.station.auth().lockRemaining());
  CHECK(data::StaffAuthRepository(f.station.store().db()).lockout(1).consecutiveFailures == 0);
  StaffAuth::Attempt atKiosk = f.station.auth().begin();
  REQUIRE(atKiosk.hash);
  CHECK(f.station.auth().finish(true).outcome == PinOutcome::Accepted);
}

TEST_CASE("posts from a foreign page are refused: login, logout and actions",
          "[console][security]") {
  Fixture f;
  auto foreign = f.client.Post("/login", {{"Origin", "http://evil.example"}},
                               "counter=1&pin=246810", "application/x-www-form-urlencoded");
  REQUIRE(foreign);
  CHECK(foreign->status == 403);
  CHECK_FALSE(foreign->has_header("Set-Cookie"));
  auto nullOrigin = f.client.Post("/login", {{"Origin", "null"}}, "counter=1&pin=246810",
                                  "application/x-www-form-urlencoded");
  CHECK(nullOrigin->status == 403);
  auto crossSite = f.client.Post("/login", {{"Sec-Fetch-Site", "cross-site"}},
                                 "counter=1&pin=246810", "application/x-www-form-urlencoded");
  CHECK(crossSite->status == 403);

  std::string cookie = f.login(1);
  REQUIRE_FALSE(cookie.empty());
  std::string own = "http://127.0.0.1:" + std::to_string(f.port);
  auto sameOrigin = f.client.Post("/login", {{"Origin", own}}, "counter=2&pin=246810",
                                  "application/x-www-form-urlencoded");
  CHECK(sameOrigin->status == 303);

  auto logout = f.client.Post("/logout", {{"Cookie", cookie}, {"Origin", "http://evil.example"}},
                              "", "text/plain");
  CHECK(logout->status == 403);
  CHECK(f.client.Get("/api/counter/1", {{"Cookie", cookie}})->status == 200);  // still in
  auto act = f.client.Post(
      "/api/counter/1/action/next",
      {{"Cookie", cookie}, {"X-Yizhan", "1"}, {"Origin", "http://evil.example"}}, "", "text/plain");
  CHECK(act->status == 403);
  auto noHeader =
      f.client.Post("/api/counter/1/action/next", {{"Cookie", cookie}}, "", "text/plain");
  CHECK(noHeader->status == 403);
}

TEST_CASE("pages cannot be framed and run only their own script", "[console][security]") {
  Fixture f;
  auto page = f.client.Get("/");
  REQUIRE(page);
  CHECK(page->get_header_value("X-Frame-Options") == "DENY");
  std::string csp = page->get_header_value("Content-Security-Policy");
  CHECK_THAT(csp, Catch::Contains("frame-ancestors 'none'"));
  CHECK_THAT(csp, Catch::Contains("default-src 'none'"));
  CHECK_THAT(csp, !Catch::Contains("unsafe-inline"));
  // The style on the page carries the nonce the policy names.
  auto at = csp.find("'nonce-");
  REQUIRE(at != std::string::npos);
  std::string nonce = csp.substr(at + 7, csp.find('\'', at + 7) - at - 7);
  CHECK_THAT(page->body, Catch::Contains("<style nonce=\"" + nonce + "\">"));
  CHECK(f.client.Get("/")->get_header_value("Content-Security-Policy") != csp);  // fresh each time

  auto api = f.client.Get("/api/counter/1");
  CHECK(api->status == 401);
  CHECK(api->get_header_value("X-Frame-Options") == "DENY");
  CHECK_THAT(api->body, Catch::Contains("请先登录"));
  auto missing = f.client.Get("/no-such-page");
  CHECK(missing->status == 404);
  CHECK_THAT(missing->body, Catch::Contains("没有这个页面"));
}

TEST_CASE("beyond loopback the console needs TLS, and then marks its cookie Secure",
          "[console][security]") {
  test::StationFixture s;
  s.station.auth().setPin("246810", "test");
  PersonalKey key = PersonalKey::loadOrCreate(s.dir.path() / "keys" / "test.key");
  Live<ServiceCatalog> catalog(defaultCatalog());
  Live<WorkCalendar> calendar(WorkCalendar::builtIn());
  QueueSignal signal;
  auto consoleWith = [&](const std::string& bind, const test::TestCertificate* cert) {
    ConsoleSettings settings;
    settings.bind = bind;
    settings.port = 0;
    if (cert) {
      settings.tlsCertificate = cert->certificate;
      settings.tlsKey = cert->privateKey;
    }
    return std::make_unique<CounterConsole>(settings, s.station.store().db().path(), catalog,
                                            s.clock, signal, key, calendar,
                                            s.station.volunteerSetup());
  };
  CHECK_THROWS_WITH(consoleWith("0.0.0.0", nullptr), Catch::Contains("without TLS"));
  CHECK_THROWS_WITH(consoleWith("192.168.1.20", nullptr), Catch::Contains("without TLS"));
  CHECK_THROWS_WITH(consoleWith("0.0.0.0; rm -rf /", nullptr), Catch::Contains("numeric IP"));

  auto cert = test::TestCertificate::makeIn(s.dir.path(), "console");
  auto console = consoleWith("127.0.0.1", &cert);
  int port = console->start();
  CHECK_THAT(console->url(), Catch::StartsWith("https://"));
  httplib::SSLClient tls("127.0.0.1", port);
  tls.set_ca_cert_path(cert.certificate.c_str());
  auto res = tls.Post("/login", "counter=1&pin=246810", "application/x-www-form-urlencoded");
  REQUIRE(res);
  CHECK(res->status == 303);
  CHECK_THAT(res->get_header_value("Set-Cookie"), Catch::Contains("; Secure"));
  // Plain HTTP to the TLS port gets nothing.
  httplib::Client plain("127.0.0.1", port);
  plain.set_read_timeout(2, 0);
  auto clear = plain.Get("/");
  CHECK((!clear || clear->status != 200));
}

TEST_CASE("every word on the console's pages comes from its catalog", "[console][strings]") {
  CHECK(missingConsoleText(kLoginPageHtml).empty());
  CHECK(missingConsoleText(kCounterPageHtml).empty());
  CHECK(missingConsoleText(kRequestsPageHtml).empty());
  CHECK(missingConsoleText(kResidentsPageHtml).empty());
  CHECK(missingConsoleText(kAppealsPageHtml).empty());
  CHECK(missingConsoleText(kFiguresPageHtml).empty());
  Fixture f;
  std::string cookie = f.login(1);
  for (const char* path : {"/", "/counter/1"}) {
    auto page = f.client.Get(path, {{"Cookie", cookie}});
    REQUIRE(page);
    REQUIRE(page->status == 200);
    CHECK(page->body.find("{{") == std::string::npos);  // nothing left unfilled
  }
  CHECK_THAT(f.client.Get("/counter/1", {{"Cookie", cookie}})->body,
             Catch::Contains("下一位") && Catch::Contains("\"none_called\":\"还没有叫号\""));
}
