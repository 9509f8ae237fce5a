#pragma once
// 预约签到: the booking's ID card, the slip's QR code or the mobile number → the booking's
// ticket, on the take-a-number flow's ticket screen. A slip scanned on the home screen checks
// in too (its code starts with YZA:).
#include "kiosk/appointments/appointment_service.h"
#include "kiosk/queue/take_number_flow.h"
#include "kiosk/residents/personal_key.h"
#include "kiosk/session/flow.h"

namespace yizhan::kiosk {

namespace screens {
inline constexpr Screen CheckIn{"check-in", Audience::Resident};  // 预约签到
}  // namespace screens

namespace tiles {
inline constexpr TileId CheckIn{"check-in", 30};
}  // namespace tiles

class CheckInFlow : public Flow {
 public:
  CheckInFlow(FlowHost& host, AppointmentService& appointments, const PersonalKey& key,
              TakeNumberFlow& tickets)
      : host_(host), appointments_(appointments), key_(key), tickets_(tickets) {}
  std::span<const Screen> shows() const override { return kScreens; }
  bool handle(const Intent& intent) override;
  void forget() override;
  void tick(TimePoint now) override;
  void addTiles(std::vector<HomeTile>& tiles) override;
  bool cardRead(const drivers::Identity& card) override;
  bool cardRefused(const CardRefusal& refusal) override;
  std::string prompt(const Screen& screen) const override;
  bool scanned(const std::string& code) override;
  void declareCodes(CodeRoutes& routes) override;

 private:
  static constexpr Screen kScreens[] = {screens::CheckIn};
  void open();
  void checkInAs(const CheckInOutcome& outcome);
  // Shown and said: an error in red, or (`calm`) what the resident should know.
  void tell(std::string words, bool calm);

  FlowHost& host_;
  AppointmentService& appointments_;
  const PersonalKey& key_;
  TakeNumberFlow& tickets_;
  TimePoint sweptMinute_{};
};

}  // namespace yizhan::kiosk
