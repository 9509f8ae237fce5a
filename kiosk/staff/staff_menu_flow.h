#pragma once
// The staff menu: residents' open calls to mark handled, and 退出登录. What else it shows
// comes from the other flows (their entries, the failed prints, the devices, the sync line).
#include "kiosk/session/flow.h"
#include "kiosk/staff/staff_calls.h"

namespace yizhan::kiosk {

class StaffMenuFlow : public Flow {
 public:
  StaffMenuFlow(FlowHost& host, StaffCallService& calls) : host_(host), calls_(calls) {}
  bool owns(Screen s) const override { return s == Screen::StaffMenu; }
  bool handle(const Intent& intent) override;
  void forget() override;
  void staffMenuShown() override;

 private:
  FlowHost& host_;
  StaffCallService& calls_;
};

}  // namespace yizhan::kiosk
