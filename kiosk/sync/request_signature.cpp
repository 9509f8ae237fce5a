#include "kiosk/sync/request_signature.h"

#include <sodium.h>

#include <algorithm>
#include <cctype>

namespace yizhan::kiosk {

namespace {
std::string hex(const unsigned char* bytes, size_t size) {
  std::string out(size * 2 + 1, '\0');
  sodium_bin2hex(out.data(), out.size(), bytes, size);
  out.pop_back();
  return out;
}

bool isHex(std::string_view s, size_t size) {
  return s.size() == size && std::all_of(s.begin(), s.end(), [](char c) {
           return std::isdigit(static_cast<unsigned char>(c)) || (c >= 'a' && c <= 'f');
         });
}
}  // namespace

std::string hmacKeyOf(std::string_view base64Secret) {
  std::string key(base64Secret.size(), '\0');
  size_t length = 0;
  if (sodium_base642bin(reinterpret_cast<unsigned char*>(key.data()), key.size(),
                        base64Secret.data(), base64Secret.size(), nullptr, &length, nullptr,
                        sodium_base64_VARIANT_ORIGINAL) != 0) {
    return {};
  }
  key.resize(length);
  return key;
}

std::string sha256Hex(std::string_view data) {
  unsigned char digest[crypto_hash_sha256_BYTES];
  crypto_hash_sha256(digest, reinterpret_cast<const unsigned char*>(data.data()), data.size());
  return hex(digest, sizeof digest);
}

std::string hmacSha256Hex(std::string_view key, std::string_view data) {
  // HMAC takes a key of any length; libsodium's multi-part API accepts it as given.
  crypto_auth_hmacsha256_state state;
  crypto_auth_hmacsha256_init(&state, reinterpret_cast<const unsigned char*>(key.data()),
                              key.size());
  crypto_auth_hmacsha256_update(&state, reinterpret_cast<const unsigned char*>(data.data()),
                                data.size());
  unsigned char mac[crypto_auth_hmacsha256_BYTES];
  crypto_auth_hmacsha256_final(&state, mac);
  return hex(mac, sizeof mac);
}

std::string stringToSign(std::string_view method, std::string_view pathAndQuery,
                         std::int64_t timestamp, std::string_view nonce, std::string_view body) {
  return std::string(method) + "\n" + std::string(pathAndQuery) + "\n" + std::to_string(timestamp) +
         "\n" + std::string(nonce) + "\n" + sha256Hex(body);
}

std::string newNonce() {
  unsigned char bytes[16];
  randombytes_buf(bytes, sizeof bytes);
  return hex(bytes, sizeof bytes);
}

SignedHeaders signRequest(std::string_view stationId, std::string_view secret,
                          std::string_view method, std::string_view pathAndQuery,
                          std::string_view body, std::int64_t timestamp, std::string nonce) {
  SignedHeaders h{std::string(stationId), timestamp, std::move(nonce), {}};
  h.signature = hmacSha256Hex(secret, stringToSign(method, pathAndQuery, timestamp, h.nonce, body));
  return h;
}

std::optional<SignatureProblem> SignatureChecker::check(const SignedHeaders& h,
                                                        std::string_view secret,
                                                        std::string_view method,
                                                        std::string_view pathAndQuery,
                                                        std::string_view body, std::int64_t now) {
  if (h.stationId.empty() || !isHex(h.nonce, 32) || !isHex(h.signature, 64)) {
    return SignatureProblem::Malformed;
  }
  std::string expected =
      hmacSha256Hex(secret, stringToSign(method, pathAndQuery, h.timestamp, h.nonce, body));
  if (sodium_memcmp(expected.data(), h.signature.data(), expected.size()) != 0) {
    return SignatureProblem::BadSignature;
  }
  if (h.timestamp < now - window_ || h.timestamp > now + window_) return SignatureProblem::Stale;
  // Forget nonces older than any timestamp the window still lets in.
  for (auto it = seenNonces_.begin(); it != seenNonces_.end();) {
    it = it->second < now - 2 * window_ ? seenNonces_.erase(it) : std::next(it);
  }
  if (!seenNonces_.emplace(h.stationId + "|" + h.nonce, now).second) {
    return SignatureProblem::Replayed;
  }
  return std::nullopt;
}

std::string_view problemCode(SignatureProblem problem) {
  switch (problem) {
    case SignatureProblem::BadSignature:
      return "bad_signature";
    case SignatureProblem::Stale:
      return "stale";
    case SignatureProblem::Replayed:
      return "replayed";
    case SignatureProblem::Malformed:
      return "malformed";
  }
  return "malformed";
}

}  // namespace yizhan::kiosk
