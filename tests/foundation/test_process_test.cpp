// The test binaries' own settings (support/test_process_defaults.cpp) reach every test: they
// once travelled in ctest's ENVIRONMENT, which carried only its first entry.
#include <catch2/catch.hpp>

#include <cstdlib>
#include <string>

TEST_CASE("every test process runs with the silent audio driver", "[foundation]") {
  const char* driver = std::getenv("SDL_AUDIODRIVER");
  REQUIRE(driver != nullptr);
  CHECK(std::string(driver) == "dummy");
}

#if defined(__SANITIZE_ADDRESS__)
extern "C" const char* __lsan_default_options();
TEST_CASE("LeakSanitizer runs with the suppressions and without scanning thread storage",
          "[foundation]") {
  std::string options = __lsan_default_options();
  CHECK(options.find("use_tls=0") != std::string::npos);
  CHECK(options.find("lsan.supp") != std::string::npos);
}
#endif
