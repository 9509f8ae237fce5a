#pragma once
// The queue's part of the counter console: the counter's desk (current number, waiting, held,
// transfer targets) in the state, and the desk actions (call next, recall, no-show, finish,
// hold, resume, transfer, close).
#include "kiosk/console/console_module.h"
#include "kiosk/queue/queue_service.h"

namespace yizhan::kiosk {

class QueueConsoleModule : public ConsoleModule {
 public:
  explicit QueueConsoleModule(QueueService& queue) : queue_(queue) {}
  void addRoutes(ConsoleCore& core) override;
  void addState(int counter, nlohmann::json& state) override;
  void counterOpened(int counter) override;

 private:
  QueueService& queue_;
};

}  // namespace yizhan::kiosk
