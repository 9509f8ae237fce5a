#pragma once
// Polls the ID card reader on its own thread and reports each card once: a card must be
// lifted (the reader finds nothing) before the same or another card is read again, so a
// resident resting a card on the reader is not signed in twenty times.
#include <atomic>
#include <chrono>
#include <condition_variable>
#include <functional>
#include <mutex>
#include <thread>

#include "drivers/idcard/id_card_reader.h"

namespace yizhan::drivers {

class CardWatcher {
 public:
  using OnCard = std::function<void(const Identity&)>;
  using OnProblem = std::function<void(const IdCardReader::Attempt&)>;

  // Callbacks run on the watcher's thread: post them to the UI, do not draw from them.
  CardWatcher(IdCardReader& reader, OnCard onCard, OnProblem onProblem,
              std::chrono::milliseconds interval = std::chrono::milliseconds(250));
  ~CardWatcher();
  CardWatcher(const CardWatcher&) = delete;
  CardWatcher& operator=(const CardWatcher&) = delete;

 private:
  void loop();

  IdCardReader& reader_;
  OnCard onCard_;
  OnProblem onProblem_;
  std::chrono::milliseconds interval_;
  std::mutex mutex_;
  std::condition_variable stop_;
  bool stopping_ = false;
  std::thread thread_;
};

}  // namespace yizhan::drivers
