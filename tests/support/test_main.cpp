// Catch2 entry point shared by every test binary: the station's time zone is set first so
// local-time formatting is the same on every machine.
#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

#include <dlfcn.h>

#include "kiosk/local_time.h"

namespace {
// SDL unloads the GL driver at exit, before LeakSanitizer reports; its allocations would then
// show as "<unknown module>" and no suppression could name them. Keeping the driver loaded
// lets lsan.supp match Mesa's own start-up allocations, while leaks of ours still fail.
void keepGraphicsDriversLoaded() {
#if defined(__SANITIZE_ADDRESS__)
  for (const char* lib : {"libGL.so.1", "libEGL.so.1", "libEGL_mesa.so.0",
                          "/usr/lib/x86_64-linux-gnu/dri/swrast_dri.so"}) {
    dlopen(lib, RTLD_LAZY | RTLD_NODELETE);
  }
#endif
}
}  // namespace

int main(int argc, char** argv) {
  keepGraphicsDriversLoaded();
  yizhan::kiosk::useTimeZone("Asia/Shanghai");
  return Catch::Session().run(argc, argv);
}
