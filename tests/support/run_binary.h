#pragma once
// Runs the real `yizhan` binary (YIZHAN_BINARY) in a shell and collects what it said.
#include <sys/wait.h>

#include <cstdlib>
#include <fstream>
#include <sstream>
#include <string>

#include "support/file_bytes.h"
#include "support/temp_dir.h"

namespace yizhan::test {

struct Result {
  int exitCode;
  std::string out, err;
};

inline std::string slurp(const std::filesystem::path& file) {
  return fileBytes(file);
}

inline Result run(const TempDir& dir, const std::string& args, const std::string& env = "",
                  const std::string& input = "") {
  // Leaks are checked in-process by the UI tests; here Mesa's driver is unloaded before
  // LeakSanitizer could name it, so a sanitizer build's child would report it as unknown.
  std::string cmd = "ASAN_OPTIONS=detect_leaks=0 " + env + " " + YIZHAN_BINARY + " " + args + " >" +
                    (dir / "out").string() + " 2>" + (dir / "err").string();
  if (input.empty()) {
    cmd += " </dev/null";
  } else {
    cmd = "printf '%s\\n' '" + input + "' | " + cmd;
  }
  int status = std::system(cmd.c_str());
  return {WEXITSTATUS(status), slurp(dir / "out"), slurp(dir / "err")};
}

}  // namespace yizhan::test
