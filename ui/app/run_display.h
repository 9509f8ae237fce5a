#pragma once
#include <filesystem>

#include "kiosk/app/cli.h"
#include "kiosk/app/config.h"

namespace yizhan::ui {
// `yizhan display`: the waiting-room call screen in a window, or one headless screenshot.
// Returns the exit code.
int runDisplay(const kiosk::KioskRun& run, const kiosk::Config& config,
               const std::filesystem::path& dataDir);
}  // namespace yizhan::ui
