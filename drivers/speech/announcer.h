#pragma once
// Speaks announcements one at a time, in order: a phrase is synthesised and played only
// when the one before it has finished, so nothing is ever cut off. Its own thread; say()
// returns at once.
#include <chrono>
#include <condition_variable>
#include <deque>
#include <functional>
#include <mutex>
#include <string>
#include <thread>

#include "drivers/audio/sound_output.h"
#include "drivers/speech/speech_synthesizer.h"

namespace yizhan::drivers {

class Announcer {
 public:
  struct Spoken {
    std::string text;
    std::chrono::milliseconds duration;
    bool chimed = false;  // a "ding-dong" came first
  };
  // `onSpoken` (optional, on the announcer's thread) hears of each phrase as it starts.
  Announcer(SpeechSynthesizer& voice, SoundOutput& sound,
            std::function<void(const Spoken&)> onSpoken = {});
  ~Announcer();  // finishes nothing: phrases still queued are dropped
  Announcer(const Announcer&) = delete;
  Announcer& operator=(const Announcer&) = delete;

  // `chimeFirst`: a ding-dong before the words, as waiting rooms do before calling a number.
  void say(std::string text, bool chimeFirst = false);
  // Says `text` after the phrase playing now, dropping those still waiting: a screen's prompt,
  // when the resident has already moved past the screens whose prompts are queued.
  void sayInstead(std::string text);
  // Waits until everything queued has been played; false on timeout.
  bool waitUntilQuiet(std::chrono::milliseconds timeout);

 private:
  void loop();

  SpeechSynthesizer& voice_;
  SoundOutput& sound_;
  std::function<void(const Spoken&)> onSpoken_;
  std::mutex mutex_;
  std::condition_variable changed_;
  struct Phrase {
    std::string text;
    bool chime;
  };
  std::deque<Phrase> queue_;
  bool speaking_ = false;
  bool stopping_ = false;
  std::thread thread_;
};

}  // namespace yizhan::drivers
