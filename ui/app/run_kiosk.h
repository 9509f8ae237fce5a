#pragma once
#include <filesystem>
#include <optional>

#include "kiosk/app/cli.h"
#include "kiosk/app/config.h"
#include "kiosk/base/clock.h"

namespace yizhan::ui {
// `yizhan kiosk`: the real kiosk, or headless screenshots when asked or when there is no
// display. Returns the exit code.
int runKiosk(const kiosk::KioskRun& run, const kiosk::Config& config,
             const std::filesystem::path& dataDir);
// The clock's start for a headless run: --time, or now. Says on stderr what is wrong with a
// malformed --time and returns nullopt.
std::optional<kiosk::TimePoint> startTime(const kiosk::KioskRun& run);
}  // namespace yizhan::ui
