#pragma once
// A value that staff or the district may replace while other threads read it (the service
// catalog, the work calendar). Readers take current() once per operation and see one whole
// version. Replaced versions are kept until the process ends: references and pointers into
// them (a CounterStatus's ServiceDef*) stay valid, and a station sees a handful of versions
// a day, each a few kilobytes.
#include <atomic>
#include <deque>
#include <memory>
#include <mutex>

namespace yizhan::kiosk {

template <class T>
class Live {
 public:
  explicit Live(T first) { replace(std::move(first)); }
  Live(const Live&) = delete;
  Live& operator=(const Live&) = delete;

  const T& current() const { return *current_.load(std::memory_order_acquire); }

  void replace(T next) {
    std::lock_guard lock(mutex_);
    versions_.push_back(std::make_unique<const T>(std::move(next)));
    current_.store(versions_.back().get(), std::memory_order_release);
  }

 private:
  std::mutex mutex_;
  std::deque<std::unique_ptr<const T>> versions_;
  std::atomic<const T*> current_{nullptr};
};

}  // namespace yizhan::kiosk
