#pragma once
// The station's key for personal data, kept outside the database (DESIGN.md §3): ID numbers
// are stored only as a keyed hash (to find a resident again) and a masked form (to show).
// A copied database alone cannot be searched for a known ID number.
#include <array>
#include <filesystem>
#include <string>
#include <string_view>

namespace yizhan::kiosk {

class PersonalKey {
 public:
  // Reads `file`, or creates it (random, mode 0600, in a 0700 directory) if it is missing.
  // Throws std::runtime_error saying what is wrong with an unreadable or short key file.
  static PersonalKey loadOrCreate(const std::filesystem::path& file);
  // keys/personal.key in the data directory.
  static std::filesystem::path fileIn(const std::filesystem::path& dataDir) {
    return dataDir / "keys" / "personal.key";
  }

  // 64 hex characters: BLAKE2b keyed with the station key, over the upper-cased number.
  std::string hashIdNumber(std::string_view idNumber) const;
  // The same for a mobile number, kept apart from ID numbers by a prefix.
  std::string hashPhone(std::string_view digits) const;
  // A short keyed tag over `payload`, 16 hex characters, for codes the station prints and must
  // know again as its own (a volunteer's QR card); `purpose` keeps tags of different things
  // apart. Not a secret's hash: a forger at the kiosk can only guess, one scan at a time.
  std::string tag(std::string_view purpose, std::string_view payload) const;

 private:
  explicit PersonalKey(const std::array<unsigned char, 32>& key) : key_(key) {}
  std::array<unsigned char, 32> key_;
};

// 110105194912310021 → 110***********0021: enough for staff to tell two residents apart.
std::string maskIdNumber(std::string_view idNumber);

}  // namespace yizhan::kiosk
