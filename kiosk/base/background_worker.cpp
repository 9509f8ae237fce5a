#include "kiosk/base/background_worker.h"

#include <pthread.h>
#include <time.h>

namespace yizhan::kiosk {

BackgroundWorker::BackgroundWorker(std::function<void()> wake)
    : wake_(std::move(wake)), thread_([this] { loop(); }) {
  clockid_t clock{};
  if (pthread_getcpuclockid(thread_.native_handle(), &clock) == 0) cpuClock_ = clock;
}

BackgroundWorker::~BackgroundWorker() {
  stop();
}

void BackgroundWorker::stop() {
  {
    std::lock_guard lock(mutex_);
    stopping_ = true;
    jobs_.clear();
  }
  wakeWorker_.notify_all();
  if (thread_.joinable()) thread_.join();
}

void BackgroundWorker::setWake(std::function<void()> wake) {
  std::lock_guard lock(mutex_);
  wake_ = std::move(wake);
}

void BackgroundWorker::submit(Job job) {
  {
    std::lock_guard lock(mutex_);
    jobs_.push_back(std::move(job));
  }
  wakeWorker_.notify_one();
}

void BackgroundWorker::post(Continuation continuation) {
  std::function<void()> wake;
  {
    std::lock_guard lock(mutex_);
    done_.push_back(std::move(continuation));
    wake = wake_;
  }
  if (wake) wake();
}

size_t BackgroundWorker::drain() {
  std::deque<Continuation> ready;
  {
    std::lock_guard lock(mutex_);
    ready.swap(done_);
  }
  for (auto& continuation : ready) {
    if (continuation) continuation();
  }
  return ready.size();
}

bool BackgroundWorker::working() const {
  std::lock_guard lock(mutex_);
  return !jobs_.empty() || running_ > 0;
}

bool BackgroundWorker::idle() const {
  std::lock_guard lock(mutex_);
  return jobs_.empty() && done_.empty() && running_ == 0;
}

void BackgroundWorker::loop() {
  std::unique_lock lock(mutex_);
  for (;;) {
    wakeWorker_.wait(lock, [this] { return stopping_ || !jobs_.empty(); });
    if (stopping_) return;
    Job job = std::move(jobs_.front());
    jobs_.pop_front();
    ++running_;
    lock.unlock();
    Continuation continuation = job();
    lock.lock();
    --running_;
    done_.push_back(std::move(continuation));
    auto wake = wake_;
    lock.unlock();
    if (wake) wake();
    lock.lock();
  }
}

std::optional<clockid_t> BackgroundWorker::cpuClock() const {
  return cpuClock_;
}

}  // namespace yizhan::kiosk
