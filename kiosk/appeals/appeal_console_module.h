#pragma once
// Appeals in the counter console: staff enter an appeal heard at the door or on the phone (a
// resident on the roster, or one who leaves no name), and deal with the departments' replies
// that could not be applied (an unknown or closed appeal, a department it was never sent to).
// Once entered, an appeal is a request like any other: the requests page lists it and takes
// its steps (forward, escalate, a reply heard on the phone, the callback).
#include "kiosk/appeals/appeal_desk.h"
#include "kiosk/appeals/department_replies.h"
#include "kiosk/console/console_module.h"

namespace yizhan::kiosk {

class AppealConsoleModule : public ConsoleModule {
 public:
  AppealConsoleModule(AppealDesk& appeals, DepartmentReplies& replies)
      : appeals_(appeals), replies_(replies) {}
  void addRoutes(ConsoleCore& core) override;
  // How many replies wait for staff.
  void addState(int counter, nlohmann::json& state) override;

 private:
  AppealDesk& appeals_;
  DepartmentReplies& replies_;
};

}  // namespace yizhan::kiosk
