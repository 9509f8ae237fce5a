// Request signing (docs/district-api.md §1), against published test vectors and the
// command-line tools everybody else would check it with.
#include <sodium.h>
#include <catch2/catch.hpp>

#include <cstdio>
#include <memory>

#include "kiosk/sync/request_signature.h"

using namespace yizhan::kiosk;

namespace {
std::string run(const std::string& command) {
  std::unique_ptr<FILE, int (*)(FILE*)> pipe(popen(command.c_str(), "r"), pclose);
  std::string out;
  char buffer[256];
  while (pipe && fgets(buffer, sizeof buffer, pipe.get())) out += buffer;
  return out;
}
}  // namespace

TEST_CASE("HMAC-SHA256 and SHA-256 match the published test vectors", "[sync][signature]") {
  REQUIRE(sodium_init() >= 0);
  // RFC 4231 test case 2.
  CHECK(hmacSha256Hex("Jefe", "what do ya want for nothing?") ==
        "5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843");
  // RFC 4231 test case 6: a key longer than the block size.
  CHECK(hmacSha256Hex(std::string(131, '\xaa'),
                      "Test Using Larger Than Block-Size Key - Hash Key First") ==
        "60e431591ee0b67f0d8a26aacbf5b77f8e0bc6213728c5140546040f0ee37f54");
  CHECK(sha256Hex("") == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
  CHECK(sha256Hex("abc") == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
}

TEST_CASE("the string to sign is the five lines of the contract", "[sync][signature]") {
  CHECK(
      stringToSign("POST", "/api/v1/events", 1795483800, "00112233445566778899aabbccddeeff", "") ==
      "POST\n/api/v1/events\n1795483800\n00112233445566778899aabbccddeeff\n"
      "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
}

TEST_CASE("a signature agrees with openssl's", "[sync][signature]") {
  std::string body = R"({"events":[]})";
  auto h = signRequest("hf-0102", "station-secret", "POST", "/api/v1/events", body, 1795483800,
                       "00112233445566778899aabbccddeeff");
  std::string text = stringToSign("POST", "/api/v1/events", 1795483800, h.nonce, body);
  std::string out =
      run("printf '%s' '" + text + "' | openssl dgst -sha256 -hmac station-secret 2>/dev/null");
  // openssl comes with tools/install-deps.sh: an independent implementation to agree with.
  REQUIRE_FALSE(out.empty());
  CHECK(out.find(h.signature) != std::string::npos);
}

TEST_CASE("the server refuses a wrong signature, a stale or replayed request",
          "[sync][signature]") {
  SignatureChecker checker(300);
  const std::int64_t now = 1795483800;
  std::string body = "{}";
  auto sign = [&](std::int64_t at) {
    return signRequest("hf-0102", "secret", "POST", "/api/v1/events", body, at);
  };
  auto h = sign(now);
  CHECK_FALSE(checker.check(h, "secret", "POST", "/api/v1/events", body, now));
  // The same request again: replayed, even with a valid signature.
  CHECK(checker.check(h, "secret", "POST", "/api/v1/events", body, now + 1) ==
        SignatureProblem::Replayed);
  // Another station's secret, another body, another path: bad signature.
  auto fresh = sign(now);
  CHECK(checker.check(fresh, "other", "POST", "/api/v1/events", body, now) ==
        SignatureProblem::BadSignature);
  CHECK(checker.check(fresh, "secret", "POST", "/api/v1/events", "{ }", now) ==
        SignatureProblem::BadSignature);
  CHECK(checker.check(fresh, "secret", "POST", "/api/v1/heartbeat", body, now) ==
        SignatureProblem::BadSignature);
  // ±300 s: the edges pass, one second beyond does not.
  CHECK_FALSE(checker.check(sign(now - 300), "secret", "POST", "/api/v1/events", body, now));
  CHECK_FALSE(checker.check(sign(now + 300), "secret", "POST", "/api/v1/events", body, now));
  CHECK(checker.check(sign(now - 301), "secret", "POST", "/api/v1/events", body, now) ==
        SignatureProblem::Stale);
  CHECK(checker.check(sign(now + 301), "secret", "POST", "/api/v1/events", body, now) ==
        SignatureProblem::Stale);
  SignedHeaders broken = fresh;
  broken.nonce = "xyz";
  CHECK(checker.check(broken, "secret", "POST", "/api/v1/events", body, now) ==
        SignatureProblem::Malformed);
  CHECK(problemCode(SignatureProblem::Stale) == "stale");
  CHECK(newNonce().size() == 32);
  CHECK(newNonce() != newNonce());
}
