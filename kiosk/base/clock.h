#pragma once
// Wall-clock time behind an interface so tests and the headless harness can set it.
#include <atomic>
#include <chrono>

namespace yizhan::kiosk {

using TimePoint = std::chrono::system_clock::time_point;

class Clock {
 public:
  virtual ~Clock() = default;
  virtual TimePoint now() const = 0;
};

class SystemClock final : public Clock {
 public:
  TimePoint now() const override { return std::chrono::system_clock::now(); }
};

// A clock that moves only when told to; safe to read from workers.
class ManualClock final : public Clock {
 public:
  explicit ManualClock(TimePoint start) : now_(start.time_since_epoch().count()) {}
  TimePoint now() const override { return TimePoint(TimePoint::duration(now_.load())); }
  void advance(std::chrono::milliseconds by) {
    now_ += std::chrono::duration_cast<TimePoint::duration>(by).count();
  }
  void set(TimePoint t) { now_ = t.time_since_epoch().count(); }

 private:
  std::atomic<TimePoint::rep> now_;
};

}  // namespace yizhan::kiosk
