#include "kiosk/staff/staff_calls.h"

#include <nlohmann/json.hpp>

#include "data/outbox.h"
#include "data/staff_call_repository.h"
#include "kiosk/base/local_time.h"

namespace yizhan::kiosk {

StaffCallService::Raised StaffCallService::raise(const std::string& source) {
  TimePoint now = clock_.now();
  data::Transaction tx(db_);
  data::StaffCallRepository calls(db_);
  if (auto newest = calls.newestOpen()) {
    std::int64_t age = epochSeconds(now) - newest->raisedEpoch;
    if (age >= 0 && age < kRepeatWindowSeconds) return {newest->id, true};
  }
  std::string at = formatIso(now);
  std::int64_t id = calls.insert(at, epochSeconds(now), source);
  nlohmann::json payload = {{"call_id", id}, {"source", source}};
  data::Outbox(db_).append("staff_call.raised", at, payload.dump());
  tx.commit();
  return {id, false};
}

bool StaffCallService::handle(std::int64_t id) {
  std::string at = formatIso(clock_.now());
  data::Transaction tx(db_);
  if (!data::StaffCallRepository(db_).markHandled(id, at)) return false;
  nlohmann::json payload = {{"call_id", id}};
  data::Outbox(db_).append("staff_call.handled", at, payload.dump());
  tx.commit();
  return true;
}

std::vector<StaffCallView> StaffCallService::open() {
  std::vector<StaffCallView> views;
  for (const auto& call : data::StaffCallRepository(db_).open()) {
    views.push_back({call.id, formatClock(fromEpochSeconds(call.raisedEpoch))});
  }
  return views;
}

}  // namespace yizhan::kiosk
