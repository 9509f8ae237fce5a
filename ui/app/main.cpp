// yizhan: the community service station kiosk. Parses the command line, loads the
// configuration and hands over to the kiosk or an admin command.
#include <cstdio>

#include "data/store.h"
#include "kiosk/app/admin.h"
#include "kiosk/app/cli.h"
#include "kiosk/app/config.h"
#include "kiosk/base/local_time.h"
#include "ui/app/kiosk_app.h"
#include "ui/app/run_display.h"
#include "ui/app/run_kiosk.h"
#include "ui/font_library.h"

int main(int argc, char** argv) {
  using namespace yizhan;
  kiosk::CommandLine cl = kiosk::parseCommandLine(argc, argv);
  if (cl.mode == kiosk::CommandLine::Mode::Exit) return cl.exitCode;

  kiosk::Config config;
  try {
    if (cl.configFile) config = kiosk::loadConfig(*cl.configFile);
  } catch (const kiosk::ConfigError& e) {
    std::fprintf(stderr, "yizhan: 配置文件有误 (configuration error): %s\n", e.what());
    return 2;
  }
  if (cl.lang) config.ui.language = *cl.lang;
  if (cl.dataDir) config.storage.dataDir = cl.dataDir->string();
  kiosk::useTimeZone(config.station.timezone);
  std::filesystem::path dataDir = kiosk::resolveDataDir(config);

  try {
    if (cl.mode == kiosk::CommandLine::Mode::Admin)
      return kiosk::runAdmin(cl.admin, config, dataDir);
    if (cl.mode == kiosk::CommandLine::Mode::Display)
      return ui::runDisplay(cl.kiosk, config, dataDir);
    return ui::runKiosk(cl.kiosk, config, dataDir);
  } catch (const data::StoreError& e) {
    std::fprintf(stderr, "yizhan: %s\n", e.what());
    return 3;
  } catch (const ui::FontError& e) {
    std::fprintf(stderr, "yizhan: %s\n", e.what());
    return 4;
  } catch (const ui::DisplayError& e) {
    std::fprintf(stderr, "yizhan: %s\n", e.what());
    return 4;
  } catch (const std::exception& e) {
    std::fprintf(stderr, "yizhan: 意外错误 (unexpected error): %s\n", e.what());
    return 1;
  }
}
