#include "kiosk/app/admin.h"
#include "kiosk/sync/station_credentials.h"

#include <termios.h>
#include <unistd.h>

#include <cstdio>
#include <fstream>
#include <iostream>
#include <string>

#include "data/store.h"
#include "drivers/audio/sdl_sound_output.h"
#include "kiosk/base/local_time.h"
#include "kiosk/devices/doctor.h"
#include "kiosk/district/station_settings.h"
#include "kiosk/figures/figures_csv.h"
#include "kiosk/figures/figures_report.h"
#include "kiosk/staff/pin_hasher.h"
#include "kiosk/staff/staff_auth.h"
#include "kiosk/station.h"
#include "kiosk/sync/sync_worker.h"
#include "kiosk/volunteers/roster_import.h"

namespace yizhan::kiosk {

namespace {

std::string readSecretLine(const char* prompt) {
  bool tty = isatty(STDIN_FILENO);
  termios saved{};
  if (tty) {
    std::fprintf(stderr, "%s", prompt);
    tcgetattr(STDIN_FILENO, &saved);
    termios quiet = saved;
    quiet.c_lflag &= static_cast<tcflag_t>(~ECHO);
    tcsetattr(STDIN_FILENO, TCSANOW, &quiet);
  }
  std::string line;
  std::getline(std::cin, line);
  if (tty) {
    tcsetattr(STDIN_FILENO, TCSANOW, &saved);
    std::fprintf(stderr, "\n");
  }
  while (!line.empty() && (line.back() == '\r' || line.back() == ' ')) line.pop_back();
  return line;
}

int setPin(const Config& config, const std::filesystem::path& dataDir) {
  std::string pin = readSecretLine("新的管理员密码 (new staff PIN, 4-8 digits): ");
  if (std::string problem = pinProblem(pin); !problem.empty()) {
    std::fprintf(stderr, "yizhan: 密码不符合要求 (%s); nothing was changed\n", problem.c_str());
    return 2;
  }
  if (isatty(STDIN_FILENO) && readSecretLine("再输入一次 (repeat): ") != pin) {
    std::fprintf(stderr, "yizhan: 两次输入不一致 (the two entries differ); nothing was changed\n");
    return 2;
  }
  SystemClock clock;
  data::Store store = data::Store::open(dataDir, formatStamp(clock.now()));
  StaffAuth(store.db(), clock, lockoutPolicyOf(config)).setPin(pin, "admin-cli");
  std::printf("管理员密码已设置 (staff PIN set) in %s\n",
              (dataDir / data::Store::kFileName).c_str());
  return 0;
}

int enroll(const AdminRun& request, const Config& config, const std::filesystem::path& dataDir) {
  std::filesystem::path file = StationCredentials::fileIn(dataDir);
  try {
    if (auto existing = StationCredentials::load(file)) {
      std::fprintf(stderr,
                   "yizhan: 本站已登记为 %s (already enrolled as %s at %s); to enroll again, "
                   "move %s away first\n",
                   existing->stationId.c_str(), existing->stationId.c_str(), existing->url.c_str(),
                   file.c_str());
      return 2;
    }
    StationCredentials credentials = enrollStation(
        request.enrollUrl.empty() ? config.district.url : request.enrollUrl, request.enrollToken,
        config.station.name, SyncSettings::from(config.district).http);
    credentials.save(file);
    std::printf("登记成功 (enrolled): station %s at %s; secret kept in %s\n",
                credentials.stationId.c_str(), credentials.url.c_str(), file.c_str());
    return 0;
  } catch (const std::exception& e) {
    std::fprintf(stderr, "yizhan: 登记失败 (enrollment failed): %s\n", e.what());
    return 3;
  }
}

int importVolunteers(const AdminRun& request, const Config& config,
                     const std::filesystem::path& dataDir) {
  std::ifstream in(request.rosterFile, std::ios::binary);
  std::string bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  if (!in.good() && !in.eof()) {
    std::fprintf(stderr, "yizhan: 无法读取 %s (cannot read the file)\n",
                 request.rosterFile.c_str());
    return 2;
  }
  constexpr size_t kLargest = 16 * 1024 * 1024;  // a station's roster is a few hundred rows
  if (bytes.size() > kLargest) {
    std::fprintf(stderr, "yizhan: %s 太大（超过 16 MB），不像志愿者名册 (file too large)\n",
                 request.rosterFile.c_str());
    return 2;
  }
  SheetEncoding encoding = sheetEncodingNamed(request.encoding).value_or(SheetEncoding::Detect);
  RosterSheet sheet = readRosterSheet(bytes, encoding);
  SystemClock clock;
  data::Store store = data::Store::open(dataDir, formatStamp(clock.now()));
  PersonalKey key = PersonalKey::loadOrCreate(PersonalKey::fileIn(dataDir));
  PersonalSeal seal = PersonalSeal::loadOrCreate(PersonalSeal::fileIn(dataDir));
  VolunteerRoster roster(store.db(), key, seal, clock, config.grids);
  ImportReport report = importRoster(sheet, roster, store.db(), request.apply, "admin-cli");
  std::string text = importReportText(report);
  std::fprintf(report.fatal ? stderr : stdout, "%s", text.c_str());
  if (report.fatal) return 2;
  return report.errors.empty() ? 0 : 1;
}

// The figures as CSV for a period: to a file, or standard output.
int exportFigures(const AdminRun& request, const Config& config,
                  const std::filesystem::path& dataDir) {
  SystemClock clock;
  auto ask = figuresAsk(request.period, request.day, FigurePeriod::Month, clock.now());
  if (!ask) {
    std::fprintf(stderr, "yizhan: %s (not a period or a date)\n", kFiguresAskProblem);
    return 2;
  }
  data::Store store = data::Store::open(dataDir, formatStamp(clock.now()));
  WorkCalendar calendar = loadStationSettings(store.db(), config.queue).calendar;
  FiguresReport report = computeFigures(store.db(), calendar, periodOf(ask->period, ask->day),
                                        config.grids, config.station.name);
  // Taken out, they go up too: the district's copy is the latest the station produced.
  reportFigures(store.db(), report, ask->period, clock.now());
  std::string csv = figuresCsv(report);
  if (!request.outFile) {
    std::fwrite(csv.data(), 1, csv.size(), stdout);
    return 0;
  }
  std::ofstream out(*request.outFile, std::ios::binary | std::ios::trunc);
  out << csv;
  out.close();
  if (!out) {
    std::fprintf(stderr, "yizhan: 无法写入 %s (cannot write the file)\n", request.outFile->c_str());
    return 2;
  }
  std::fprintf(stderr, "已导出 %s 至 %s 的统计 (figures written): %s\n", report.days.from.c_str(),
               report.days.to.c_str(), request.outFile->c_str());
  return 0;
}

}  // namespace

int runAdmin(const AdminRun& request, const Config& config, const std::filesystem::path& dataDir) {
  SystemClock clock;
  if (request.command == "set-pin") return setPin(config, dataDir);
  if (request.command == "enroll") return enroll(request, config, dataDir);
  if (request.command == "import-volunteers") return importVolunteers(request, config, dataDir);
  if (request.command == "export") return exportFigures(request, config, dataDir);
  if (request.command == "doctor") {
    drivers::SdlSoundOutput sound(
        {.linger = std::chrono::seconds(3), .probeDelay = std::chrono::milliseconds(0)});
    sound.waitForProbe();
    return runDoctor(config, dataDir, sound, std::cout);
  }
  if (request.command == "show-config") {
    std::printf("%s", renderConfig(config).c_str());
    return 0;
  }
  if (request.command == "check-config") {
    std::printf("配置有效 (configuration is valid): station %s, data %s\n",
                config.station.id.c_str(), dataDir.c_str());
    return 0;
  }
  if (request.command == "backup") {
    data::Store store = data::Store::open(dataDir, formatStamp(clock.now()));
    std::printf("%s\n", store.backupNow(formatStamp(clock.now()), "manual").c_str());
    return 0;
  }
  if (request.command == "restore") {
    auto aside = data::Store::restore(dataDir, request.backupFile, formatStamp(clock.now()));
    std::printf("已恢复 (restored) %s; 原文件保存在 (the replaced file is kept at) %s\n",
                request.backupFile.c_str(), aside.c_str());
    return 0;
  }
  std::fprintf(stderr, "yizhan: unknown admin command %s\n", request.command.c_str());
  return 2;
}

}  // namespace yizhan::kiosk
