#include "drivers/audio/chime.h"

#include <cmath>
#include <numbers>

namespace yizhan::drivers {

std::vector<std::int16_t> synthesizeChime(int sampleRate) {
  // E5 then C5, each a struck-bell tone: fundamental plus a soft octave, decaying.
  const double notes[] = {659.25, 523.25};
  const double noteSeconds = 0.55;
  const auto perNote = static_cast<size_t>(noteSeconds * sampleRate);
  std::vector<std::int16_t> pcm;
  pcm.reserve(perNote * 2);
  for (double frequency : notes) {
    for (size_t i = 0; i < perNote; ++i) {
      double t = static_cast<double>(i) / sampleRate;
      double attack = std::min(1.0, t / 0.005);  // no click at the start
      double envelope = attack * std::exp(-4.0 * t);
      double wave = std::sin(2 * std::numbers::pi * frequency * t) +
                    0.3 * std::sin(2 * std::numbers::pi * 2 * frequency * t);
      pcm.push_back(static_cast<std::int16_t>(wave / 1.3 * envelope * 0.6 * 32767));
    }
  }
  return pcm;
}

}  // namespace yizhan::drivers
