#include "kiosk/console/console_sessions.h"

#include <sodium.h>

namespace yizhan::kiosk {

std::string ConsoleSessions::open(int counter) {
  if (sodium_init() < 0) throw std::runtime_error("libsodium could not start");
  unsigned char random[32];
  randombytes_buf(random, sizeof random);
  char hex[2 * sizeof random + 1];
  sodium_bin2hex(hex, sizeof hex, random, sizeof random);
  std::lock_guard lock(mutex_);
  sessions_[hex] = {counter, clock_.now()};
  return hex;
}

std::optional<int> ConsoleSessions::counterOf(const std::string& token) {
  std::lock_guard lock(mutex_);
  auto it = sessions_.find(token);
  if (it == sessions_.end()) return std::nullopt;
  TimePoint now = clock_.now();
  if (now - it->second.lastUse > idleLimit_) {
    sessions_.erase(it);
    return std::nullopt;
  }
  it->second.lastUse = now;
  return it->second.counter;
}

void ConsoleSessions::close(const std::string& token) {
  std::lock_guard lock(mutex_);
  sessions_.erase(token);
}

std::string cookieValue(const std::string& header, const std::string& name) {
  size_t pos = 0;
  while (pos < header.size()) {
    size_t end = header.find(';', pos);
    if (end == std::string::npos) end = header.size();
    std::string part = header.substr(pos, end - pos);
    size_t start = part.find_first_not_of(' ');
    if (start != std::string::npos) part = part.substr(start);
    if (part.size() > name.size() && part.compare(0, name.size(), name) == 0 &&
        part[name.size()] == '=') {
      return part.substr(name.size() + 1);
    }
    pos = end + 1;
  }
  return {};
}

}  // namespace yizhan::kiosk
