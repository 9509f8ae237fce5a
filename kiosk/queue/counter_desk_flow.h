#pragma once
// Calling from the kiosk's staff menu: one counter at a time, the same actions as the counter
// console in the browser. Its staff-menu entries are the counters.
#include "kiosk/queue/queue_service.h"
#include "kiosk/session/flow.h"

namespace yizhan::kiosk {

class CounterDeskFlow : public Flow {
 public:
  CounterDeskFlow(FlowHost& host, QueueService& queue) : host_(host), queue_(queue) {}
  bool owns(Screen s) const override { return s == Screen::CounterDesk; }
  bool handle(const Intent& intent) override;
  void forget() override;
  bool back() override;
  void tick(TimePoint now) override;
  TimePoint deadline(TimePoint upTo) const override;
  void addStaffEntries(std::vector<StaffEntry>& entries) override;

 private:
  void open(int counter);
  void refresh();
  void apply(const std::optional<QueueProblem>& problem);

  FlowHost& host_;
  QueueService& queue_;
  int counter_ = 0;
  TimePoint nextRefresh_{};
};

}  // namespace yizhan::kiosk
