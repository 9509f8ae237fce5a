#pragma once
// The `yizhan` command line: subcommands and their options, parsed by CLI11.
#include <filesystem>
#include <optional>
#include <string>
#include <vector>

namespace yizhan::kiosk {

struct KioskRun {
  bool windowed = false;
  bool headless = false;
  std::optional<std::filesystem::path> screenshot;
  int width = 1920;
  int height = 1080;
  std::vector<std::string> taps;         // widget labels to tap before the screenshot
  std::optional<std::string> fixedTime;  // ISO 8601 local time for reproducible screenshots
  int uploadSeconds = 0;  // headless: upload to the district for up to this long, then exit
};

struct AdminRun {
  // set-pin, show-config, check-config, backup, restore, import-volunteers, export
  std::string command;
  std::filesystem::path backupFile;
  std::string enrollUrl, enrollToken;            // enroll
  std::filesystem::path rosterFile;              // import-volunteers
  bool apply = false;                            // import-volunteers: write (default: a dry run)
  std::string encoding = "detect";               // import-volunteers: detect, utf-8 or gbk
  std::string period = "month";                  // export: day, week or month
  std::string day;                               // export: a day of the period ('' today)
  std::optional<std::filesystem::path> outFile;  // export: where ('' standard output)
};

struct CommandLine {
  enum class Mode { Kiosk, Display, Admin, Exit } mode = Mode::Kiosk;
  int exitCode = 0;  // with Mode::Exit (after --help, --version or a usage error)
  std::optional<std::filesystem::path> configFile;
  std::optional<std::filesystem::path> dataDir;
  std::optional<std::string> lang;
  KioskRun kiosk;  // also `yizhan display`'s window options (no taps)
  AdminRun admin;
};

// Parses argv; on --help, --version or a usage error it prints what it should (usage errors
// to stderr) and returns Mode::Exit with the exit code.
CommandLine parseCommandLine(int argc, const char* const* argv);

}  // namespace yizhan::kiosk
