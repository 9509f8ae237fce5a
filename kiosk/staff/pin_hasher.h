#pragma once
// Staff PINs are stored only as Argon2id hashes (libsodium's crypto_pwhash_str).
#include <string>
#include <string_view>

namespace yizhan::kiosk {

// A PIN is 4 to 8 digits; returns what is wrong, or an empty string.
std::string pinProblem(std::string_view pin);

std::string hashPin(std::string_view pin);
// Slow on purpose (tens of ms, 64 MiB): call it off the UI thread.
bool pinMatches(const std::string& storedHash, std::string_view pin);

}  // namespace yizhan::kiosk
