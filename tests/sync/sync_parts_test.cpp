// The uploader's parts on their own: backoff with full jitter under its cap and above
// Retry-After, the HTTP Date and Retry-After headers, batches under their caps, answers that
// do not match their batch, which URLs may be plain http, and the outbox's delivery states
// (including the v7 migration keeping every sequence number).
#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <set>

#include "data/audit_log.h"
#include "data/migrations.h"
#include "data/outbox.h"
#include "data/store.h"
#include "kiosk/sync/district_client.h"
#include "kiosk/sync/event_batch.h"
#include "kiosk/sync/event_types.h"
#include "kiosk/sync/held_record_text.h"
#include "kiosk/sync/http_date.h"
#include "kiosk/sync/retry_backoff.h"
#include "kiosk/sync/sync_worker.h"
#include "support/temp_dir.h"

using namespace yizhan;
using namespace yizhan::kiosk;
using std::chrono::milliseconds;
using std::chrono::seconds;

TEST_CASE("backoff: full jitter below a doubling ceiling, capped, reset by success",
          "[sync][backoff]") {
  RetryBackoff backoff(milliseconds(100), milliseconds(1000), 42);
  std::vector<milliseconds::rep> ceilings;
  std::set<milliseconds::rep> waits;
  for (int i = 0; i < 8; ++i) {
    milliseconds ceiling = backoff.ceiling();
    ceilings.push_back(ceiling.count());
    milliseconds wait = backoff.afterFailure();
    CHECK(wait.count() >= 0);
    CHECK(wait <= ceiling);
    waits.insert(wait.count());
  }
  CHECK(ceilings == std::vector<milliseconds::rep>{100, 200, 400, 800, 1000, 1000, 1000, 1000});
  CHECK(waits.size() > 4);  // jittered, not a fixed schedule
  backoff.reset();
  CHECK(backoff.ceiling() == milliseconds(100));
  CHECK(backoff.failures() == 0);
}

TEST_CASE("backoff: the draws fill the range (full jitter), not its top", "[sync][backoff]") {
  RetryBackoff backoff(milliseconds(1000), milliseconds(1000), 7);
  int low = 0;
  for (int i = 0; i < 1000; ++i) low += backoff.afterFailure() < milliseconds(500);
  CHECK(low > 400);
  CHECK(low < 600);
}

