#include "drivers/idcard/card_watcher.h"

namespace yizhan::drivers {

CardWatcher::CardWatcher(IdCardReader& reader, OnCard onCard, OnProblem onProblem,
                         std::chrono::milliseconds interval)
    : reader_(reader),
      onCard_(std::move(onCard)),
      onProblem_(std::move(onProblem)),
      interval_(interval),
      thread_([this] { loop(); }) {}

CardWatcher::~CardWatcher() {
  {
    std::lock_guard lock(mutex_);
    stopping_ = true;
  }
  stop_.notify_all();
  thread_.join();
}

void CardWatcher::loop() {
  bool waitingForLift = false;
  std::unique_lock lock(mutex_);
  while (!stopping_) {
    lock.unlock();
    if (waitingForLift) {
      // Only ask whether the card is still there; reading it again would be wasted time.
      if (reader_.findCard() == IdCardReader::Outcome::NoCard) waitingForLift = false;
    } else {
      IdCardReader::Attempt attempt = reader_.tryRead();
      switch (attempt.outcome) {
        case IdCardReader::Outcome::NoCard:
          break;
        case IdCardReader::Outcome::Read:
          if (onCard_) onCard_(*attempt.identity);
          waitingForLift = true;
          break;
        case IdCardReader::Outcome::BadCard:
          // Said once per placing: the resident lifts the card and tries again.
          if (onProblem_) onProblem_(attempt);
          waitingForLift = true;
          break;
        case IdCardReader::Outcome::Fault:
          if (onProblem_) onProblem_(attempt);
          break;
      }
    }
    lock.lock();
    stop_.wait_for(lock, interval_, [this] { return stopping_; });
  }
}

}  // namespace yizhan::drivers
