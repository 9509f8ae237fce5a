#include "kiosk/staff/pin_hasher.h"

#include <sodium.h>

#include <stdexcept>

namespace yizhan::kiosk {

namespace {
void ensureSodium() {
  static const bool ready = sodium_init() >= 0;
  if (!ready) throw std::runtime_error("libsodium could not initialise");
}
}  // namespace

std::string pinProblem(std::string_view pin) {
  if (pin.size() < 4 || pin.size() > 8) return "PIN must have 4 to 8 digits";
  for (char c : pin) {
    if (c < '0' || c > '9') return "PIN must contain digits only";
  }
  return "";
}

std::string hashPin(std::string_view pin) {
  ensureSodium();
  char out[crypto_pwhash_STRBYTES];
  if (crypto_pwhash_str_alg(out, pin.data(), pin.size(), crypto_pwhash_OPSLIMIT_INTERACTIVE,
                            crypto_pwhash_MEMLIMIT_INTERACTIVE,
                            crypto_pwhash_ALG_ARGON2ID13) != 0) {
    throw std::runtime_error("out of memory while hashing the PIN");
  }
  return out;
}

bool pinMatches(const std::string& storedHash, std::string_view pin) {
  ensureSodium();
  return crypto_pwhash_str_verify(storedHash.c_str(), pin.data(), pin.size()) == 0;
}

}  // namespace yizhan::kiosk
