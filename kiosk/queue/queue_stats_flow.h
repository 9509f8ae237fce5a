#pragma once
// The day's figures for staff, printable (and recorded for the district when printed).
#include "kiosk/queue/queue_service.h"
#include "kiosk/session/flow.h"

namespace yizhan::kiosk {

class QueueStatsFlow : public Flow {
 public:
  QueueStatsFlow(FlowHost& host, QueueService& queue) : host_(host), queue_(queue) {}
  bool owns(Screen s) const override { return s == Screen::QueueStats; }
  bool handle(const Intent& intent) override;
  void forget() override;
  bool back() override;
  void addStaffEntries(std::vector<StaffEntry>& entries) override;

 private:
  void print();
  FlowHost& host_;
  QueueService& queue_;
};

}  // namespace yizhan::kiosk
