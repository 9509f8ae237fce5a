#pragma once
// The residents' roster in the counter console, for the on-behalf requests: staff find a
// resident by building → unit → name (names in full: staff pick the person in front of
// them; each listing audited), list a new one or complete one known only from their card
// (phone, address, living alone), and file a request for them — heard at the door or on the
// phone — with the same errands and choices as the kiosk. What staff read in full is audited;
// what they write goes through the registry's checks, with its problem in Chinese.
#include "kiosk/console/console_module.h"
#include "kiosk/requests/request_desk.h"

namespace yizhan::kiosk {

class ResidentConsoleModule : public ConsoleModule {
 public:
  explicit ResidentConsoleModule(RequestDesk& desk) : desk_(desk) {}
  void addRoutes(ConsoleCore& core) override;
  void addState(int, nlohmann::json&) override {}

 private:
  RequestDesk& desk_;
};

}  // namespace yizhan::kiosk
