#include "kiosk/residents/person_ref.h"

#include <algorithm>
#include <cctype>
#include <vector>

namespace yizhan::kiosk {

PersonRef personOfCard(const drivers::Identity& card, const PersonalKey& key) {
  return {"id_card", key.hashIdNumber(card.number), maskIdNumber(card.number)};
}

std::optional<PersonRef> personOfIdNumber(std::string_view number, const PersonalKey& key) {
  std::string upper(number);
  std::transform(upper.begin(), upper.end(), upper.begin(),
                 [](unsigned char c) { return static_cast<char>(std::toupper(c)); });
  if (!drivers::validIdNumber(upper)) return std::nullopt;
  return PersonRef{"id_card", key.hashIdNumber(upper), maskIdNumber(upper)};
}

bool isMobileNumber(std::string_view digits) {
  return digits.size() == 11 && digits[0] == '1' && digits[1] >= '3' &&
         std::all_of(digits.begin(), digits.end(),
                     [](char c) { return std::isdigit(static_cast<unsigned char>(c)); });
}

std::optional<PersonRef> personOfPhone(std::string_view digits, const PersonalKey& key) {
  if (!isMobileNumber(digits)) return std::nullopt;
  return PersonRef{"phone", key.hashPhone(digits), maskPhone(digits)};
}

std::string maskPhone(std::string_view digits) {
  if (digits.size() < 8) return std::string(digits.size(), '*');
  return std::string(digits.substr(0, 3)) + std::string(digits.size() - 7, '*') +
         std::string(digits.substr(digits.size() - 4));
}

std::string maskName(std::string_view name) {
  std::vector<std::string_view> chars;
  for (size_t i = 0; i < name.size();) {
    unsigned char lead = static_cast<unsigned char>(name[i]);
    size_t length = lead < 0x80 ? 1 : lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : lead >= 0xC0 ? 2 : 1;
    length = std::min(length, name.size() - i);
    chars.push_back(name.substr(i, length));
    i += length;
  }
  if (chars.empty()) return {};
  if (chars.size() == 1) return "*";
  std::string out(chars.front());
  for (size_t i = 1; i + 1 < chars.size(); ++i) out += '*';
  out += chars.size() == 2 ? std::string("*") : std::string(chars.back());
  return out;
}

}  // namespace yizhan::kiosk
