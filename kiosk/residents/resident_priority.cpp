#include "kiosk/residents/resident_priority.h"

#include <nlohmann/json.hpp>

#include "data/outbox.h"
#include "data/resident_flag_repository.h"
#include "kiosk/base/local_time.h"
#include "kiosk/residents/resident_age.h"

namespace yizhan::kiosk {

bool ResidentStanding::priority() const {
  return disability || (age && *age >= kPriorityAge);
}

ResidentStanding ResidentPriority::standingOf(const drivers::Identity& card) {
  ResidentStanding s;
  s.maskedId = maskIdNumber(card.number);
  s.age = ageOn(card.birthDate, toLocal(clock_.now()));
  auto flag = data::ResidentFlagRepository(db_).find(key_.hashIdNumber(card.number));
  s.disability = flag && flag->disability;
  return s;
}

void ResidentPriority::setDisability(const drivers::Identity& card, bool disability,
                                     const std::string& actor) {
  std::string at = formatIso(clock_.now());
  std::string masked = maskIdNumber(card.number);
  data::Transaction tx(db_);
  data::ResidentFlagRepository(db_).put(
      {key_.hashIdNumber(card.number), masked, disability, at, actor});
  nlohmann::json payload = {{"masked_id", masked}, {"disability", disability}};
  data::Outbox(db_).append("resident.priority_flag_set", at, payload.dump());
  tx.commit();
}

}  // namespace yizhan::kiosk
