#pragma once
// A sound sink for tests and headless runs: keeps what would have been played.
#include <mutex>
#include <vector>

#include "drivers/audio/sound_output.h"

namespace yizhan::drivers {

class CapturingSoundOutput final : public SoundOutput {
 public:
  struct Played {
    size_t samples;
    int sampleRate;
    double seconds() const { return static_cast<double>(samples) / sampleRate; }
  };
  void play(std::span<const std::int16_t> pcm, int sampleRate) override {
    std::lock_guard lock(mutex_);
    played_.push_back({pcm.size(), sampleRate});
  }
  DeviceHealth health() const override { return {}; }
  std::vector<Played> played() const {
    std::lock_guard lock(mutex_);
    return played_;
  }

 private:
  mutable std::mutex mutex_;
  std::vector<Played> played_;
};

}  // namespace yizhan::drivers
