// The reference district server over real HTTP: enrollment, signed uploads answered per
// event, each uuid stored once, refusals of unsigned, stale and replayed requests, heartbeat,
// configuration with ETag.
#include <httplib.h>
#include <sodium.h>
#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <atomic>

#include "kiosk/sync/request_signature.h"
#include "support/temp_dir.h"
#include "tools/district_sim/district_server.h"

using namespace yizhan;
using nlohmann::json;

namespace {
struct Fixture {
  test::TempDir dir;
  district::DistrictStore store{dir.path() / "district.sqlite"};
  std::atomic<std::int64_t> now{1795483800};
  district::DistrictServer server{store, R"({"version":"v7","sections":{}})",
                                  [this] { return now.load(); }};
  int port = server.start("127.0.0.1", 0);
  httplib::Client client{"127.0.0.1", port};
  std::string station, secret;

  Fixture() {
    REQUIRE(sodium_init() >= 0);
    store.addEnrollmentToken("T-1");
    auto res =
        client.Post("/api/v1/enroll", R"({"token":"T-1","name":"红帆驿站"})", "application/json");
    REQUIRE(res);
    REQUIRE(res->status == 200);
    auto body = json::parse(res->body);
    station = body["station_id"];
    secret = body["secret"];
  }

  httplib::Headers signedHeaders(const std::string& method, const std::string& path,
                                 const std::string& body, std::int64_t at) {
    auto h = kiosk::signRequest(station, kiosk::hmacKeyOf(secret), method, path, body, at);
    return {{"X-Station-Id", h.stationId},
            {"X-Timestamp", std::to_string(h.timestamp)},
            {"X-Nonce", h.nonce},
            {"X-Signature", h.signature}};
  }
  httplib::Result upload(const json& events, std::int64_t at = 0) {
    std::string body = json({{"station_id", station}, {"events", events}}).dump();
    return client.Post("/api/v1/events",
                       signedHeaders("POST", "/api/v1/events", body, at ? at : now.load()), body,
                       "application/json");
  }
};

json event(const std::string& uuid, int seq, const std::string& type = "ticket.called",
           const std::string& at = "2026-11-24T09:30:00+08:00") {
  return {{"uuid", uuid},
          {"seq", seq},
          {"type", type},
          {"occurred_at", at},
          {"payload", {{"ticket_id", seq}, {"code", "A001"}}}};
}
}  // namespace

TEST_CASE("district-sim: an enrollment token enrolls once", "[sync][district-sim]") {
  Fixture f;
  CHECK(f.station == "st-1");
  CHECK(kiosk::hmacKeyOf(f.secret).size() == 32);
  auto again = f.client.Post("/api/v1/enroll", R"({"token":"T-1"})", "application/json");
  REQUIRE(again);
  CHECK(again->status == 403);
  CHECK(json::parse(again->body)["code"] == "bad_token");
}

TEST_CASE("district-sim: each event is answered, and stored once forever", "[sync][district-sim]") {
  Fixture f;
  auto res = f.upload({event("u-1", 1), event("u-2", 2), event("u-3", 3, "ticket.teleported"),
                       event("u-4", 4, "ticket.called", "2026-11-24T09:30:00Z")});
  REQUIRE(res);
  REQUIRE(res->status == 200);
  CHECK(res->has_header("Date"));
  auto body = json::parse(res->body);
  REQUIRE(body["results"].size() == 4);
  CHECK(body["results"][0]["status"] == "accepted");
  CHECK(body["results"][1]["status"] == "accepted");
  CHECK(body["results"][2]["status"] == "rejected");
  CHECK(body["results"][2]["code"] == "unknown_type");
  CHECK(body["results"][3]["code"] == "bad_time");
  CHECK(body["high_water_seq"] == 2);
  // Sent again (a retry after a lost answer): duplicates, nothing stored twice.
  auto again = json::parse(f.upload({event("u-1", 1), event("u-2", 2), event("u-5", 5)})->body);
  CHECK(again["results"][0]["status"] == "duplicate");
  CHECK(again["results"][1]["status"] == "duplicate");
  CHECK(again["results"][2]["status"] == "accepted");
  CHECK(again["high_water_seq"] == 5);
  CHECK(f.store.eventCount() == 3);
  auto stored = f.store.events(f.station, 10);
  REQUIRE(stored.size() == 3);
  CHECK(stored[0].seq == 1);
  CHECK(json::parse(stored[0].payload)["code"] == "A001");
}

TEST_CASE("district-sim: unsigned, stale, replayed and forged requests are refused",
          "[sync][district-sim]") {
  Fixture f;
  std::string body = json({{"events", json::array({event("u-1", 1)})}}).dump();
  auto code = [](const httplib::Result& r) {
    REQUIRE(r);
    CHECK(r->status == 401);
    return json::parse(r->body)["code"].get<std::string>();
  };
  CHECK(code(f.client.Post("/api/v1/events", body, "application/json")) == "malformed");
  CHECK(code(f.upload(json::array({event("u-1", 1)}), f.now - 301)) == "stale");
  auto headers = f.signedHeaders("POST", "/api/v1/events", body, f.now);
  REQUIRE(f.client.Post("/api/v1/events", headers, body, "application/json")->status == 200);
  CHECK(code(f.client.Post("/api/v1/events", headers, body, "application/json")) == "replayed");
  auto forged = f.signedHeaders("POST", "/api/v1/events", body, f.now);
  CHECK(code(f.client.Post("/api/v1/events", forged, body + " ", "application/json")) ==
        "bad_signature");
  headers = f.signedHeaders("POST", "/api/v1/events", body, f.now);
  headers.erase("X-Station-Id");
  headers.emplace("X-Station-Id", "st-99");
  CHECK(code(f.client.Post("/api/v1/events", headers, body, "application/json")) ==
        "unknown_station");
  CHECK(f.store.eventCount() == 1);
  // A station whose clock is 10 minutes off is refused until it signs with the server's time.
  f.now += 600;
  CHECK(code(f.upload(json::array({event("u-2", 2)}), f.now - 600)) == "stale");
  REQUIRE(f.upload(json::array({event("u-2", 2)}))->status == 200);
}

TEST_CASE("district-sim: heartbeat, and configuration with its ETag", "[sync][district-sim]") {
  Fixture f;
  std::string beat = R"({"app_version":"0.4.0","backlog":3})";
  auto hb =
      f.client.Post("/api/v1/heartbeat", f.signedHeaders("POST", "/api/v1/heartbeat", beat, f.now),
                    beat, "application/json");
  REQUIRE(hb);
  CHECK(hb->status == 204);
  CHECK(f.store.lastHeartbeat(f.station) == beat);

  auto config = f.client.Get("/api/v1/config", f.signedHeaders("GET", "/api/v1/config", "", f.now));
  REQUIRE(config);
  REQUIRE(config->status == 200);
  CHECK(json::parse(config->body)["version"] == "v7");
  std::string etag = config->get_header_value("ETag");
  CHECK_FALSE(etag.empty());
  auto headers = f.signedHeaders("GET", "/api/v1/config", "", f.now);
  headers.emplace("If-None-Match", etag);
  auto unchanged = f.client.Get("/api/v1/config", headers);
  REQUIRE(unchanged);
  CHECK(unchanged->status == 304);
  auto page = f.client.Get("/");
  REQUIRE(page);
  CHECK(page->body.find("0 events stored") != std::string::npos);
  CHECK(page->body.find("红帆驿站") != std::string::npos);  // the enrolled station
  CHECK(page->body.find("0.4.0") != std::string::npos);     // and its last heartbeat
}
