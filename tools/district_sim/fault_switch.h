#pragma once
// The district-sim's fault switches: what goes wrong with the next requests, so that the
// kiosk's uploader can be shown to survive each failure a real network and server produce.
// Thread-safe: tests flip switches while the server's threads answer.
#include <chrono>
#include <cstdint>
#include <mutex>
#include <optional>
#include <random>
#include <set>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace yizhan::district {

enum class Fault {
  None,
  Delay,       // answer correctly, late
  Error500,    // 500, nothing stored
  Error503,    // 503 with Retry-After, nothing stored
  TooMany429,  // 429 with Retry-After, nothing stored
  Timeout,     // hold the request past the client's patience, nothing stored
  Reset,       // start the answer, then cut the connection; nothing stored
  CommitDrop,  // store the events, then cut the connection before the answer
};

std::optional<Fault> faultNamed(std::string_view name);  // delay, 500, 503, 429, timeout, …
std::string_view faultName(Fault fault);
std::vector<Fault> allFaults();

class FaultSwitch {
 public:
  struct Timing {
    std::chrono::milliseconds delay{300};
    std::chrono::milliseconds hold{3000};  // Timeout: longer than the client waits
    int retryAfterSeconds = 1;
  };

  void always(Fault fault);
  void next(Fault fault, int count);
  // Each request draws a fault with these probabilities (the rest: none).
  void random(std::vector<std::pair<Fault, double>> mix, std::uint64_t seed);
  void clear();
  Fault draw();

  void rejectSeq(std::int64_t seq);
  bool rejects(std::int64_t seq) const;
  void clearRejects();
  void setClockSkew(std::int64_t seconds);
  std::int64_t clockSkew() const;
  void setTiming(Timing timing);
  Timing timing() const;
  // How many requests each fault hit, for the status page and tests.
  std::vector<std::pair<Fault, int>> counts() const;

 private:
  mutable std::mutex mutex_;
  Fault always_ = Fault::None;
  std::vector<Fault> queued_;
  std::vector<std::pair<Fault, double>> mix_;
  std::mt19937_64 random_;
  std::set<std::int64_t> rejectSeqs_;
  std::int64_t clockSkew_ = 0;
  Timing timing_;
  std::vector<std::pair<Fault, int>> counts_;
};

}  // namespace yizhan::district
