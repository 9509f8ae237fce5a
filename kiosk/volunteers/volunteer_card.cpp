#include "kiosk/volunteers/volunteer_card.h"

#include <sodium.h>

#include <algorithm>
#include <vector>

namespace yizhan::kiosk {

namespace {
constexpr std::string_view kPurpose = "volunteer-card";
constexpr std::int64_t kLargestId = 999'999'999'999;

std::string payloadOf(std::string_view stationId, std::int64_t volunteerId) {
  return std::string(stationId) + ":" + std::to_string(volunteerId);
}

std::vector<std::string_view> split(std::string_view s, char by) {
  std::vector<std::string_view> parts;
  size_t at = 0;
  while (true) {
    size_t next = s.find(by, at);
    parts.push_back(
        s.substr(at, next == std::string_view::npos ? std::string_view::npos : next - at));
    if (next == std::string_view::npos) return parts;
    at = next + 1;
  }
}

bool digitsOnly(std::string_view s) {
  return !s.empty() && std::all_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; });
}
}  // namespace

std::string volunteerCardCode(std::string_view stationId, std::int64_t volunteerId,
                              const PersonalKey& key) {
  std::string payload = payloadOf(stationId, volunteerId);
  return std::string(kVolunteerCodePrefix) + payload + ":" + key.tag(kPurpose, payload);
}

VolunteerCardRead readVolunteerCard(std::string_view code, std::string_view stationId,
                                    const PersonalKey& key) {
  if (code.substr(0, kVolunteerCodePrefix.size()) != kVolunteerCodePrefix) {
    return {VolunteerCardProblem::NotAVolunteerCard};
  }
  std::vector<std::string_view> parts = split(code.substr(kVolunteerCodePrefix.size()), ':');
  if (parts.size() != 3 || parts[0].empty() || parts[1].size() > 12 || !digitsOnly(parts[1]) ||
      parts[2].size() != 16) {
    return {VolunteerCardProblem::Malformed};
  }
  std::int64_t id = std::stoll(std::string(parts[1]));
  if (id <= 0 || id > kLargestId || parts[1].front() == '0')
    return {VolunteerCardProblem::Malformed};
  if (parts[0] != stationId) return {VolunteerCardProblem::OtherStation};
  std::string expected = key.tag(kPurpose, payloadOf(stationId, id));
  // Compared in constant time: how far a guess matched is nothing a forger can time.
  if (sodium_memcmp(expected.data(), parts[2].data(), expected.size()) != 0) {
    return {VolunteerCardProblem::BadTag};
  }
  return {VolunteerCardProblem::None, id};
}

}  // namespace yizhan::kiosk
