#pragma once
// 呼叫工作人员: on the home screen and in every resident screen's footer. A chime, "staff are
// coming", and a call that stays in the staff menu until staff mark it handled.
#include "drivers/audio/sound_output.h"
#include "kiosk/session/flow.h"
#include "kiosk/staff/staff_calls.h"

namespace yizhan::kiosk {

namespace screens {
inline constexpr Screen CallStaff{"call-staff", Audience::Resident};
}  // namespace screens

namespace tiles {
inline constexpr TileId CallStaff{"call-staff", 90};
}  // namespace tiles

struct CallStaffPart {
  bool callWasAlreadyOpen = false;
};

class CallStaffFlow : public Flow {
 public:
  CallStaffFlow(FlowHost& host, StaffCallService& calls, drivers::SoundOutput& sound)
      : host_(host), calls_(calls), sound_(sound) {}
  std::span<const Screen> shows() const override { return kScreens; }
  bool handle(const Intent& intent) override;
  void forget() override;
  void addTiles(std::vector<HomeTile>& tiles) override;
  std::string prompt(const Screen& screen) const override;

 private:
  static constexpr Screen kScreens[] = {screens::CallStaff};
  FlowHost& host_;
  StaffCallService& calls_;
  drivers::SoundOutput& sound_;
};

}  // namespace yizhan::kiosk
