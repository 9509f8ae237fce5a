#pragma once
// Every driver reports its health in words staff can act on.
#include <string>
#include <utility>

namespace yizhan::drivers {

enum class HealthState { Ok, Warning, Fault };

struct DeviceHealth {
  DeviceHealth() = default;
  DeviceHealth(HealthState s, std::string zh, std::string en, std::string residentZh_ = {},
               std::string residentEn_ = {})
      : state(s),
        messageZh(std::move(zh)),
        messageEn(std::move(en)),
        residentZh(std::move(residentZh_)),
        residentEn(std::move(residentEn_)) {}

  HealthState state = HealthState::Ok;
  std::string messageZh;  // shown to staff
  std::string messageEn;  // for logs and doctor output
  // What a resident is told when the device is down, plainly ("打印机缺纸"); empty: the
  // kiosk's generic words for the device.
  std::string residentZh;
  std::string residentEn;
};

}  // namespace yizhan::drivers
