#include "kiosk/station.h"

#include "data/migrations.h"
#include "kiosk/local_time.h"
#include "kiosk/version.h"

namespace yizhan::kiosk {

std::vector<DeviceView> deviceViews(const std::vector<DeviceStatus>& statuses, Lang lang) {
  std::vector<DeviceView> views;
  for (const DeviceStatus& d : statuses) {
    views.push_back({lang == Lang::Zh ? d.nameZh : d.nameEn, d.health.state,
                     lang == Lang::Zh ? d.health.messageZh : d.health.messageEn});
  }
  return views;
}

LockoutPolicy lockoutPolicyOf(const Config& config) {
  return {config.staff.maxFailures, std::chrono::seconds(config.staff.lockoutBaseSeconds),
          std::chrono::seconds(config.staff.lockoutMaxSeconds)};
}

Station::Station(const Config& config, const std::filesystem::path& dataDir, const Clock& clock,
                 drivers::SoundOutput& sound)
    : config_(config),
      clock_(clock),
      store_(data::Store::open(dataDir, formatStamp(clock.now()))),
      auth_(store_.db(), clock, lockoutPolicyOf(config)),
      calls_(store_.db(), clock),
      dataDir_(dataDir),
      sound_(sound),
      session_(SessionServices{auth_, calls_, worker_, sound, clock,
                               [this] { return deviceViews(devices().check(), lang()); }},
               SessionSettings{lang(), config.station.name, config.station.id, YIZHAN_VERSION,
                               data::latestSchemaVersion(),
                               std::chrono::seconds(config.ui.inactivitySeconds)}) {}

DeviceSet& Station::devices() {
  std::call_once(devicesOpened_,
                 [this] { devices_ = std::make_unique<DeviceSet>(config_, dataDir_, sound_); });
  return *devices_;
}

}  // namespace yizhan::kiosk
