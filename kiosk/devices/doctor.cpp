#include "kiosk/devices/doctor.h"

#include <cstdio>

#include "drivers/printer/escpos_builder.h"
#include "kiosk/base/clock.h"
#include "kiosk/base/local_time.h"
#include "kiosk/devices/device_set.h"

namespace yizhan::kiosk {

using namespace drivers;

namespace {
const char* stateWords(HealthState s) {
  switch (s) {
    case HealthState::Ok:
      return "正常 (ok)";
    case HealthState::Warning:
      return "注意 (warning)";
    case HealthState::Fault:
      return "故障 (fault)";
  }
  return "";
}

std::vector<std::uint8_t> testTicket(const Config& config, const PrinterProfile& profile,
                                     const TextRaster& raster) {
  EscPosBuilder b(profile, raster);
  b.align(Align::Center).bold(true).size(2, 2).line("设备自检");
  b.size(1, 1).bold(false).line(config.station.name);
  LocalDateTime now = toLocal(SystemClock().now());
  char when[32];
  std::snprintf(when, sizeof when, "%04d-%02d-%02d %02d:%02d", now.year, now.month, now.day,
                now.hour, now.minute);
  b.line(when);
  b.line("打印正常即可撕下 · printer OK");
  b.qr("yizhan-doctor:" + config.station.id, 5);
  b.feed(1).cut();
  return b.bytes();
}
}  // namespace

int runDoctor(const Config& config, const std::filesystem::path& dataDir, SoundOutput& sound,
              std::ostream& out) {
  DeviceSet devices(config, dataDir, sound);
  bool faulty = false;
  out << "设备检查 (device check)\n";
  for (const DeviceStatus& d : devices.check()) {
    faulty |= d.health.state == HealthState::Fault;
    out << "  " << d.nameZh << " (" << d.nameEn << ") " << stateWords(d.health.state) << "  ["
        << (d.simulated ? "模拟 simulated " : "") << d.address << "]\n";
    if (!d.health.messageZh.empty()) {
      out << "      " << d.health.messageZh << "\n      " << d.health.messageEn << "\n";
    }
  }

  if (ThermalPrinter* printer = devices.printer(); printer && devices.textRaster()) {
    PrintResult r = printer->print(testTicket(config, printer->profile(), *devices.textRaster()));
    out << (r.printed ? "测试小票已打印 (test ticket printed)\n"
                      : "测试小票未能打印 (test ticket not printed): " + r.health.messageZh + "\n");
    faulty |= !r.printed;
    if (auto* sim = devices.printerSimulator(); sim && r.printed) {
      sim->waitForTickets(1, std::chrono::seconds(5));
      for (const auto& png : sim->pngFiles()) out << "  " << png.string() << "\n";
    }
  }
  if (Announcer* announcer = devices.announcer()) {
    announcer->say("设备 自检，语音 正常");
    announcer->waitUntilQuiet(std::chrono::seconds(10));
    out << "已播报测试语音 (test phrase spoken)\n";
  }
  out << (faulty ? "有设备故障，请按上面的提示处理 (a device is faulty: see above)\n"
                 : "全部设备正常 (all devices OK)\n");
  return faulty ? kExitDeviceFault : 0;
}

}  // namespace yizhan::kiosk
