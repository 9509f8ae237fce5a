#pragma once
#include <cstdint>
#include <mutex>

#include "drivers/audio/sound_output.h"

namespace yizhan::drivers {

// Plays through SDL's audio queue. Without a sound device the kiosk keeps working and
// reports a warning for staff.
class SdlSoundOutput final : public SoundOutput {
 public:
  SdlSoundOutput();
  ~SdlSoundOutput() override;
  void play(std::span<const std::int16_t> pcm, int sampleRate) override;
  DeviceHealth health() const override;

 private:
  bool open(int sampleRate);
  std::uint32_t device_ = 0;
  int sampleRate_ = 0;
  std::string error_;
  mutable std::mutex mutex_;
};

}  // namespace yizhan::drivers