TEST_CASE("backoff: Retry-After is a floor and is itself capped at an hour", "[sync][backoff]") {
  RetryBackoff backoff(milliseconds(10), milliseconds(20), 1);
  CHECK(backoff.afterFailure(seconds(5)) == seconds(5));
  CHECK(backoff.afterFailure(seconds(999'999)) == RetryBackoff::kLongestRetryAfter);
}

TEST_CASE("HTTP dates and Retry-After", "[sync][http-date]") {
  CHECK(parseHttpDate("Sun, 06 Nov 1994 08:49:37 GMT") == 784111777);
  CHECK(parseHttpDate("Tue, 24 Nov 2026 01:30:00 GMT") == 1795483800);
  CHECK_FALSE(parseHttpDate("Tue, 24 Nov 2026 01:30:00"));
  CHECK_FALSE(parseHttpDate("Tue, 24 Foo 2026 01:30:00 GMT"));
  CHECK_FALSE(parseHttpDate("yesterday"));
  CHECK(parseRetryAfter("120", 0) == 120);
  CHECK(parseRetryAfter("Tue, 24 Nov 2026 01:31:00 GMT", 1795483800) == 60);
  CHECK(parseRetryAfter("Tue, 24 Nov 2026 01:29:00 GMT", 1795483800) == 0);
  CHECK_FALSE(parseRetryAfter("soon", 0));
  CHECK_FALSE(parseRetryAfter("-5", 0));
}

namespace {
std::vector<data::OutboxEvent> events(int n, size_t payloadBytes = 10) {
  std::vector<data::OutboxEvent> out;
  for (int i = 1; i <= n; ++i) {
    out.push_back({i, "uuid-" + std::to_string(i), "ticket.called", "2026-11-24T09:30:00+08:00",
                   nlohmann::json({{"pad", std::string(payloadBytes, 'x')}}).dump()});
  }
  return out;
}
}  // namespace

TEST_CASE("a batch keeps sequence order, its byte cap, and always carries one event",
          "[sync][batch]") {
  auto pending = events(50, 1000);
  auto batch = composeBatch("st-1", "b-1", pending, 10 * 1024);
  REQUIRE(batch.events.size() > 1);
  CHECK(batch.events.size() < 50);
  CHECK(batch.body.size() <= 10 * 1024);
  auto body = nlohmann::json::parse(batch.body);
  CHECK(body["station_id"] == "st-1");
  CHECK(body["batch_id"] == "b-1");
  REQUIRE(body["events"].size() == batch.events.size());
  for (size_t i = 0; i < batch.events.size(); ++i) {
    CHECK(body["events"][i]["seq"] == static_cast<int>(i + 1));
    CHECK(body["events"][i]["payload"]["pad"].get<std::string>().size() == 1000);
  }
  // One more event would have broken the cap.
  auto bigger = composeBatch(
      "st-1", "b-1", std::vector(pending.begin(), pending.begin() + batch.events.size() + 1),
      1 << 30);
  CHECK(bigger.body.size() > 10 * 1024);

  auto alone = composeBatch("st-1", "b-2", events(3, 5000), 1024);
  CHECK(alone.events.size() == 1);
}

TEST_CASE("an answer counts only when it has one result per event, in order", "[sync][batch]") {
  auto batch = composeBatch("st-1", "b-1", events(2), 1 << 20);
  auto good = readBatchAnswer(
      R"({"results":[{"uuid":"uuid-1","status":"accepted"},
          {"uuid":"uuid-2","status":"rejected","code":"schema","reason":"payload.code missing"}],
          "high_water_seq":1})",
      batch);
  REQUIRE(good);
  CHECK(good->results[0].status == EventResult::Status::Accepted);
  CHECK(good->results[1].status == EventResult::Status::Rejected);
  CHECK(good->results[1].code == "schema");
  CHECK(good->results[1].reason == "payload.code missing");
  CHECK(good->highWaterSeq == 1);
  CHECK_FALSE(readBatchAnswer(R"({"results":[{"uuid":"uuid-1","status":"accepted"}]})", batch));
  CHECK_FALSE(readBatchAnswer(R"({"results":[{"uuid":"uuid-2","status":"accepted"},
                                  {"uuid":"uuid-1","status":"accepted"}]})",
                              batch));
  CHECK_FALSE(readBatchAnswer(R"({"results":[{"uuid":"uuid-1","status":"fine"},
                                  {"uuid":"uuid-2","status":"accepted"}]})",
                              batch));
  CHECK_FALSE(readBatchAnswer(R"({"results":[{"uuid":1,"status":"accepted"},
                                  {"uuid":"uuid-2","status":"accepted"}]})",
                              batch));
  CHECK_FALSE(readBatchAnswer("<html>proxy error</html>", batch));
}

TEST_CASE("plain http only to this machine", "[sync][client]") {
  CHECK(isAllowedDistrictUrl("https://district.example/"));
  CHECK(isAllowedDistrictUrl("http://127.0.0.1:8750/"));
  CHECK(isAllowedDistrictUrl("http://localhost:8750/"));
  CHECK(isAllowedDistrictUrl("http://[::1]:8750/"));
  CHECK_FALSE(isAllowedDistrictUrl("http://district.example/"));
  CHECK_FALSE(isAllowedDistrictUrl("http://127.0.0.1.evil.example/"));
  CHECK_FALSE(isAllowedDistrictUrl("ftp://127.0.0.1/"));
}

namespace {
void appendEvents(data::Database& db, int n) {
  data::Transaction tx(db);
  data::Outbox outbox(db);
  for (int i = 0; i < n; ++i) outbox.append("ticket.called", "2026-11-24T09:30:00+08:00", "{}");
  tx.commit();
}
}  // namespace

TEST_CASE("migration v7 keeps every outbox row and never reuses a sequence number",
          "[sync][outbox]") {
  test::TempDir dir;
  auto db = data::Database::open(dir / "old.db");
  data::migrate(db, 6, {});
  appendEvents(db, 5);
  db.exec("UPDATE outbox SET state = 'sent' WHERE seq <= 2");
  // The newest events were deleted by hand: their numbers must still not come back.
  db.exec("DELETE FROM outbox WHERE seq = 5");
  data::migrate(db, data::latestSchemaVersion(), {});
  data::Outbox outbox(db);
  auto pending = outbox.pending(10);
  REQUIRE(pending.size() == 2);
  CHECK(pending[0].seq == 3);
  appendEvents(db, 1);
  CHECK(outbox.pending(10).back().seq == 6);
  CHECK(db.integrityCheck() == "ok");
}

