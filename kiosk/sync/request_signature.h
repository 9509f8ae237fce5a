#pragma once
// Request signing of the district contract (docs/district-api.md §1): HMAC-SHA256 with the
// station's secret over method, path, timestamp, nonce and the body's SHA-256. Used by the
// uploader to sign and by the reference server (tools/district-sim) to check.
#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace yizhan::kiosk {

struct SignedHeaders {
  std::string stationId;
  std::int64_t timestamp = 0;  // seconds since 1970, UTC
  std::string nonce;           // 32 hex characters
  std::string signature;       // 64 hex characters
};

std::string sha256Hex(std::string_view data);
// The HMAC key of a station: its base64 secret decoded (empty when malformed).
std::string hmacKeyOf(std::string_view base64Secret);
std::string hmacSha256Hex(std::string_view key, std::string_view data);
// The five lines joined by '\n', as §1 defines them.
std::string stringToSign(std::string_view method, std::string_view pathAndQuery,
                         std::int64_t timestamp, std::string_view nonce, std::string_view body);
// 16 random bytes as hex.
std::string newNonce();

SignedHeaders signRequest(std::string_view stationId, std::string_view secret,
                          std::string_view method, std::string_view pathAndQuery,
                          std::string_view body, std::int64_t timestamp,
                          std::string nonce = newNonce());

enum class SignatureProblem { BadSignature, Stale, Replayed, Malformed };

// The server's side: checks signature and freshness and remembers nonces for twice the
// window, so a replay inside the window is refused. One per server; not thread-safe.
class SignatureChecker {
 public:
  explicit SignatureChecker(std::int64_t windowSeconds = 300) : window_(windowSeconds) {}
  std::optional<SignatureProblem> check(const SignedHeaders& headers, std::string_view secret,
                                        std::string_view method, std::string_view pathAndQuery,
                                        std::string_view body, std::int64_t now);

 private:
  std::int64_t window_;
  std::map<std::string, std::int64_t> seenNonces_;  // station|nonce → when seen
};

// The contract's code for a problem: bad_signature, stale, replayed, malformed.
std::string_view problemCode(SignatureProblem problem);

}  // namespace yizhan::kiosk
