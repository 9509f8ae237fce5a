#include "kiosk/app/cli.h"

#include <CLI/CLI.hpp>

#include <cstdio>
#include <regex>

#include "kiosk/app/version.h"

namespace yizhan::kiosk {

CommandLine parseCommandLine(int argc, const char* const* argv) {
  CommandLine cl;
  CLI::App app{"Yizhan (驿站) community service station kiosk", "yizhan"};
  app.set_version_flag("--version", std::string("yizhan ") + YIZHAN_VERSION);
  app.fallthrough();
  app.require_subcommand(0, 1);

  std::string lang, size = "1920x1080";
  app.add_option("--config", cl.configFile, "TOML configuration file (defaults are built in)")
      ->check(CLI::ExistingFile);
  app.add_option("--data-dir", cl.dataDir, "directory for the database and backups");
  app.add_option("--lang", lang, "screen language: zh (default) or en (development)")
      ->check(CLI::IsMember({"zh", "en"}));

  CLI::App* kiosk = app.add_subcommand("kiosk", "run the touch kiosk (the default)");
  kiosk->add_flag("--windowed", cl.kiosk.windowed, "run in a window instead of full screen");
  kiosk->add_flag("--headless", cl.kiosk.headless, "render without a display");
  kiosk->add_option("--screenshot", cl.kiosk.screenshot,
                    "with --headless: write the screen to this PNG and exit");
  kiosk->add_option("--size", size, "window or screenshot size, WIDTHxHEIGHT");
  kiosk->add_option("--tap", cl.kiosk.taps,
                    "with --screenshot: tap the widget with this label first (repeatable)");
  kiosk->add_option("--time", cl.kiosk.fixedTime,
                    "with --headless: pretend the local time is this (2026-11-24T09:30:00)");
  kiosk
      ->add_option("--upload-seconds", cl.kiosk.uploadSeconds,
                   "with --screenshot: after the taps, upload to the district for up to this "
                   "many seconds (exit 6 if events are still waiting)")
      ->check(CLI::Range(0, 600));

  CLI::App* display = app.add_subcommand(
      "display", "run the waiting-room call screen: reads the kiosk's store, announces calls");
  display->add_flag("--windowed", cl.kiosk.windowed, "run in a window instead of full screen");
  display->add_flag("--headless", cl.kiosk.headless, "render without a display");
  display->add_option("--screenshot", cl.kiosk.screenshot,
                      "with --headless: write the screen to this PNG and exit");
  display->add_option("--size", size, "window or screenshot size, WIDTHxHEIGHT");
  display->add_option("--time", cl.kiosk.fixedTime,
                      "with --headless: pretend the local time is this (2026-11-24T09:30:00)");

  CLI::App* admin = app.add_subcommand("admin", "provisioning and maintenance");
  admin->require_subcommand(1);
  admin->add_subcommand("set-pin", "set the staff PIN (4-8 digits, read from standard input)");
  admin->add_subcommand("show-config", "print the effective configuration as TOML");
  admin->add_subcommand("check-config", "validate the configuration and exit");
  admin->add_subcommand("backup", "take a backup of the database now");
  admin->add_subcommand("doctor",
                        "check every configured device, print a test ticket, speak a test "
                        "phrase; exit 5 if a device is faulty");
  CLI::App* enroll =
      admin->add_subcommand("enroll", "enroll this station with the district platform, once");
  enroll->add_option("--url", cl.admin.enrollUrl,
                     "the district platform's address (default: [district] url)");
  enroll->add_option("--token", cl.admin.enrollToken, "the one-time enrollment token")->required();
  CLI::App* restore = admin->add_subcommand("restore", "replace the database with a backup");
  restore->add_option("backup", cl.admin.backupFile, "backup file")
      ->required()
      ->check(CLI::ExistingFile);

  CLI::App* importVolunteers = admin->add_subcommand(
      "import-volunteers",
      "check a volunteer roster (CSV: 姓名,手机号,队伍,类别,… ; UTF-8 or GBK) row by row; "
      "writes nothing unless --apply");
  importVolunteers->add_option("file", cl.admin.rosterFile, "the CSV file")
      ->required()
      ->check(CLI::ExistingFile);
  importVolunteers->add_flag("--apply", cl.admin.apply,
                             "write the good rows (without it: a dry run that only reports)");
  importVolunteers
      ->add_option("--encoding", cl.admin.encoding,
                   "detect (default), utf-8 or gbk (Excel in China saves GBK)")
      ->check(CLI::IsMember({"detect", "utf-8", "utf8", "gbk", "gb18030"}, CLI::ignore_case));

  CLI::App* exportFigures = admin->add_subcommand(
      "export",
      "the figures the district asks for (collected, resolved, rates, working days, "
      "satisfaction, reopened; by station, grid and category) as CSV");
  exportFigures->add_option("--period", cl.admin.period, "day, week (Monday to Sunday) or month")
      ->check(CLI::IsMember({"day", "week", "month"}));
  exportFigures
      ->add_option("--day", cl.admin.day, "a day of the period, YYYY-MM-DD (default today)")
      ->check(CLI::Validator(
          [](std::string& v) {
            static const std::regex dayPattern(R"(\d{4}-\d{2}-\d{2})");
            return std::regex_match(v, dayPattern) ? std::string()
                                                   : std::string("must look like 2026-11-24");
          },
          "YYYY-MM-DD"));
  exportFigures->add_option("--out", cl.admin.outFile,
                            "write the CSV here (default: standard output)");

  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    cl.mode = CommandLine::Mode::Exit;
    cl.exitCode = app.exit(e);
    if (cl.exitCode != 0) cl.exitCode = 2;
    return cl;
  }

  static const std::regex sizePattern(R"((\d{3,5})x(\d{3,5}))");
  std::smatch m;
  if (!std::regex_match(size, m, sizePattern)) {
    std::fprintf(stderr, "yizhan: --size must look like 1920x1080 (got \"%s\")\n", size.c_str());
    cl.mode = CommandLine::Mode::Exit;
    cl.exitCode = 2;
    return cl;
  }
  cl.kiosk.width = std::stoi(m[1]);
  cl.kiosk.height = std::stoi(m[2]);
  if (!lang.empty()) cl.lang = lang;
  if (cl.kiosk.screenshot && !cl.kiosk.headless) cl.kiosk.headless = true;

  if (display->parsed()) cl.mode = CommandLine::Mode::Display;
  if (admin->parsed()) {
    cl.mode = CommandLine::Mode::Admin;
    for (CLI::App* sub : admin->get_subcommands()) cl.admin.command = sub->get_name();
  }
  return cl;
}

}  // namespace yizhan::kiosk
