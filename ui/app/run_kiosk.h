#pragma once
#include <filesystem>

#include "kiosk/cli.h"
#include "kiosk/config.h"

namespace yizhan::ui {
// `yizhan kiosk`: the real kiosk, or headless screenshots when asked or when there is no
// display. Returns the exit code.
int runKiosk(const kiosk::KioskRun& run, const kiosk::Config& config,
             const std::filesystem::path& dataDir);
}  // namespace yizhan::ui
