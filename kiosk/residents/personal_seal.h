#pragma once
// Personal details the station must be able to read back (a volunteer's name and phone, later a
// resident's address) are sealed before they reach the store: XChaCha20-Poly1305 (libsodium's
// AEAD) with a key in its own file beside keys/personal.key, never in the database. What a
// sealed value is for goes in as associated data, so a name cannot be passed off as a phone.
#include <filesystem>
#include <optional>
#include <string>
#include <string_view>

#include "kiosk/residents/key_file.h"

namespace yizhan::kiosk {

class PersonalSeal {
 public:
  // keys/personal-seal.key in the data directory.
  static std::filesystem::path fileIn(const std::filesystem::path& dataDir);
  static PersonalSeal loadOrCreate(const std::filesystem::path& file);

  // "s1:" then base64 of a fresh random nonce and the ciphertext with its tag.
  std::string seal(std::string_view purpose, std::string_view plain) const;
  // nullopt when the text was not sealed with this key for this purpose (altered, another
  // station's, another field's).
  std::optional<std::string> open(std::string_view purpose, std::string_view sealed) const;

 private:
  explicit PersonalSeal(const StationKeyBytes& key) : key_(key) {}
  StationKeyBytes key_;
};

}  // namespace yizhan::kiosk
