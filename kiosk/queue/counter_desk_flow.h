#pragma once
// Calling from the kiosk's staff menu: one counter at a time, the same actions as the counter
// console in the browser. Its staff-menu entries are the counters.
#include <cstdint>
#include <optional>
#include <string>

#include "kiosk/queue/counter_desk_view.h"
#include "kiosk/queue/queue_service.h"
#include "kiosk/session/flow.h"

namespace yizhan::kiosk {

namespace screens {
inline constexpr Screen CounterDesk{"counter-desk", Audience::Staff};
}  // namespace screens

namespace intent {
struct OpenCounterDesk {
  int counter;
};
struct Desk {
  DeskAction action;
};
struct ResumeHeld {
  std::int64_t ticketId;
};
struct TransferTo {
  std::string serviceId;
};
}  // namespace intent

struct CounterDeskPart {
  std::optional<CounterDeskView> desk;
};

class CounterDeskFlow : public Flow {
 public:
  CounterDeskFlow(FlowHost& host, QueueService& queue) : host_(host), queue_(queue) {}
  std::span<const Screen> shows() const override { return kScreens; }
  bool handle(const Intent& intent) override;
  void forget() override;
  bool back() override;
  void tick(TimePoint now) override;
  TimePoint deadline(TimePoint upTo) const override;
  void addStaffEntries(std::vector<StaffEntry>& entries) override;

 private:
  static constexpr Screen kScreens[] = {screens::CounterDesk};
  void open(int counter);
  void refresh();
  void apply(const std::optional<QueueProblem>& problem);

  FlowHost& host_;
  QueueService& queue_;
  int counter_ = 0;
  TimePoint nextRefresh_{};
};

}  // namespace yizhan::kiosk
