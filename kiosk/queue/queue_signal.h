#pragma once
// Tells waiters in this process that the queue changed (a number taken, called, ...), so the
// counter console's live pages update at once without polling the store.
#include <chrono>
#include <condition_variable>
#include <cstdint>
#include <mutex>

namespace yizhan::kiosk {

class QueueSignal {
 public:
  void notify() {
    {
      std::lock_guard lock(mutex_);
      ++version_;
    }
    changed_.notify_all();
  }
  std::uint64_t version() const {
    std::lock_guard lock(mutex_);
    return version_;
  }
  // Waits until the version differs from `seen`, or `timeout`; returns the version then.
  std::uint64_t waitForChange(std::uint64_t seen, std::chrono::milliseconds timeout) {
    std::unique_lock lock(mutex_);
    changed_.wait_for(lock, timeout, [&] { return version_ != seen; });
    return version_;
  }

 private:
  mutable std::mutex mutex_;
  std::condition_variable changed_;
  std::uint64_t version_ = 0;
};

}  // namespace yizhan::kiosk
