#pragma once
// Runs one of tests/web's Chromium scripts against a console and returns the JSON line it
// printed of what it saw; the script's stderr is the failure's message.
#include <catch2/catch.hpp>

#include <cstdlib>
#include <filesystem>
#include <nlohmann/json.hpp>
#include <string>

#include "support/file_bytes.h"

namespace yizhan::test {

// `script` (e.g. "figures_console.mjs") with `args` after it; its output kept in `dir`.
inline nlohmann::json runWebTest(const std::string& script, const std::string& args,
                                 const std::filesystem::path& dir) {
  std::filesystem::create_directories(YIZHAN_ARTIFACT_DIR);
  std::string cmd = std::string("timeout 120 node ") + YIZHAN_WEB_TESTS + "/" + script + " " +
                    args + " >" + (dir / "out").string() + " 2>" + (dir / "err").string();
  int status = std::system(cmd.c_str());
  INFO(fileBytes(dir / "err"));
  REQUIRE(WEXITSTATUS(status) == 0);
  return nlohmann::json::parse(fileBytes(dir / "out"));
}

}  // namespace yizhan::test
