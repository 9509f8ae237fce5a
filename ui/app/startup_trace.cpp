#include "ui/app/startup_trace.h"

#include <time.h>
#include <unistd.h>

#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <string>

namespace yizhan::ui {

namespace {
// Process start in milliseconds of CLOCK_BOOTTIME (the kernel counts it in clock ticks).
double processStartMs() {
  std::ifstream stat("/proc/self/stat");
  std::string text((std::istreambuf_iterator<char>(stat)), std::istreambuf_iterator<char>());
  size_t pos = text.rfind(')');
  if (pos == std::string::npos) return 0;
  // Field 22 is starttime; fields after the command name start at field 3.
  const char* p = text.c_str() + pos + 2;
  for (int field = 3; field < 22 && *p; ++field) {
    while (*p && *p != ' ') ++p;
    while (*p == ' ') ++p;
  }
  return std::strtod(p, nullptr) * 1000.0 / static_cast<double>(sysconf(_SC_CLK_TCK));
}
}  // namespace

void traceStartup(const char* phase) {
  static const bool enabled = std::getenv("YIZHAN_TRACE_STARTUP") != nullptr;
  if (!enabled) return;
  static const double start = processStartMs();
  timespec now{};
  clock_gettime(CLOCK_BOOTTIME, &now);
  double ms = now.tv_sec * 1e3 + now.tv_nsec / 1e6 - start;
  std::fprintf(stderr, "startup: %7.1f ms  %s\n", ms, phase);
}

}  // namespace yizhan::ui
