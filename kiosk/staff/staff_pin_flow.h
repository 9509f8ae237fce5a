#pragma once
// Staff login at the kiosk: the PIN on a big keypad, checked on the worker (Argon2 takes a
// moment), the tries left, and the lockout's countdown. The PIN itself never leaves the flow.
#include <chrono>
#include <cstdint>
#include <optional>
#include <string>

#include "kiosk/session/flow.h"
#include "kiosk/staff/staff_auth.h"

namespace yizhan::kiosk {

namespace screens {
// Residents reach it too (the 工作人员 button), so it keeps their 返回 and 呼叫工作人员.
inline constexpr Screen StaffPin{"staff-pin", Audience::Resident};
}  // namespace screens

namespace intent {
struct OpenStaffLogin {};
}  // namespace intent

enum class PinState { Entering, Verifying, Wrong, Locked, NotSet };

struct StaffPinPart {
  int pinDigits = 0;  // the PIN itself never leaves the flow
  PinState pinState = PinState::Entering;
  int triesLeft = 0;
  std::chrono::seconds lockRemaining{0};
};

class StaffPinFlow : public Flow {
 public:
  StaffPinFlow(FlowHost& host, StaffAuth& auth) : host_(host), auth_(auth) {}
  std::span<const Screen> shows() const override { return kScreens; }
  bool handle(const Intent& intent) override;
  void forget() override;
  std::string prompt(const Screen& screen) const override;
  void tick(TimePoint now) override;
  TimePoint deadline(TimePoint upTo) const override;

 private:
  static constexpr Screen kScreens[] = {screens::StaffPin};
  void open();
  void type(char key);
  void erase();
  void confirm();
  void apply(const PinResult& result);

  FlowHost& host_;
  StaffAuth& auth_;
  std::string pin_;
  std::uint64_t attempt_ = 0;  // an answer for an older attempt must not log anyone in
  std::optional<TimePoint> lockedUntil_;
};

}  // namespace yizhan::kiosk
