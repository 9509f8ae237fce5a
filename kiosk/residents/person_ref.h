#pragma once
// A person as the station keeps them: a keyed hash to find them again (a booking at check-in,
// later a request or a volunteer) and a masked form to show (110***********0021, 138****5678).
// The ID or phone number itself is never kept. Bookings, requests and volunteers all use it.
#include <optional>
#include <string>
#include <string_view>

#include "drivers/idcard/identity.h"
#include "kiosk/residents/personal_key.h"

namespace yizhan::kiosk {

struct PersonRef {
  std::string kind;  // id_card or phone
  std::string hash;
  std::string masked;
};

PersonRef personOfCard(const drivers::Identity& card, const PersonalKey& key);
// An ID number typed by staff; nullopt when it is not a valid one.
std::optional<PersonRef> personOfIdNumber(std::string_view number, const PersonalKey& key);
// A mainland mobile number (11 digits starting with 1); nullopt otherwise.
std::optional<PersonRef> personOfPhone(std::string_view digits, const PersonalKey& key);
bool isMobileNumber(std::string_view digits);
// 13812345678 → 138****5678
std::string maskPhone(std::string_view digits);
// 王小明 → 王*明, 李四 → 李*, 欧阳娜娜 → 欧**娜: the family name and (from three characters on)
// the last, as Chinese notices print names (UTF-8, by character).
std::string maskName(std::string_view name);

}  // namespace yizhan::kiosk
