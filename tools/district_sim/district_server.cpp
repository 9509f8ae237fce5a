#include "tools/district_sim/district_server.h"

#include <httplib.h>
#include <sodium.h>
#include <nlohmann/json.hpp>

#include <ctime>
#include <set>

#include "kiosk/event_types.h"

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

std::string secretKey(const std::string& base64Secret) {
  std::string key(base64Secret.size(), '\0');
  size_t length = 0;
  if (sodium_base642bin(reinterpret_cast<unsigned char*>(key.data()), key.size(),
                        base64Secret.c_str(), base64Secret.size(), nullptr, &length, nullptr,
                        sodium_base64_VARIANT_ORIGINAL) != 0) {
    return {};
  }
  key.resize(length);
  return key;
}

DistrictServer::DistrictServer(DistrictStore& store, std::string configJson, Now now)
    : store_(store),
      configJson_(std::move(configJson)),
      etag_("\"" + kiosk::sha256Hex(configJson_).substr(0, 16) + "\""),
      now_(std::move(now)),
      server_(std::make_unique<httplib::Server>()) {
  routes();
}

DistrictServer::~DistrictServer() {
  stop();
}

int DistrictServer::start(const std::string& bind, int port) {
  int bound =
      port == 0 ? server_->bind_to_any_port(bind) : (server_->bind_to_port(bind, port) ? port : -1);
  if (bound <= 0) {
    throw std::runtime_error("district-sim: cannot listen on " + bind + ":" + std::to_string(port));
  }
  thread_ = std::thread([this] { server_->listen_after_bind(); });
  return bound;
}

void DistrictServer::stop() {
  server_->stop();
  if (thread_.joinable()) thread_.join();
}

void DistrictServer::routes() {
  httplib::Server& s = *server_;
  // Every answer says the server's time: stations learn their clock offset from it.
  s.set_post_routing_handler(
      [this](const auto&, auto& res) { res.set_header("Date", httpDate(now_())); });
  s.Post("/api/v1/enroll", [this](const auto& req, auto& res) { enroll(req, res); });
  s.Post("/api/v1/events", [this](const auto& req, auto& res) { events(req, res); });
  s.Post("/api/v1/heartbeat", [this](const auto& req, auto& res) { heartbeat(req, res); });
  s.Get("/api/v1/config", [this](const auto& req, auto& res) { config(req, res); });
  s.Get("/", [this](const auto& req, auto& res) { status(req, res); });
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
  if (auto problem = checker_.check(h, secretKey(*secret), req.method, path, req.body, now_())) {
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
  auto body = nlohmann::json::parse(req.body, nullptr, false);
  if (!body.is_object() || !body.contains("events") || !body["events"].is_array()) {
    return jsonError(res, 400, "schema", "events missing");
  }
  nlohmann::json results = nlohmann::json::array();
  std::lock_guard lock(mutex_);
  for (const auto& e : body["events"]) {
    std::string uuid = e.is_object() && e.contains("uuid") && e["uuid"].is_string()
                           ? e["uuid"].get<std::string>()
                           : std::string();
    if (auto why = invalid(e)) {
      results.push_back(
          {{"uuid", uuid}, {"status", "rejected"}, {"code", why->first}, {"reason", why->second}});
      continue;
    }
    bool stored = store_.storeEvent({uuid, station, e["seq"].get<std::int64_t>(), e["type"],
                                     e["occurred_at"], e["payload"].dump()});
    results.push_back({{"uuid", uuid}, {"status", stored ? "accepted" : "duplicate"}});
  }
  res.set_content(
      nlohmann::json({{"results", results}, {"high_water_seq", store_.highWaterSeq(station)}})
          .dump(),
      "application/json");
}

void DistrictServer::heartbeat(const httplib::Request& req, httplib::Response& res) {
  std::string station = authenticate(req, res);
  if (station.empty()) return;
  auto body = nlohmann::json::parse(req.body, nullptr, false);
  if (!body.is_object()) return jsonError(res, 400, "schema", "not a JSON object");
  std::lock_guard lock(mutex_);
  store_.recordHeartbeat(station, httpDate(now_()), req.body);
  res.status = 204;
}

void DistrictServer::config(const httplib::Request& req, httplib::Response& res) {
  if (authenticate(req, res).empty()) return;
  res.set_header("ETag", etag_);
  if (req.get_header_value("If-None-Match") == etag_) {
    res.status = 304;
    return;
  }
  res.set_content(configJson_, "application/json");
}

void DistrictServer::status(const httplib::Request&, httplib::Response& res) {
  std::lock_guard lock(mutex_);
  res.set_content("district-sim: " + std::to_string(store_.eventCount()) + " events stored\n",
                  "text/plain; charset=utf-8");
}

}  // namespace yizhan::district
