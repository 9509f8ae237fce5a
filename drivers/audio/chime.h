#pragma once
// The two-note "ding-dong" played when a resident calls staff.
#include <cstdint>
#include <vector>

namespace yizhan::drivers {

constexpr int kChimeSampleRate = 22050;
std::vector<std::int16_t> synthesizeChime(int sampleRate = kChimeSampleRate);

}  // namespace yizhan::drivers
