#pragma once
// The day's figures for staff, printable (and recorded for the district when printed).
#include "kiosk/queue/daily_stats.h"
#include "kiosk/queue/queue_service.h"
#include "kiosk/session/flow.h"

namespace yizhan::kiosk {

namespace screens {
inline constexpr Screen QueueStats{"queue-stats", Audience::Staff};
}  // namespace screens

namespace intent {
struct OpenQueueStats {};
struct PrintDailySummary {};
}  // namespace intent

struct QueueStatsPart {
  std::optional<DailyStats> stats;
};

class QueueStatsFlow : public Flow {
 public:
  QueueStatsFlow(FlowHost& host, QueueService& queue) : host_(host), queue_(queue) {}
  std::span<const Screen> shows() const override { return kScreens; }
  bool handle(const Intent& intent) override;
  void forget() override;
  bool back() override;
  void addStaffEntries(std::vector<StaffEntry>& entries) override;

 private:
  static constexpr Screen kScreens[] = {screens::QueueStats};
  void print();
  FlowHost& host_;
  QueueService& queue_;
};

}  // namespace yizhan::kiosk
