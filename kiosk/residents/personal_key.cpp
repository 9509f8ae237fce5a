#include "kiosk/residents/personal_key.h"

#include <sodium.h>

#include <cctype>

#include "kiosk/residents/key_file.h"

namespace yizhan::kiosk {

PersonalKey PersonalKey::loadOrCreate(const std::filesystem::path& file) {
  return PersonalKey(loadOrCreateKeyFile(file, "personal-data key"));
}

std::string PersonalKey::hashIdNumber(std::string_view idNumber) const {
  std::string normal;
  for (char c : idNumber) normal += static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  unsigned char hash[32];
  crypto_generichash(hash, sizeof hash, reinterpret_cast<const unsigned char*>(normal.data()),
                     normal.size(), key_.data(), key_.size());
  char hex[2 * sizeof hash + 1];
  sodium_bin2hex(hex, sizeof hex, hash, sizeof hash);
  return hex;
}

std::string PersonalKey::hashPhone(std::string_view digits) const {
  return hashIdNumber("TEL:" + std::string(digits));
}

std::string PersonalKey::tag(std::string_view purpose, std::string_view payload) const {
  std::string message = std::string(purpose) + '\n' + std::string(payload);
  unsigned char hash[crypto_generichash_BYTES_MIN];
  crypto_generichash(hash, sizeof hash, reinterpret_cast<const unsigned char*>(message.data()),
                     message.size(), key_.data(), key_.size());
  char hex[2 * 8 + 1];
  sodium_bin2hex(hex, sizeof hex, hash, 8);  // 64 bits are plenty against guessing
  return hex;
}

std::string maskIdNumber(std::string_view id) {
  if (id.size() <= 7) return std::string(id.size(), '*');
  return std::string(id.substr(0, 3)) + std::string(id.size() - 7, '*') +
         std::string(id.substr(id.size() - 4));
}

}  // namespace yizhan::kiosk
