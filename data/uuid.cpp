#include "data/uuid.h"

#include <array>
#include <cctype>
#include <cstdio>
#include <random>

namespace yizhan::data {

std::string newUuid() {
  // std::random_device reads the kernel's CSPRNG on Linux; one engine per thread avoids locks.
  thread_local std::random_device device;
  std::array<unsigned char, 16> b{};
  for (size_t i = 0; i < b.size(); i += 4) {
    unsigned int r = device();
    for (size_t k = 0; k < 4; ++k) b[i + k] = static_cast<unsigned char>(r >> (8 * k));
  }
  b[6] = static_cast<unsigned char>((b[6] & 0x0f) | 0x40);  // version 4
  b[8] = static_cast<unsigned char>((b[8] & 0x3f) | 0x80);  // RFC 4122 variant
  char text[37];
  std::snprintf(text, sizeof text,
                "%02x%02x%02x%02x-%02x%02x-%02x%02x-%02x%02x-%02x%02x%02x%02x%02x%02x", b[0], b[1],
                b[2], b[3], b[4], b[5], b[6], b[7], b[8], b[9], b[10], b[11], b[12], b[13], b[14],
                b[15]);
  return text;
}

std::string newTrackingCode(std::string_view prefix) {
  std::string code(prefix);
  for (char c : newUuid()) {
    if (code.size() == 16) break;
    if (c != '-') code += static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  }
  return code;
}

}  // namespace yizhan::data
