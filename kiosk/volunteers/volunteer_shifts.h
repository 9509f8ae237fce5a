#pragma once
// Volunteers' duties at the station (双报到): sign in with an activity, sign out, and the kiosk
// closing what nobody signed out of (at closing time, at the cap, at the next start-up, or when
// the volunteer signs in again), flagged for staff to confirm or correct with a reason. Each
// change is one transaction with its outbox event; the hours follow shift_credit's rules.
#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "data/database.h"
#include "data/volunteer_shift_repository.h"
#include "kiosk/base/clock.h"
#include "kiosk/base/live.h"
#include "kiosk/calendar/work_calendar.h"
#include "kiosk/queue/service_catalog.h"
#include "kiosk/volunteers/service_record.h"
#include "kiosk/volunteers/shift_credit.h"
#include "kiosk/volunteers/volunteer_points.h"

namespace yizhan::kiosk {

// The activities a volunteer picks at sign-in, in the order shown; the ids are the store's and
// the contract's (值班, 红色代办, 助老服务, 政策宣讲, 环境整治, 文明劝导, 其他).
inline constexpr std::array<std::string_view, 7> kVolunteerActivities = {
    "duty", "on_behalf", "elderly_care", "policy_talk", "environment", "civility", "other"};
bool isVolunteerActivity(std::string_view id);

struct ShiftView {
  std::int64_t id = 0;
  std::string uuid;
  std::int64_t volunteerId = 0;
  std::string activity;
  std::string day;
  std::int64_t startEpoch = 0;
  std::optional<std::int64_t> endEpoch;
  int creditedMinutes = 0;
  int proposedMinutes = 0;
  ShiftFlag flag = ShiftFlag::None;
  std::string status;  // open, closed, review, confirmed, corrected
};

enum class SignKind { SignedIn, SignedOut };

struct SignOutcome {
  SignKind kind = SignKind::SignedIn;
  ShiftView shift;
  // Signing in again without signing out: the earlier shift, closed as forgotten.
  std::optional<ShiftView> forgotten;
  std::int64_t todayMinutes = 0;  // credited today, this shift included
  // The same card again within seconds: what was just done, shown again; nothing new written.
  bool repeated = false;
};

class VolunteerShifts {
 public:
  // A second scan this soon after a sign-in or sign-out is the same action, not its opposite.
  static constexpr std::int64_t kRepeatSeconds = 15;

  // `points`: where final hours earn points and count for the month (null: they do not).
  VolunteerShifts(data::Database& db, const ShiftRules& rules, const Live<ServiceCatalog>& catalog,
                  const Live<WorkCalendar>& calendar, std::string stationId, const Clock& clock,
                  VolunteerPoints* points = nullptr)
      : db_(db),
        rules_(rules),
        catalog_(catalog),
        calendar_(calendar),
        stationId_(std::move(stationId)),
        clock_(clock),
        points_(points) {}

  const ShiftRules& rules() const { return rules_; }
  std::optional<ShiftView> openShift(std::int64_t volunteerId);
  // The volunteer's sign-in or sign-out of the last kRepeatSeconds, if any.
  std::optional<SignOutcome> recentAction(std::int64_t volunteerId);
  // Throws std::invalid_argument for an activity not in kVolunteerActivities.
  SignOutcome signIn(std::int64_t volunteerId, std::string_view activity);
  // nullopt: the volunteer has no open shift.
  std::optional<SignOutcome> signOut(std::int64_t volunteerId);
  // Closes every open shift whose forgotten end (closing time or the cap) has passed; returns
  // how many. Run at start-up and every minute.
  int closeForgotten();

  std::int64_t creditedMinutesOn(std::int64_t volunteerId, const std::string& day);
  // The station's closing time on `day`: the latest end of its services' hours, on a working
  // day; nullopt on a day it does not open.
  std::optional<std::int64_t> closingEpoch(const std::string& day) const;

  // The volunteer's service record for [fromDay, toDay], numbered and audited as issued.
  ServiceRecord issueRecord(std::int64_t volunteerId, const std::string& fromDay,
                            const std::string& toDay, const std::string& stationName);

  std::vector<ShiftView> awaitingReview();
  // Staff accept what the rules propose for a flagged shift; false when it is not flagged (any
  // more). Audited.
  bool confirm(std::int64_t shiftId, const std::string& actor);
  // Staff credit `minutes` instead, with their reason (required). Audited.
  bool correct(std::int64_t shiftId, int minutes, const std::string& reason,
               const std::string& actor);

 private:
  // Closes `shift` at `end`, ended by `how`, with its event; inside the caller's transaction.
  ShiftView closeShift(const data::ShiftRecord& shift, std::int64_t end, ShiftEnd how);
  bool review(std::int64_t shiftId, std::optional<int> minutes,
              const std::optional<std::string>& reason, const std::string& actor);

  data::Database& db_;
  const ShiftRules& rules_;
  const Live<ServiceCatalog>& catalog_;
  const Live<WorkCalendar>& calendar_;
  std::string stationId_;
  const Clock& clock_;
  VolunteerPoints* points_;
};

ShiftView shiftViewOf(const data::ShiftRecord& record);
const char* flagId(ShiftFlag flag);

}  // namespace yizhan::kiosk
