#include "tools/district_sim/district_server.h"

#include <httplib.h>
#include <nlohmann/json.hpp>

#include <ctime>
#include <set>

#include "kiosk/base/local_time.h"
#include "kiosk/sync/event_types.h"
#include "tools/district_sim/status_page.h"

namespace yizhan::district {

namespace {
void jsonError(httplib::Response& res, int status, const std::string& code,
               const std::string& why) {
  res.status = status;
  res.set_content(nlohmann::json({{"code", code}, {"error", why}}).dump(), "application/json");
}

std::string httpDate(std::int64_t t) {
  std::time_t tt = static_cast<std::time_t>(t);
  std::tm tm{};
  gmtime_r(&tt, &tm);
  char out[64];
  std::strftime(out, sizeof out, "%a, %d %b %Y %H:%M:%S GMT", &tm);
  return out;
}

// Headers and the start of a body go out, then the connection is cut: the client sees a
// broken answer, as when a mobile link drops mid-response.
void abortMidBody(httplib::Response& res) {
  res.status = 200;
  res.set_content_provider(4096, "application/json",
                           [](size_t offset, size_t, httplib::DataSink& sink) {
                             if (offset > 0) return false;
                             sink.write("{\"results\": [", 13);
                             return true;
                           });
}

// Why an event cannot be accepted as it is, or nothing.
std::optional<std::pair<std::string, std::string>> invalid(const nlohmann::json& e) {
  static const std::set<std::string> known(kiosk::kEventTypes.begin(), kiosk::kEventTypes.end());
  if (!e.is_object() || !e.contains("uuid") || !e["uuid"].is_string() ||
      e["uuid"].get<std::string>().empty()) {
    return std::pair{"schema", "uuid missing"};
  }
  if (!e.contains("seq") || !e["seq"].is_number_integer() || e["seq"].get<std::int64_t>() <= 0) {
    return std::pair{"schema", "seq missing or not a positive integer"};
  }
  if (!e.contains("type") || !e["type"].is_string()) return std::pair{"schema", "type missing"};
  if (!known.count(e["type"].get<std::string>())) {
    return std::pair{"unknown_type", "no such event type in contract v1"};
  }
  const auto& at = e.contains("occurred_at") ? e["occurred_at"] : nlohmann::json();
  if (!at.is_string() || at.get<std::string>().size() != 25 ||
      at.get<std::string>().substr(19) != "+08:00") {
    return std::pair{"bad_time", "occurred_at must be ISO 8601 with +08:00"};
  }
  if (!e.contains("payload") || !e["payload"].is_object()) {
    return std::pair{"schema", "payload missing or not an object"};
  }
  return std::nullopt;
}
}  // namespace

DistrictServer::DistrictServer(DistrictStore& store, std::string configJson, Now now,
                               std::optional<TlsFiles> tls)
    : store_(store), now_(std::move(now)), tls_(std::move(tls)) {
  setConfig(std::move(configJson));
  makeServer();
}

DistrictServer::~DistrictServer() {
  stop();
}

void DistrictServer::makeServer() {
  if (tls_) {
    auto secure =
        std::make_unique<httplib::SSLServer>(tls_->certificate.c_str(), tls_->privateKey.c_str());
    if (!secure->is_valid()) {
      throw std::runtime_error("district-sim: cannot load the TLS certificate " +
                               tls_->certificate + " or its key " + tls_->privateKey);
    }
    server_ = std::move(secure);
  } else {
    server_ = std::make_unique<httplib::Server>();
  }
  // An answer goes out as two writes (head, then body): with Nagle's algorithm the body would
  // wait for the station's delayed ACK, ≈ 40 ms a batch on loopback.
  server_->set_tcp_nodelay(true);
  routes();
}

std::int64_t DistrictServer::now() const {
  return now_() + faults_.clockSkew();
}

void DistrictServer::setConfig(std::string configJson) {
  std::lock_guard lock(mutex_);
  configJson_ = std::move(configJson);
  etag_ = "\"" + kiosk::sha256Hex(configJson_).substr(0, 16) + "\"";
}

int DistrictServer::requestsTo(const std::string& path) {
  std::lock_guard lock(mutex_);
  return requests_[path];
}

int DistrictServer::notModifiedAnswers() {
  std::lock_guard lock(mutex_);
  return notModified_;
}

int DistrictServer::start(const std::string& bind, int port) {
  std::lock_guard life(lifecycle_);
  int bound =
      port == 0 ? server_->bind_to_any_port(bind) : (server_->bind_to_port(bind, port) ? port : -1);
  if (bound <= 0) {
    throw std::runtime_error("district-sim: cannot listen on " + bind + ":" + std::to_string(port));
  }
  bind_ = bind;
  port_ = bound;
  thread_ = std::thread([this] { server_->listen_after_bind(); });
  return bound;
}

void DistrictServer::stop() {
  {
    std::lock_guard lock(outageMutex_);
    stopping_ = true;
  }
  outageEnds_.notify_all();
  if (outage_.joinable()) outage_.join();
  std::lock_guard life(lifecycle_);
  server_->stop();
  if (thread_.joinable()) thread_.join();
}

bool DistrictServer::refuseFor(std::chrono::seconds duration) {
  std::lock_guard lock(outageMutex_);
  if (inOutage_ || stopping_) return false;
  if (outage_.joinable()) outage_.join();  // the last one is over
  inOutage_ = true;
  // Its own thread: the request asking for it runs on the server that is about to stop.
  outage_ = std::thread([this, duration] {
    refuseConnections(true);
    std::unique_lock wait(outageMutex_);
    outageEnds_.wait_for(wait, duration, [this] { return stopping_; });
    bool serveAgain = !stopping_;
    wait.unlock();
    if (serveAgain) refuseConnections(false);
    std::lock_guard done(outageMutex_);
    inOutage_ = false;
  });
  return true;
}

void DistrictServer::refuseConnections(bool refuse) {
  std::lock_guard life(lifecycle_);
  if (refuse) {
    server_->stop();
    if (thread_.joinable()) thread_.join();
    return;
  }
  if (thread_.joinable()) return;  // serving already
  // A stopped httplib server cannot listen again: a fresh one takes the same port.
  makeServer();
  if (!server_->bind_to_port(bind_, port_)) {
    throw std::runtime_error("district-sim: cannot listen again on port " + std::to_string(port_));
  }
  thread_ = std::thread([this] { server_->listen_after_bind(); });
}

void DistrictServer::routes() {
  httplib::Server& s = *server_;
  // Every answer says the server's time: stations learn their clock offset from it.
  s.set_post_routing_handler(
      [this](const auto&, auto& res) { res.set_header("Date", httpDate(now())); });
  s.Post("/api/v1/enroll", [this](const auto& req, auto& res) { enroll(req, res); });
  s.Post("/api/v1/events", [this](const auto& req, auto& res) { events(req, res); });
  s.Post("/api/v1/heartbeat", [this](const auto& req, auto& res) { heartbeat(req, res); });
  s.Get("/api/v1/config", [this](const auto& req, auto& res) { config(req, res); });
  s.Get("/api/v1/appeal-replies", [this](const auto& req, auto& res) { appealReplies(req, res); });
  s.Post("/sim/faults", [this](const auto& req, auto& res) { control(req, res); });
  s.Post("/sim/department-reply",
         [this](const auto& req, auto& res) { simDepartmentReply(req, res); });
  s.Get("/", [this](const auto& req, auto& res) { status(req, res); });
}

bool DistrictServer::injectFault(httplib::Response& res, bool& commitThenDrop) {
  Fault fault = faults_.draw();
  auto timing = faults_.timing();
  switch (fault) {
    case Fault::None:
      return false;
    case Fault::Delay:
      std::this_thread::sleep_for(timing.delay);
      return false;
    case Fault::Error500:
      jsonError(res, 500, "other", "district-sim: injected server error");
      return true;
    case Fault::Error503:
    case Fault::TooMany429:
      jsonError(res, fault == Fault::Error503 ? 503 : 429, "other", "district-sim: injected");
      res.set_header("Retry-After", std::to_string(timing.retryAfterSeconds));
      return true;
    case Fault::Timeout:
      std::this_thread::sleep_for(timing.hold);
      jsonError(res, 503, "other", "district-sim: answered after the client gave up");
      return true;
    case Fault::Reset:
      abortMidBody(res);
      return true;
    case Fault::CommitDrop:
      commitThenDrop = true;
      return false;
  }
  return false;
}

std::string DistrictServer::authenticate(const httplib::Request& req, httplib::Response& res) {
  kiosk::SignedHeaders h;
  h.stationId = req.get_header_value("X-Station-Id");
  h.nonce = req.get_header_value("X-Nonce");
  h.signature = req.get_header_value("X-Signature");
  try {
    h.timestamp = std::stoll(req.get_header_value("X-Timestamp"));
  } catch (const std::exception&) {
    jsonError(res, 401, "malformed", "X-Timestamp missing or not a number");
    return {};
  }
  std::lock_guard lock(mutex_);
  auto secret = store_.secretOf(h.stationId);
  if (!secret) {
    jsonError(res, 401, "unknown_station", "station not enrolled");
    return {};
  }
  std::string path = req.target.empty() ? req.path : req.target;
  if (auto problem =
          checker_.check(h, kiosk::hmacKeyOf(*secret), req.method, path, req.body, now())) {
    jsonError(res, 401, std::string(kiosk::problemCode(*problem)), "request refused");
    return {};
  }
  return h.stationId;
}

void DistrictServer::enroll(const httplib::Request& req, httplib::Response& res) {
  auto body = nlohmann::json::parse(req.body, nullptr, false);
  if (!body.is_object() || !body.contains("token") || !body["token"].is_string()) {
    return jsonError(res, 400, "schema", "token missing");
  }
  std::string name = body.contains("name") && body["name"].is_string() ? body["name"] : "";
  std::lock_guard lock(mutex_);
  auto enrolled = store_.enroll(body["token"], name);
  if (!enrolled) return jsonError(res, 403, "bad_token", "unknown or used enrollment token");
  res.set_content(
      nlohmann::json({{"station_id", enrolled->stationId}, {"secret", enrolled->secret}}).dump(),
      "application/json");
}

void DistrictServer::events(const httplib::Request& req, httplib::Response& res) {
  std::string station = authenticate(req, res);
  if (station.empty()) return;
  bool commitThenDrop = false;
  if (injectFault(res, commitThenDrop)) return;
  auto body = nlohmann::json::parse(req.body, nullptr, false);
  if (!body.is_object() || !body.contains("events") || !body["events"].is_array()) {
    return jsonError(res, 400, "schema", "events missing");
  }
  if (body["events"].size() > 500 || req.body.size() > 1024 * 1024) {
    return jsonError(res, 413, "too_large", "at most 500 events and 1 MiB per batch");
  }
  nlohmann::json results = nlohmann::json::array();
  std::lock_guard lock(mutex_);
  ++requests_["/api/v1/events"];
  data::Transaction tx(store_.db());
  for (const auto& e : body["events"]) {
    std::string uuid = e.is_object() && e.contains("uuid") && e["uuid"].is_string()
                           ? e["uuid"].get<std::string>()
                           : std::string();
    auto why = invalid(e);
    if (!why && faults_.rejects(e["seq"].get<std::int64_t>())) {
      why = std::pair{std::string("schema"), std::string("rejected by the district-sim's switch")};
    }
    if (why) {
      results.push_back(
          {{"uuid", uuid}, {"status", "rejected"}, {"code", why->first}, {"reason", why->second}});
      continue;
    }
    bool stored = store_.storeEvent({uuid, station, e["seq"].get<std::int64_t>(), e["type"],
                                     e["occurred_at"], e["payload"].dump()});
    results.push_back({{"uuid", uuid}, {"status", stored ? "accepted" : "duplicate"}});
  }
  tx.commit();
  if (commitThenDrop) return abortMidBody(res);
  res.set_content(
      nlohmann::json({{"results", results}, {"high_water_seq", store_.highWaterSeq(station)}})
          .dump(),
      "application/json");
}

void DistrictServer::heartbeat(const httplib::Request& req, httplib::Response& res) {
  std::string station = authenticate(req, res);
  if (station.empty()) return;
  bool commitThenDrop = false;
  if (injectFault(res, commitThenDrop)) return;
  auto body = nlohmann::json::parse(req.body, nullptr, false);
  if (!body.is_object()) return jsonError(res, 400, "schema", "not a JSON object");
  std::lock_guard lock(mutex_);
  ++requests_["/api/v1/heartbeat"];
  store_.recordHeartbeat(station, httpDate(now()), req.body);
  res.status = 204;
}

void DistrictServer::config(const httplib::Request& req, httplib::Response& res) {
  if (authenticate(req, res).empty()) return;
  bool commitThenDrop = false;
  if (injectFault(res, commitThenDrop)) return;
  std::lock_guard lock(mutex_);
  ++requests_["/api/v1/config"];
  res.set_header("ETag", etag_);
  if (req.get_header_value("If-None-Match") == etag_) {
    ++notModified_;
    res.status = 304;
    return;
  }
  res.set_content(configJson_, "application/json");
}

std::string DistrictServer::departmentReply(const std::string& station, const std::string& appealId,
                                            const std::string& department, const std::string& kind,
                                            const std::string& note, std::string replyId) {
  std::lock_guard lock(mutex_);
  if (replyId.empty()) replyId = "rp-" + station + "-" + std::to_string(++repliesMade_);
  store_.addReply(
      {0, station, replyId, appealId, department, kind, note,
       kiosk::formatIso(std::chrono::system_clock::time_point(std::chrono::seconds(now())))});
  return replyId;
}

// docs/district-api.md §9: the station's replies after its cursor, at most 200 at a time.
void DistrictServer::appealReplies(const httplib::Request& req, httplib::Response& res) {
  std::string station = authenticate(req, res);
  if (station.empty()) return;
  bool commitThenDrop = false;
  if (injectFault(res, commitThenDrop)) return;
  std::int64_t after = 0;
  if (std::string cursor = req.get_param_value("after"); !cursor.empty()) {
    if (cursor.size() > 18 || cursor.find_first_not_of("0123456789") != std::string::npos) {
      return jsonError(res, 400, "schema", "after: not a cursor this server gave");
    }
    after = std::stoll(cursor);
  }
  constexpr int kPage = 200;
  std::lock_guard lock(mutex_);
  ++requests_["/api/v1/appeal-replies"];
  auto replies = store_.repliesAfter(station, after, kPage + 1);
  bool more = replies.size() > kPage;
  if (more) replies.resize(kPage);
  nlohmann::json list = nlohmann::json::array();
  for (const StoredReply& r : replies) {
    list.push_back({{"reply_id", r.replyId},
                    {"appeal_id", r.appealId},
                    {"department", r.department},
                    {"kind", r.kind},
                    {"note", r.note},
                    {"at", r.at}});
    after = r.seq;
  }
  if (commitThenDrop) return abortMidBody(res);
  res.set_content(
      nlohmann::json({{"replies", list}, {"next", std::to_string(after)}, {"more", more}}).dump(),
      "application/json");
}

// For a department played by hand (loopback, unsigned, as /sim/faults):
// {"station_id": "st-1", "appeal_id": "…", "department": "城管", "kind": "done", "note": "…"},
// with "reply_id" to send one again.
void DistrictServer::simDepartmentReply(const httplib::Request& req, httplib::Response& res) {
  auto body = nlohmann::json::parse(req.body, nullptr, false);
  auto text = [&](const char* key) {
    return body.is_object() && body.contains(key) && body[key].is_string()
               ? body[key].get<std::string>()
               : std::string();
  };
  if (text("station_id").empty() || text("appeal_id").empty() || text("department").empty() ||
      text("kind").empty()) {
    return jsonError(res, 400, "schema", "station_id, appeal_id, department and kind are needed");
  }
  std::string id = departmentReply(text("station_id"), text("appeal_id"), text("department"),
                                   text("kind"), text("note"), text("reply_id"));
  res.set_content(nlohmann::json({{"reply_id", id}}).dump(), "application/json");
}

void DistrictServer::status(const httplib::Request&, httplib::Response& res) {
  std::lock_guard lock(mutex_);
  res.set_content(statusPage(store_, faults_), "text/html; charset=utf-8");
}

// Switches for a district-sim run from the command line (tests in-process use faults()):
// {"always": "503"}, {"next": "reset", "count": 3}, {"mix": 0.3, "seed": 7}, {"clear": true},
// {"reject_seq": 12}, {"clock_skew": 900}, {"refuse_seconds": 10}.
void DistrictServer::control(const httplib::Request& req, httplib::Response& res) {
  auto body = nlohmann::json::parse(req.body, nullptr, false);
  if (!body.is_object()) return jsonError(res, 400, "schema", "not a JSON object");
  auto named = [&](const char* key) -> std::optional<Fault> {
    if (!body.contains(key) || !body[key].is_string()) return std::nullopt;
    return faultNamed(body[key].get<std::string>());
  };
  if (body.value("clear", false)) {
    faults_.clear();
    faults_.clearRejects();
    faults_.setClockSkew(0);
  }
  if (auto f = named("always")) faults_.always(*f);
  if (auto f = named("next")) faults_.next(*f, body.value("count", 1));
  if (body.contains("mix") && body["mix"].is_number()) {
    double each = body["mix"].get<double>() / static_cast<double>(allFaults().size());
    std::vector<std::pair<Fault, double>> mix;
    for (Fault f : allFaults()) mix.emplace_back(f, each);
    faults_.random(mix, body.value("seed", 1));
  }
  if (body.contains("reject_seq") && body["reject_seq"].is_number_integer()) {
    faults_.rejectSeq(body["reject_seq"].get<std::int64_t>());
  }
  if (body.contains("clock_skew") && body["clock_skew"].is_number_integer()) {
    faults_.setClockSkew(body["clock_skew"].get<std::int64_t>());
  }
  if (body.contains("refuse_seconds") && body["refuse_seconds"].is_number_integer()) {
    if (!refuseFor(std::chrono::seconds(body["refuse_seconds"].get<int>()))) {
      return jsonError(res, 409, "other", "an outage is already under way");
    }
  }
  res.status = 204;
}

}  // namespace yizhan::district
