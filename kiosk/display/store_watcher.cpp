#include "kiosk/display/store_watcher.h"

#include <poll.h>
#include <sys/inotify.h>
#include <unistd.h>

#include <stdexcept>

namespace yizhan::kiosk {

StoreWatcher::StoreWatcher(const std::filesystem::path& databaseFile,
                           std::function<void()> onChange)
    : directory_(databaseFile.parent_path()),
      name_(databaseFile.filename().string()),
      onChange_(std::move(onChange)) {
  inotify_ = inotify_init1(IN_CLOEXEC | IN_NONBLOCK);
  if (inotify_ < 0) throw std::runtime_error("inotify is not available");
  std::filesystem::create_directories(directory_);
  // The directory, not the files: the WAL comes and goes, and the store may not exist yet.
  if (inotify_add_watch(inotify_, directory_.c_str(), IN_MODIFY | IN_CREATE | IN_MOVED_TO) < 0) {
    close(inotify_);
    throw std::runtime_error("cannot watch " + directory_.string());
  }
  thread_ = std::thread([this] { loop(); });
}

StoreWatcher::~StoreWatcher() {
  stop_.signal();
  thread_.join();
  close(inotify_);
}

void StoreWatcher::loop() {
  alignas(inotify_event) char buffer[4096];
  for (;;) {
    pollfd fds[2] = {{inotify_, POLLIN, 0}, {stop_.fd(), POLLIN, 0}};
    if (poll(fds, 2, -1) < 0) continue;
    if (fds[1].revents) return;
    bool ours = false;
    ssize_t n;
    while ((n = read(inotify_, buffer, sizeof buffer)) > 0) {
      for (char* p = buffer; p < buffer + n;) {
        auto* event = reinterpret_cast<inotify_event*>(p);
        // yizhan.db, yizhan.db-wal; not backups or printed tickets.
        if (event->len > 0 && std::string(event->name).rfind(name_, 0) == 0) ours = true;
        p += sizeof(inotify_event) + event->len;
      }
    }
    if (ours) onChange_();
  }
}

}  // namespace yizhan::kiosk
