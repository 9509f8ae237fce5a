#pragma once
// `yizhan display`: the waiting-room screen's core, without a window. Reads the store
// read-only, wakes on the kiosk's commits (StoreWatcher), and announces each new call and
// recall in Mandarin after a chime, one at a time.
#include <filesystem>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <vector>

#include "drivers/audio/sound_output.h"
#include "drivers/speech/announcer.h"
#include "drivers/speech/espeak_synthesizer.h"
#include "kiosk/app/config.h"
#include "kiosk/base/background_worker.h"
#include "kiosk/base/strings.h"
#include "kiosk/display/display_feed.h"
#include "kiosk/display/store_watcher.h"

namespace yizhan::kiosk {

class DisplayService {
 public:
  DisplayService(const Config& config, const std::filesystem::path& dataDir, const Clock& clock,
                 drivers::SoundOutput& sound);
  ~DisplayService();

  const Config& config() const { return config_; }
  Lang lang() const { return config_.ui.language == "en" ? Lang::En : Lang::Zh; }
  const Clock& clock() const { return clock_; }
  BackgroundWorker& worker() { return worker_; }
  const DisplayState& state() const { return state_; }
  std::uint64_t revision() const { return revision_; }
  // Re-reads the store if it changed and announces new calls; moves the clock on screen.
  void tick();
  TimePoint nextDeadline() const;
  // Every phrase announced so far (the speech sink tests read).
  std::vector<std::string> spokenPhrases() const;
  bool waitUntilQuiet(std::chrono::milliseconds timeout);

  // The words for a call: "请 A 零 一 二 号 到 三号窗口 办理".
  static std::string callPhrase(const std::string& code, int counter, Lang lang);

 private:
  void refresh();
  // Whether the volunteer board is due at `now`, and when that next changes.
  bool boardDue(TimePoint now) const;
  TimePoint nextBoardChange(TimePoint now) const;
  // How many times the echo wall's page has turned at `now`, if it is up; where in its period
  // `now` is; when that next changes.
  std::optional<int> echoTurnDue(TimePoint now) const;
  int echoPhase(TimePoint now) const;
  TimePoint nextEchoChange(TimePoint now) const;

  Config config_;
  const Clock& clock_;
  DisplayFeed feed_;
  DisplayState state_;
  std::uint64_t revision_ = 1;
  TimePoint lastCall_{};  // the board gives way to the calls for a minute after each
  std::unique_ptr<drivers::EspeakSynthesizer> voice_;
  std::unique_ptr<drivers::Announcer> announcer_;
  mutable std::mutex spokenMutex_;
  std::vector<std::string> spoken_;
  BackgroundWorker worker_;
  std::unique_ptr<StoreWatcher> watcher_;
};

}  // namespace yizhan::kiosk
