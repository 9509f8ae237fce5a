#pragma once
// On-behalf requests in the counter console: the staff's lists (by state, open by due day, by
// grid, by errand, due today, overdue, untaken), one request with its whole history, the
// resident's contact (full: staff call them back; each reading audited) and the volunteers
// who could do it (the errand's skill, those signed in first); and the staff's steps — assign,
// record the callback, reopen, put on hold and resume, extend, refer, cancel — each checked by
// the lifecycle's table against the request as it is at that moment. Appeals are requests
// too: the same lists, with their place, and the steps of passing them up (forward to a
// department at a level, escalate, a department's reply heard on the phone).
#include "kiosk/appeals/appeal_catalog.h"
#include "kiosk/console/console_module.h"
#include "kiosk/requests/request_desk.h"

namespace yizhan::kiosk {

class RequestConsoleModule : public ConsoleModule {
 public:
  // `appeals`: the station's appeal categories, where it takes appeals (they share the lists).
  explicit RequestConsoleModule(RequestDesk& desk, const AppealCatalog* appeals = nullptr)
      : desk_(desk), appeals_(appeals) {}
  void addRoutes(ConsoleCore& core) override;
  // Open, due today and overdue, and a version that moves with every transition.
  void addState(int counter, nlohmann::json& state) override;

 private:
  RequestDesk& desk_;
  const AppealCatalog* appeals_;
};

// The request as the console's lists show it (masked resident).
nlohmann::json requestListed(const RequestView& r, const std::vector<Grid>& grids);

}  // namespace yizhan::kiosk
