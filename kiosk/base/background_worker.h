#pragma once
// One worker thread for blocking work (PIN hashing now; device I/O later). A job returns a
// continuation that runs back on the owner's (UI) thread when it calls drain(); `wake` tells
// the owner there is something to drain, e.g. by pushing an SDL event.
#include <time.h>

#include <condition_variable>
#include <deque>
#include <functional>
#include <mutex>
#include <optional>
#include <thread>

namespace yizhan::kiosk {

class BackgroundWorker {
 public:
  using Continuation = std::function<void()>;
  using Job = std::function<Continuation()>;

  explicit BackgroundWorker(std::function<void()> wake = {});
  ~BackgroundWorker();
  BackgroundWorker(const BackgroundWorker&) = delete;
  BackgroundWorker& operator=(const BackgroundWorker&) = delete;

  void setWake(std::function<void()> wake);
  // Finishes the job in hand, drops the queued ones and ends the thread; for owners whose
  // jobs use members that are about to go.
  void stop();
  void submit(Job job);
  // From any thread (a device's own): runs `continuation` on the owner's thread at the next
  // drain(), and wakes the owner.
  void post(Continuation continuation);
  // Runs finished jobs' continuations on the calling thread; returns how many ran.
  size_t drain();
  // True while a job is queued or running (its continuation not yet ready).
  bool working() const;
  // True when no job is queued, running, or waiting to be drained.
  bool idle() const;
  // The worker thread's CPU-time clock, so that frame costs can leave it out.
  std::optional<clockid_t> cpuClock() const;

 private:
  void loop();

  mutable std::mutex mutex_;
  std::condition_variable wakeWorker_;
  std::deque<Job> jobs_;
  std::deque<Continuation> done_;
  int running_ = 0;
  bool stopping_ = false;
  std::function<void()> wake_;
  std::thread thread_;
  std::optional<clockid_t> cpuClock_;
};

}  // namespace yizhan::kiosk
