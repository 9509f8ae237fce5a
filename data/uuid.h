#pragma once
#include <string>
#include <string_view>

namespace yizhan::data {
// A random (version 4) UUID in its canonical lower-case text form.
std::string newUuid();
// What a slip's QR code carries to find its row again: `prefix` then upper-case hex, 16
// characters in all (60-64 random bits): short enough for a small QR code, too many to guess.
std::string newTrackingCode(std::string_view prefix = {});
}  // namespace yizhan::data
