#pragma once
// Staff register a resident's disability by their card: the card on the reader shows masked,
// never the name, and the register keeps only a keyed hash.
#include <optional>

#include "kiosk/residents/resident_priority.h"
#include "kiosk/session/flow.h"

namespace yizhan::kiosk {

class PriorityRegisterFlow : public Flow {
 public:
  PriorityRegisterFlow(FlowHost& host, ResidentPriority& residents)
      : host_(host), residents_(residents) {}
  bool owns(Screen s) const override { return s == Screen::PriorityRegister; }
  bool handle(const Intent& intent) override;
  void forget() override;
  bool back() override;
  bool cardRead(const drivers::Identity& card) override;
  void addStaffEntries(std::vector<StaffEntry>& entries) override;

 private:
  FlowHost& host_;
  ResidentPriority& residents_;
  std::optional<drivers::Identity> card_;  // only while the register screen shows
};

}  // namespace yizhan::kiosk