TEST_CASE("outbox delivery states: sent, quarantined with the reason, requeued, discarded",
          "[sync][outbox]") {
  test::TempDir dir;
  auto store = data::Store::open(dir.path(), "20261124-093000");
  auto& db = store.db();
  appendEvents(db, 4);
  data::Outbox outbox(db);
  {
    data::Transaction tx(db);
    outbox.markSent({1}, "2026-11-24T09:31:00+08:00");
    outbox.quarantine(2, "schema", "payload.code missing", "2026-11-24T09:31:00+08:00");
    outbox.quarantine(3, "bad_time", "occurred_at", "2026-11-24T09:31:00+08:00");
    tx.commit();
  }
  auto counts = outbox.counts();
  CHECK(counts.pending == 1);
  CHECK(counts.quarantined == 2);
  auto q = outbox.quarantined(10);
  REQUIRE(q.size() == 2);
  CHECK(q[0].event.seq == 2);
  CHECK(q[0].code == "schema");
  CHECK(q[0].reason == "payload.code missing");
  {
    data::Transaction tx(db);
    CHECK(outbox.requeue(2));
    CHECK(outbox.discard(3, "test event from installation"));
    CHECK_FALSE(outbox.requeue(3));  // discarded stays discarded
    CHECK_FALSE(outbox.discard(1, "sent already"));
    tx.commit();
  }
  std::vector<std::int64_t> seqs;
  for (auto& e : outbox.pending(10)) seqs.push_back(e.seq);
  CHECK(seqs == std::vector<std::int64_t>{2, 4});
  CHECK(outbox.counts().quarantined == 0);
  CHECK_THROWS_AS(outbox.markSent({4}, "x"), data::StoreError);  // outside a transaction
}

TEST_CASE("the [district] keys become the worker's settings, a bad one names itself",
          "[sync][config]") {
  kiosk::Config c = kiosk::parseConfig(
      "[district]\nbatch_events = 50\nconfig_poll_seconds = 120\nkeep_sent_days = 30\n",
      "station.toml");
  kiosk::SyncSettings s = kiosk::SyncSettings::from(c.district);
  CHECK(s.upload.batchEvents == 50);
  CHECK(s.configEvery == std::chrono::seconds(120));
  CHECK(s.keepSent == std::chrono::hours(24 * 30));
  CHECK(kiosk::SyncSettings::from(kiosk::Config{}.district).keepSent ==
        std::chrono::hours(24 * 90));
  CHECK_THROWS_WITH(kiosk::parseConfig("[district]\nkeep_sent_days = 0\n", "station.toml"),
                    Catch::Contains("keep_sent_days"));
}

TEST_CASE("a returned record is named in Chinese, whatever its type", "[sync][held]") {
  using namespace yizhan::kiosk;
  for (std::string_view type : kEventTypes) {
    INFO(type);
    CHECK(heldRecordKindKnown(type));
  }
  CHECK(heldRecordName("ticket.issued", R"({"code":"A002","ticket_id":2})", Lang::Zh) ==
        "取号 A002");
  CHECK(heldRecordName("counter.opened", R"({"counter":2})", Lang::Zh) == "开窗 2号窗口");
  CHECK(heldRecordName("appointment.booked", R"({"day":"2026-11-25","slot":"09:00-09:30"})",
                       Lang::Zh) == "预约 2026-11-25 09:00-09:30");
  CHECK(heldRecordName("request.transitioned", R"({"number":"20261124-001"})", Lang::Zh) ==
        "代办进展 20261124-001");
  // A payload that does not parse still says what kind of record it is.
  CHECK(heldRecordName("ticket.called", "{not json", Lang::Zh) == "叫号");
  CHECK(heldRecordName("some.future_type", "{}", Lang::Zh) == "some.future_type");
  CHECK(heldReasonMeaning("schema", Lang::Zh).find("重新上报") != std::string::npos);
  CHECK(heldReasonMeaning("bad_time", Lang::Zh).find("时间") != std::string::npos);
  CHECK(heldReasonMeaning("whatever", Lang::Zh) == heldReasonMeaning("other", Lang::Zh));
}
