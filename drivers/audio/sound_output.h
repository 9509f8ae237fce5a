#pragma once
// Somewhere to play short sounds (the call-staff chime; later, speech).
#include <cstdint>
#include <span>

#include "drivers/device_health.h"

namespace yizhan::drivers {

class SoundOutput {
 public:
  virtual ~SoundOutput() = default;
  // Queues mono 16-bit PCM behind anything still playing; never blocks on the device.
  virtual void play(std::span<const std::int16_t> pcm, int sampleRate) = 0;
  virtual DeviceHealth health() const = 0;
};

}  // namespace yizhan::drivers
