#pragma once
// Prints how long after the process started each start-up phase ended, when the environment
// has YIZHAN_TRACE_STARTUP=1. bench/compare_with_chromium.py measures the whole; this says
// where the time goes.
namespace yizhan::ui {

void traceStartup(const char* phase);

}  // namespace yizhan::ui
