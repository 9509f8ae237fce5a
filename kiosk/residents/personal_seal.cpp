#include "kiosk/residents/personal_seal.h"

#include <sodium.h>

#include <vector>

namespace yizhan::kiosk {

namespace {
constexpr std::string_view kVersion = "s1:";
constexpr size_t kNonce = crypto_aead_xchacha20poly1305_ietf_NPUBBYTES;
constexpr size_t kTag = crypto_aead_xchacha20poly1305_ietf_ABYTES;
constexpr int kBase64 = sodium_base64_VARIANT_URLSAFE_NO_PADDING;

const unsigned char* bytes(std::string_view s) {
  return reinterpret_cast<const unsigned char*>(s.data());
}
}  // namespace

std::filesystem::path PersonalSeal::fileIn(const std::filesystem::path& dataDir) {
  return dataDir / "keys" / "personal-seal.key";
}

PersonalSeal PersonalSeal::loadOrCreate(const std::filesystem::path& file) {
  return PersonalSeal(loadOrCreateKeyFile(file, "personal-data sealing key"));
}

std::string PersonalSeal::seal(std::string_view purpose, std::string_view plain) const {
  std::vector<unsigned char> box(kNonce + plain.size() + kTag);
  randombytes_buf(box.data(), kNonce);
  unsigned long long written = 0;
  crypto_aead_xchacha20poly1305_ietf_encrypt(box.data() + kNonce, &written, bytes(plain),
                                             plain.size(), bytes(purpose), purpose.size(), nullptr,
                                             box.data(), key_.data());
  std::string out(sodium_base64_encoded_len(kNonce + written, kBase64), '\0');
  sodium_bin2base64(out.data(), out.size(), box.data(), kNonce + written, kBase64);
  out.resize(out.find('\0'));
  return std::string(kVersion) + out;
}

std::optional<std::string> PersonalSeal::open(std::string_view purpose,
                                              std::string_view sealed) const {
  if (sealed.substr(0, kVersion.size()) != kVersion) return std::nullopt;
  sealed.remove_prefix(kVersion.size());
  if (sealed.empty()) return std::nullopt;
  std::vector<unsigned char> box(sealed.size());
  size_t length = 0;
  if (sodium_base642bin(box.data(), box.size(), sealed.data(), sealed.size(), nullptr, &length,
                        nullptr, kBase64) != 0 ||
      length < kNonce + kTag) {
    return std::nullopt;
  }
  std::string plain(length - kNonce - kTag, '\0');
  unsigned long long plainLength = 0;
  if (crypto_aead_xchacha20poly1305_ietf_decrypt(reinterpret_cast<unsigned char*>(plain.data()),
                                                 &plainLength, nullptr, box.data() + kNonce,
                                                 length - kNonce, bytes(purpose), purpose.size(),
                                                 box.data(), key_.data()) != 0) {
    return std::nullopt;
  }
  plain.resize(plainLength);
  return plain;
}

}  // namespace yizhan::kiosk
