#pragma once
// `yizhan admin …`: provisioning and maintenance from a shell on the station.
#include <filesystem>

#include "kiosk/app/cli.h"
#include "kiosk/app/config.h"

namespace yizhan::kiosk {

// Returns the process exit code; messages go to stdout/stderr.
int runAdmin(const AdminRun& request, const Config& config, const std::filesystem::path& dataDir);

}  // namespace yizhan::kiosk
