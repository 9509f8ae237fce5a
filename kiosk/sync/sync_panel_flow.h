#pragma once
// The 数据上报 panel for staff: events the district returned, sent again or discarded with a
// reason, and reconnecting after a refusal. The status itself is read by the session (the
// staff menu's line and the home screen's mark need it too).
#include "kiosk/session/flow.h"
#include "kiosk/sync/sync_control.h"

namespace yizhan::kiosk {

class SyncPanelFlow : public Flow {
 public:
  SyncPanelFlow(FlowHost& host, SyncControl& sync) : host_(host), sync_(sync) {}
  bool owns(Screen s) const override { return s == Screen::Sync; }
  bool handle(const Intent& intent) override;
  void forget() override;
  bool back() override;
  void addStaffEntries(std::vector<StaffEntry>& entries) override;

 private:
  FlowHost& host_;
  SyncControl& sync_;
};

}  // namespace yizhan::kiosk
