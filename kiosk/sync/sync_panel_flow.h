#pragma once
// The 数据上报 panel for staff: events the district returned, sent again or discarded with a
// reason, and reconnecting after a refusal. The status itself is read by the session (the
// staff menu's line and the home screen's mark need it too).
#include <cstdint>
#include <string>

#include "kiosk/session/flow.h"
#include "kiosk/sync/sync_control.h"

namespace yizhan::kiosk {

namespace screens {
inline constexpr Screen Sync{"sync", Audience::Staff};  // the district sync panel
}  // namespace screens

namespace intent {
struct OpenSync {};
struct RetryHeldEvent {
  std::int64_t seq;
};
struct AskDiscardHeldEvent {  // shows the reasons to choose from
  std::int64_t seq;
};
enum class DiscardReason { TestRecord, Duplicate, HandledByDistrict };
struct DiscardHeldEvent {
  std::int64_t seq;
  DiscardReason reason;
};
struct ReconnectDistrict {};
}  // namespace intent

class SyncPanelFlow : public Flow {
 public:
  SyncPanelFlow(FlowHost& host, SyncControl& sync) : host_(host), sync_(sync) {}
  std::span<const Screen> shows() const override { return kScreens; }
  bool handle(const Intent& intent) override;
  void forget() override;
  bool back() override;
  void tick(TimePoint now) override;
  TimePoint deadline(TimePoint upTo) const override;
  void addStaffEntries(std::vector<StaffEntry>& entries) override;

 private:
  static constexpr Screen kScreens[] = {screens::Sync};
  // The events the district returned, read afresh while the panel shows.
  void loadHeld();
  FlowHost& host_;
  SyncControl& sync_;
  TimePoint nextHeldRefresh_{};
};

}  // namespace yizhan::kiosk
