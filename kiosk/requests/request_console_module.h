#pragma once
// On-behalf requests in the counter console: the staff's lists (by state, open by due day, by
// grid, by errand, due today, overdue, untaken), one request with its whole history, the
// resident's contact (full: staff call them back; each reading audited) and the volunteers
// who could do it (the errand's skill, those signed in first); and the staff's steps — assign,
// record the callback, reopen, put on hold and resume, extend, refer, cancel — each checked by
// the lifecycle's table against the request as it is at that moment.
#include "kiosk/console/console_module.h"
#include "kiosk/requests/request_desk.h"

namespace yizhan::kiosk {

class RequestConsoleModule : public ConsoleModule {
 public:
  explicit RequestConsoleModule(RequestDesk& desk) : desk_(desk) {}
  void addRoutes(ConsoleCore& core) override;
  // Open, due today and overdue, and a version that moves with every transition.
  void addState(int counter, nlohmann::json& state) override;

 private:
  RequestDesk& desk_;
};

// The request as the console's lists show it (masked resident).
nlohmann::json requestListed(const RequestView& r, const std::vector<Grid>& grids);

}  // namespace yizhan::kiosk
