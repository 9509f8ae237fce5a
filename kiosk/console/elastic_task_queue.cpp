#include "kiosk/console/elastic_task_queue.h"

namespace yizhan::kiosk {

ElasticTaskQueue::ElasticTaskQueue(size_t ready, size_t ceiling, std::chrono::seconds idleEnd)
    : ready_(ready), ceiling_(ceiling < ready ? ready : ceiling), idleEnd_(idleEnd) {
  std::lock_guard lock(mutex_);
  for (size_t i = 0; i < ready_; ++i) {
    Worker& w = workers_.emplace_back();
    ++running_;
    w.thread = std::thread([this, &w] { work(&w); });
  }
}

ElasticTaskQueue::~ElasticTaskQueue() {
  shutdown();
}

void ElasticTaskQueue::enqueue(std::function<void()> fn) {
  std::lock_guard lock(mutex_);
  if (shutdown_) return;
  jobs_.push_back(std::move(fn));
  reapFinished();
  // Every job queued beyond the idle threads gets a thread of its own, up to the ceiling;
  // past it, jobs wait for the next thread to come free.
  if (jobs_.size() > idle_ && running_ < ceiling_) {
    Worker& w = workers_.emplace_back();
    ++running_;
    w.thread = std::thread([this, &w] { work(&w); });
  }
  wake_.notify_one();
}

void ElasticTaskQueue::work(Worker* self) {
  std::unique_lock lock(mutex_);
  for (;;) {
    ++idle_;
    bool woke = wake_.wait_for(lock, idleEnd_, [&] { return shutdown_ || !jobs_.empty(); });
    --idle_;
    if (jobs_.empty()) {
      // Shut down, or idle for a while with more threads than are kept ready.
      if (shutdown_ || (!woke && running_ > ready_)) break;
      continue;
    }
    std::function<void()> job = std::move(jobs_.front());
    jobs_.pop_front();
    lock.unlock();
    job();
    lock.lock();
  }
  --running_;
  self->finished = true;
}

void ElasticTaskQueue::reapFinished() {
  for (auto it = workers_.begin(); it != workers_.end();) {
    if (it->finished) {
      it->thread.join();  // already past its last use of the queue's state
      it = workers_.erase(it);
    } else {
      ++it;
    }
  }
}

void ElasticTaskQueue::shutdown() {
  std::list<Worker> all;
  {
    std::lock_guard lock(mutex_);
    if (shutdown_ && workers_.empty()) return;
    shutdown_ = true;
    wake_.notify_all();
    all.splice(all.end(), workers_);
  }
  for (Worker& w : all) {
    if (w.thread.joinable()) w.thread.join();
  }
}

size_t ElasticTaskQueue::threads() {
  std::lock_guard lock(mutex_);
  return running_;
}

}  // namespace yizhan::kiosk
