#pragma once
// cpp-httplib serves each connection on one thread for as long as it stays open, and a live
// page (server-sent events) stays open for hours. With httplib's fixed pool of 8 threads, 8
// open pages left every other request waiting. This queue keeps a few threads ready and
// starts another whenever none is free, up to a ceiling, so a request never waits behind a
// live page; threads started for a burst end after a while without work.
#include <httplib.h>

#include <condition_variable>
#include <deque>
#include <functional>
#include <list>
#include <mutex>
#include <thread>

namespace yizhan::kiosk {

class ElasticTaskQueue : public httplib::TaskQueue {
 public:
  ElasticTaskQueue(size_t ready, size_t ceiling,
                   std::chrono::seconds idleEnd = std::chrono::seconds(60));
  ~ElasticTaskQueue() override;

  void enqueue(std::function<void()> fn) override;
  void shutdown() override;
  // Threads now (for tests).
  size_t threads();

 private:
  struct Worker {
    std::thread thread;
    bool finished = false;
  };
  void work(Worker* self);
  void reapFinished();  // with mutex_ held

  const size_t ready_, ceiling_;
  const std::chrono::seconds idleEnd_;
  std::mutex mutex_;
  std::condition_variable wake_;
  std::deque<std::function<void()>> jobs_;
  std::list<Worker> workers_;  // a list: a worker's entry stays put while others come and go
  size_t idle_ = 0;
  size_t running_ = 0;  // workers not yet finished
  bool shutdown_ = false;
};

}  // namespace yizhan::kiosk
