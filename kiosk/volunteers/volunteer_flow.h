#pragma once
// 志愿者签到签退 at the kiosk. A volunteer identifies by their QR card (YZV:), their ID card, or
// their phone and 4-digit PIN; then, if not on duty, picks what they are doing (one tap) and is
// signed in with a large, spoken confirmation; if on duty, they see their shift and sign out
// with one tap, told the shift's hours and today's total. A volunteer card scanned on the home
// screen signs in or out at once; the same card again within seconds shows the same answer.
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "kiosk/residents/personal_key.h"
#include "kiosk/session/flow.h"
#include "kiosk/volunteers/volunteer_services.h"

namespace yizhan::kiosk {

namespace screens {
// Volunteers are often elderly themselves: every screen here is held to the residents' rules.
inline constexpr Screen VolunteerSignIn{"volunteer-sign-in", Audience::Resident};
inline constexpr Screen VolunteerPhone{"volunteer-phone", Audience::Resident};
inline constexpr Screen VolunteerPin{"volunteer-pin", Audience::Resident};
inline constexpr Screen VolunteerActivity{"volunteer-activity", Audience::Resident};
// Their shift: just signed in (done: home soon), or on duty and come back to sign out.
inline constexpr Screen VolunteerOnDuty{"volunteer-on-duty", Audience::Resident, true};
inline constexpr Screen VolunteerSignedOut{"volunteer-signed-out", Audience::Resident, true};
}  // namespace screens

namespace tiles {
inline constexpr TileId Volunteers{"volunteers", 60};
}  // namespace tiles

namespace intent {
struct VolunteerUsePhone {};
struct PickActivity {
  std::string activity;  // one of kVolunteerActivities
};
struct VolunteerSignOut {};
struct VolunteerDone {};       // 好的 on a confirmation
struct PrintServiceRecord {};  // this month's record, on the volunteer's own screens
}  // namespace intent

struct VolunteerPart {
  std::string nameMasked;          // 王*明: the kiosk is seen by everyone in the hall
  std::optional<ShiftView> shift;  // on duty, or the shift just ended
  bool justSignedIn = false;       // the on-duty screen as the sign-in's confirmation
  bool repeated = false;           // the same card again within seconds
  bool forgottenEarlier = false;   // signing in closed an earlier shift nobody signed out of
  std::int64_t todayMinutes = 0;   // credited today, after a sign-out
  int minimumMinutes = 0;          // the rules' shortest credited shift (for "too short")
  bool tooShort = false;
  std::optional<MonthStanding> month;     // this month's hours, points and rank so far
  std::optional<PrintState> recordPrint;  // the service record asked for, as it prints
  std::string recordProblem;
  int pinDigits = 0;  // how many typed: the PIN itself never leaves the flow
  bool pinChecking = false;
  // The entry points other features give a signed-in volunteer (the on-behalf requests they
  // can take and those they hold, issue 16): Flow::addVolunteerEntries.
  std::vector<StaffEntry> entries;
};

// 值班, 红色代办, …: an activity id in the kiosk's language.
std::string activityWords(std::string_view activity, Lang lang);
// 2小时37分钟, 45分钟
std::string serviceTimeWords(std::int64_t minutes, Lang lang);
// 本月服务 12小时30分钟; 本月积分 12.5 · 第3名
std::string monthHoursWords(const MonthStanding& month, Lang lang);
std::string monthPointsWords(const MonthStanding& month, Lang lang);

class VolunteerFlow : public Flow {
 public:
  VolunteerFlow(FlowHost& host, VolunteerServices& volunteers, const PersonalKey& key)
      : host_(host), volunteers_(volunteers), key_(key) {}
  std::span<const Screen> shows() const override { return kScreens; }
  bool handle(const Intent& intent) override;
  void forget() override;
  bool back() override;
  std::string prompt(const Screen& screen) const override;
  void tick(TimePoint now) override;
  void addTiles(std::vector<HomeTile>& tiles) override;
  bool cardRead(const drivers::Identity& card) override;
  bool cardRefused(const CardRefusal& refusal) override;
  bool scanned(const std::string& code) override;
  void declareCodes(CodeRoutes& routes) override;

 private:
  static constexpr Screen kScreens[] = {screens::VolunteerSignIn, screens::VolunteerPhone,
                                        screens::VolunteerPin,    screens::VolunteerActivity,
                                        screens::VolunteerOnDuty, screens::VolunteerSignedOut};
  enum class Via { Tile, HomeScan };
  void open();
  void takeCard(const std::string& code, Via via);
  // Who it is, found: on to their shift, the activities, or (a home scan) straight out.
  void identified(const VolunteerView& volunteer, Via via);
  void signIn(const std::string& activity);
  void signOut();
  void show(const SignOutcome& outcome);
  void phoneConfirmed(const PersonRef& phone);
  void pinKey(const Intent& intent);
  void checkPin();
  // Shown on the sign-in step the volunteer is on (going there from home), and said.
  void refuse(std::string words);
  void storeFailed(const data::StoreError& e);
  void printRecord();
  std::optional<MonthStanding> monthOf(std::int64_t volunteerId);

  FlowHost& host_;
  VolunteerServices& volunteers_;
  const PersonalKey& key_;
  std::optional<std::int64_t> volunteerId_;  // who is identified, until the kiosk goes home
  std::optional<PersonRef> phone_;           // the phone typed, for the PIN that follows
  std::string pin_;
  std::uint64_t attempt_ = 0;  // an answer for an older PIN attempt is not used
  TimePoint sweptMinute_{};
};

}  // namespace yizhan::kiosk
