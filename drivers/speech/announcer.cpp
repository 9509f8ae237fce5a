#include "drivers/speech/announcer.h"

#include "drivers/audio/chime.h"

namespace yizhan::drivers {

Announcer::Announcer(SpeechSynthesizer& voice, SoundOutput& sound,
                     std::function<void(const Spoken&)> onSpoken)
    : voice_(voice), sound_(sound), onSpoken_(std::move(onSpoken)), thread_([this] { loop(); }) {}

Announcer::~Announcer() {
  {
    std::lock_guard lock(mutex_);
    stopping_ = true;
  }
  changed_.notify_all();
  thread_.join();
}

void Announcer::say(std::string text, bool chimeFirst) {
  {
    std::lock_guard lock(mutex_);
    queue_.push_back({std::move(text), chimeFirst});
  }
  changed_.notify_all();
}

void Announcer::sayInstead(std::string text) {
  {
    std::lock_guard lock(mutex_);
    queue_.clear();
    queue_.push_back({std::move(text), false});
  }
  changed_.notify_all();
}

bool Announcer::waitUntilQuiet(std::chrono::milliseconds timeout) {
  std::unique_lock lock(mutex_);
  return changed_.wait_for(lock, timeout, [this] { return queue_.empty() && !speaking_; });
}

void Announcer::loop() {
  std::unique_lock lock(mutex_);
  while (true) {
    changed_.wait(lock, [this] { return stopping_ || !queue_.empty(); });
    if (stopping_) return;
    Phrase phrase = std::move(queue_.front());
    queue_.pop_front();
    speaking_ = true;
    lock.unlock();

    std::vector<std::int16_t> pcm;
    if (phrase.chime) {
      // One sound, chime then a short pause then the words, so nothing can come between.
      pcm = synthesizeChime(voice_.sampleRate());
      pcm.resize(pcm.size() + static_cast<size_t>(voice_.sampleRate() * 3 / 10), 0);
    }
    std::vector<std::int16_t> words = voice_.synthesize(phrase.text);
    pcm.insert(pcm.end(), words.begin(), words.end());
    auto duration = std::chrono::milliseconds(1000LL * static_cast<long long>(pcm.size()) /
                                              voice_.sampleRate());
    if (onSpoken_) onSpoken_({phrase.text, duration, phrase.chime});
    sound_.play(pcm, voice_.sampleRate());

    lock.lock();
    // The sound plays in the background; wait it out (or until stopped) before the next.
    changed_.wait_for(lock, duration, [this] { return stopping_; });
    speaking_ = false;
    changed_.notify_all();
  }
}

}  // namespace yizhan::drivers
