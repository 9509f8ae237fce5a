#pragma once
// Who a booking belongs to, as stored: a keyed hash to find it again at check-in and a masked
// form to show (110***********0021, 138****5678). The number itself is never kept.
#include <optional>
#include <string>
#include <string_view>

#include "drivers/idcard/identity.h"
#include "kiosk/personal_key.h"

namespace yizhan::kiosk {

struct AppointmentHolder {
  std::string kind;  // id_card or phone
  std::string hash;
  std::string masked;
};

AppointmentHolder holderOfCard(const drivers::Identity& card, const PersonalKey& key);
// An ID number typed by staff; nullopt when it is not a valid one.
std::optional<AppointmentHolder> holderOfIdNumber(std::string_view number, const PersonalKey& key);
// A mainland mobile number (11 digits starting with 1); nullopt otherwise.
std::optional<AppointmentHolder> holderOfPhone(std::string_view digits, const PersonalKey& key);
bool isMobileNumber(std::string_view digits);
// 13812345678 → 138****5678
std::string maskPhone(std::string_view digits);

}  // namespace yizhan::kiosk
