#pragma once
// Turns Mandarin text into PCM.
#include <cstdint>
#include <string_view>
#include <vector>

namespace yizhan::drivers {

class SpeechSynthesizer {
 public:
  virtual ~SpeechSynthesizer() = default;
  // Mono 16-bit PCM at sampleRate(); empty if the text cannot be spoken.
  virtual std::vector<std::int16_t> synthesize(std::string_view text) = 0;
  virtual int sampleRate() const = 0;
};

}  // namespace yizhan::drivers
