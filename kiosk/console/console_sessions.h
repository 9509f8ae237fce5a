#pragma once
// Logged-in counter pages: a random token in an HttpOnly cookie, bound to one counter,
// forgotten after a working day without use. Kept in memory only: a restart logs staff out.
#include <chrono>
#include <map>
#include <mutex>
#include <optional>
#include <string>

#include "kiosk/base/clock.h"

namespace yizhan::kiosk {

class ConsoleSessions {
 public:
  explicit ConsoleSessions(const Clock& clock,
                           std::chrono::seconds idleLimit = std::chrono::hours(12))
      : clock_(clock), idleLimit_(idleLimit) {}

  // A new session for `counter`; returns its token (64 hex characters).
  std::string open(int counter);
  // The counter of a live session, refreshing its idle time; nullopt if unknown or expired.
  std::optional<int> counterOf(const std::string& token);
  void close(const std::string& token);

 private:
  struct Entry {
    int counter;
    TimePoint lastUse;
  };
  const Clock& clock_;
  std::chrono::seconds idleLimit_;
  std::mutex mutex_;
  std::map<std::string, Entry> sessions_;
};

// The value of cookie `name` in a Cookie header, or empty.
std::string cookieValue(const std::string& header, const std::string& name);

}  // namespace yizhan::kiosk
