#pragma once
// Staff register a resident's disability by their card: the card on the reader shows masked,
// never the name, and the register keeps only a keyed hash.
#include <optional>

#include "kiosk/residents/resident_priority.h"
#include "kiosk/session/flow.h"

namespace yizhan::kiosk {

namespace screens {
inline constexpr Screen PriorityRegister{"priority-register", Audience::Staff};
}  // namespace screens

namespace intent {
struct OpenPriorityRegister {};
struct SetDisability {
  bool disability;
};
}  // namespace intent

struct PriorityRegisterPart {
  // The card on the reader while staff register a disability: masked, never the name.
  struct RegisterCard {
    std::string maskedId;
    std::optional<int> age;
    bool disability = false;
  };
  std::optional<RegisterCard> registerCard;
};

class PriorityRegisterFlow : public Flow {
 public:
  PriorityRegisterFlow(FlowHost& host, ResidentPriority& residents)
      : host_(host), residents_(residents) {}
  std::span<const Screen> shows() const override { return kScreens; }
  bool handle(const Intent& intent) override;
  void forget() override;
  bool back() override;
  bool cardRead(const drivers::Identity& card) override;
  void addStaffEntries(std::vector<StaffEntry>& entries) override;

 private:
  static constexpr Screen kScreens[] = {screens::PriorityRegister};
  FlowHost& host_;
  ResidentPriority& residents_;
  std::optional<drivers::Identity> card_;  // only while the register screen shows
};

}  // namespace yizhan::kiosk
