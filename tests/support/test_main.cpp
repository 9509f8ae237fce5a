// Catch2 entry point shared by every test binary: the station's time zone is set first so
// local-time formatting is the same on every machine.
//
// A run that executes no test case fails. ctest runs each discovered test case by its name
// as a filter; a name Catch cannot match (it once split names at ';') would otherwise print
// "No tests ran" and exit 0, and ctest would call a test that ran nothing Passed.
#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

#include <dlfcn.h>

#include <cstdio>

#include "kiosk/base/local_time.h"

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

int testCasesStarted = 0;

struct CountTestCases : Catch::TestEventListenerBase {
  using TestEventListenerBase::TestEventListenerBase;
  void testCaseStarting(Catch::TestCaseInfo const& info) override {
    ++testCasesStarted;
    TestEventListenerBase::testCaseStarting(info);
  }
};
}  // namespace

CATCH_REGISTER_LISTENER(CountTestCases)

int main(int argc, char** argv) {
  keepGraphicsDriversLoaded();
  yizhan::kiosk::useTimeZone("Asia/Shanghai");
  Catch::Session session;
  if (int bad = session.applyCommandLine(argc, argv); bad != 0) return bad;
  const Catch::ConfigData& config = session.configData();
  bool listing = config.showHelp || config.listTests || config.listTestNamesOnly ||
                 config.listTags || config.listReporters;
  int failed = session.run();
  if (!listing && failed == 0 && testCasesStarted == 0) {
    std::fprintf(stderr, "test guard: ran no test case (does a filter or a name not match?)\n");
    return 3;
  }
  return failed;
}
