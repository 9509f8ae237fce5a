#pragma once
// Staff confirm or correct volunteers' flagged shifts at the kiosk (志愿时长确认): a shift nobody
// signed out of, one longer than the maximum, one the clock ran back on. Confirming credits
// what the rules propose; correcting credits the minutes staff type, with one of the reasons
// offered (typed words are not for a touch screen). Both are audited with their event.
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "kiosk/session/flow.h"
#include "kiosk/volunteers/volunteer_services.h"

namespace yizhan::kiosk {

namespace screens {
inline constexpr Screen VolunteerReview{"volunteer-review", Audience::Staff};
inline constexpr Screen VolunteerReviewShift{"volunteer-review-shift", Audience::Staff};
}  // namespace screens

namespace intent {
struct OpenVolunteerReview {};
struct ChooseFlaggedShift {
  std::int64_t shift;
};
struct ConfirmFlaggedShift {};
struct CorrectFlaggedShift {
  int reason;  // index into kCorrectionReasons
};
}  // namespace intent

// The reasons staff give for a correction, in the order shown.
inline constexpr int kCorrectionReasons = 4;

struct FlaggedShiftView {
  std::int64_t id = 0;
  std::string title;  // 王*明 11-24 值班: who, when, what, as both screens head it
  std::string nameMasked;
  std::string day;  // MM-DD
  std::string activity;
  std::string times;  // 14:00–17:30
  ShiftFlag flag = ShiftFlag::None;
  int proposedMinutes = 0;
};

struct VolunteerReviewPart {
  std::vector<FlaggedShiftView> shifts;
  std::optional<FlaggedShiftView> chosen;
  std::string minutesTyped;  // a correction's minutes, on the keypad
};

// 未签退, 超过最长时长, 时钟回拨
std::string flagWords(ShiftFlag flag, Lang lang);
std::string correctionReason(int reason, Lang lang);
// The shifts waiting for staff, as the kiosk's review screens and the console list them.
std::vector<FlaggedShiftView> flaggedShiftViews(VolunteerShifts& shifts, VolunteerRoster& roster,
                                                Lang lang);

class VolunteerReviewFlow : public Flow {
 public:
  VolunteerReviewFlow(FlowHost& host, VolunteerServices& volunteers)
      : host_(host), volunteers_(volunteers) {}
  std::span<const Screen> shows() const override { return kScreens; }
  bool handle(const Intent& intent) override;
  void forget() override;
  bool back() override;
  void addStaffEntries(std::vector<StaffEntry>& entries) override;

 private:
  static constexpr Screen kScreens[] = {screens::VolunteerReview, screens::VolunteerReviewShift};
  void refresh();
  void answered(bool done);

  FlowHost& host_;
  VolunteerServices& volunteers_;
};

}  // namespace yizhan::kiosk
