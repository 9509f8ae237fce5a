#include "kiosk/residents/resident_age.h"

#include <charconv>

namespace yizhan::kiosk {

namespace {
std::optional<int> number(std::string_view digits) {
  int value = 0;
  auto [end, ec] = std::from_chars(digits.data(), digits.data() + digits.size(), value);
  if (ec != std::errc() || end != digits.data() + digits.size()) return std::nullopt;
  return value;
}
}  // namespace

std::optional<int> ageOn(std::string_view birthDate, const LocalDateTime& today) {
  if (birthDate.size() != 8) return std::nullopt;
  auto year = number(birthDate.substr(0, 4));
  auto month = number(birthDate.substr(4, 2));
  auto day = number(birthDate.substr(6, 2));
  if (!year || !month || !day || *month < 1 || *month > 12 || *day < 1 || *day > 31) {
    return std::nullopt;
  }
  int age = today.year - *year;
  if (today.month < *month || (today.month == *month && today.day < *day)) --age;
  if (age < 0) return std::nullopt;
  return age;
}

}  // namespace yizhan::kiosk
