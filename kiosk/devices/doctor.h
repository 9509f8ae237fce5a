#pragma once
// `yizhan admin doctor`: finds the configured devices, says how each one is in Chinese and
// English, prints a test ticket and speaks a test phrase. Exit code 5 if a device is faulty.
#include <filesystem>
#include <ostream>

#include "drivers/audio/sound_output.h"
#include "kiosk/app/config.h"

namespace yizhan::kiosk {

inline constexpr int kExitDeviceFault = 5;

int runDoctor(const Config& config, const std::filesystem::path& dataDir,
              drivers::SoundOutput& sound, std::ostream& out);

}  // namespace yizhan::kiosk
