#pragma once
// Every driver reports its health in words staff can act on.
#include <string>

namespace yizhan::drivers {

enum class HealthState { Ok, Warning, Fault };

struct DeviceHealth {
  HealthState state = HealthState::Ok;
  std::string messageZh;  // shown to staff
  std::string messageEn;  // for logs and doctor output
};

}  // namespace yizhan::drivers
