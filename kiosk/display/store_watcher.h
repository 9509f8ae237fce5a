#pragma once
// Wakes the display when the kiosk commits to the store: inotify on the store's directory
// (the database and its write-ahead log), so a new call is seen at once and an idle display
// does not poll.
#include <filesystem>
#include <functional>
#include <thread>

#include "drivers/io/fd_io.h"

namespace yizhan::kiosk {

class StoreWatcher {
 public:
  // `onChange` runs on the watcher's thread after writes to `databaseFile` or its WAL.
  StoreWatcher(const std::filesystem::path& databaseFile, std::function<void()> onChange);
  ~StoreWatcher();
  StoreWatcher(const StoreWatcher&) = delete;
  StoreWatcher& operator=(const StoreWatcher&) = delete;

 private:
  void loop();

  std::filesystem::path directory_;
  std::string name_;
  std::function<void()> onChange_;
  int inotify_ = -1;
  drivers::Wakeup stop_;
  std::thread thread_;
};

}  // namespace yizhan::kiosk
