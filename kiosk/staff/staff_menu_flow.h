#pragma once
// The staff menu: residents' open calls to mark handled, and 退出登录. What else it shows
// comes from the other flows (their entries, the failed prints, the devices, the sync line).
#include <cstdint>
#include <string>

#include "kiosk/session/flow.h"
#include "kiosk/staff/staff_calls.h"

namespace yizhan::kiosk {

namespace intent {
struct HandleStaffCall {
  std::int64_t id;
};
struct Logout {};
}  // namespace intent

struct StaffMenuPart {
  std::vector<StaffCallView> openCalls;
};

class StaffMenuFlow : public Flow {
 public:
  StaffMenuFlow(FlowHost& host, StaffCallService& calls) : host_(host), calls_(calls) {}
  std::span<const Screen> shows() const override { return kScreens; }
  bool handle(const Intent& intent) override;
  void forget() override;
  void staffMenuShown() override;

 private:
  static constexpr Screen kScreens[] = {screens::StaffMenu};
  FlowHost& host_;
  StaffCallService& calls_;
};

}  // namespace yizhan::kiosk
