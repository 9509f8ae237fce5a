// What every test process runs with, set in the binary rather than passed by ctest: a list of
// variables handed to catch_discover_tests' ENVIRONMENT reached the tests as its first entry
// only, so the audio driver and UBSan's options never applied. The sanitizers' own hooks and
// a constructor cannot be lost that way, and a test binary run by hand behaves as under ctest.
#include <cstdlib>

extern "C" {
// use_tls=0: Debian 12's LeakSanitizer (GCC 12) walks the main thread's dynamic TLS vector and
// crashes on an entry Mesa's dlclose leaves behind ("Tracer caught signal 11", DTLS at 0x16d4),
// failing UI tests that passed; the loader's and OpenSSL's tables it then misses are
// suppressed in lsan.supp. A variable set by the caller still wins over these.
const char* __lsan_default_options() {
  return "suppressions=" YIZHAN_LSAN_SUPPRESSIONS ":print_suppressions=0:use_tls=0";
}
const char* __ubsan_default_options() {
  return "print_stacktrace=1:halt_on_error=1";
}
}

namespace {
// No test plays sound through the machine's speakers; the sound tests that want another
// driver set their own.
[[gnu::constructor]] void quietAudio() {
  setenv("SDL_AUDIODRIVER", "dummy", 0);
}
}  // namespace
