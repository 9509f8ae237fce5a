#include "kiosk/volunteers/volunteer_review_flow.h"

#include <cstdio>

#include "kiosk/base/local_time.h"
#include "kiosk/volunteers/volunteer_flow.h"
#include "kiosk/volunteers/volunteer_strings.h"

namespace yizhan::kiosk {

namespace {
constexpr size_t kMostMinutesDigits = 4;  // up to 1440, a whole day
constexpr VolStr kReasons[kCorrectionReasons] = {VolStr::ReasonForgotten, VolStr::ReasonLeftEarly,
                                                 VolStr::ReasonWrongTime, VolStr::ReasonOther};
}  // namespace

std::string flagWords(ShiftFlag flag, Lang lang) {
  switch (flag) {
    case ShiftFlag::Forgotten:
      return std::string(text(VolStr::FlagForgotten, lang));
    case ShiftFlag::Capped:
      return std::string(text(VolStr::FlagCapped, lang));
    case ShiftFlag::ClockBack:
      return std::string(text(VolStr::FlagClockBack, lang));
    case ShiftFlag::None:
      break;
  }
  return {};
}

std::string correctionReason(int reason, Lang lang) {
  if (reason < 0 || reason >= kCorrectionReasons) return {};
  return std::string(text(kReasons[reason], lang));
}

bool VolunteerReviewFlow::handle(const Intent& intent) {
  Snapshot& snap = host_.snap();
  VolunteerReviewPart& part = snap.part<VolunteerReviewPart>();
  if (intent.as<intent::OpenVolunteerReview>()) {
    if (snap.screen != screens::StaffMenu) return true;
    refresh();
    host_.go(screens::VolunteerReview);
    return true;
  }
  if (!owns(snap.screen)) return false;
  if (snap.screen == screens::VolunteerReviewShift) {
    if (const auto* key = intent.as<intent::KeypadKey>()) {
      if (key->key >= '0' && key->key <= '9' && part.minutesTyped.size() < kMostMinutesDigits) {
        part.minutesTyped += key->key;
        host_.changed();
      }
      return true;
    }
    if (intent.as<intent::KeypadDelete>()) {
      if (!part.minutesTyped.empty()) part.minutesTyped.pop_back();
      host_.changed();
      return true;
    }
    if (intent.as<intent::KeypadConfirm>()) return true;  // a reason button applies it
  }
  return on<intent::ChooseFlaggedShift>(intent,
                                        [&](const auto& choose) {
                                          for (const auto& s : part.shifts) {
                                            if (s.id != choose.shift) continue;
                                            part.chosen = s;
                                            part.minutesTyped.clear();
                                            snap.error.reset();
                                            host_.go(screens::VolunteerReviewShift);
                                          }
                                        }) ||
         on<intent::ConfirmFlaggedShift>(
             intent,
             [&](const auto&) {
               if (!part.chosen) return;
               answered(volunteers_.shifts.confirm(part.chosen->id, "kiosk-staff"));
             }) ||
         on<intent::CorrectFlaggedShift>(intent, [&](const auto& correct) {
           if (!part.chosen || part.minutesTyped.empty()) return;
           int minutes = std::stoi(part.minutesTyped);
           if (minutes > 24 * 60) {
             snap.error = std::string(text(VolStr::ReviewMinutesTooMany, snap.lang));
             host_.changed();
             return;
           }
           answered(volunteers_.shifts.correct(part.chosen->id, minutes,
                                               correctionReason(correct.reason, Lang::Zh),
                                               "kiosk-staff"));
         });
}

void VolunteerReviewFlow::answered(bool done) {
  Snapshot& snap = host_.snap();
  refresh();
  // Answered, or answered meanwhile in the console: either way the list without it.
  snap.notice = std::string(text(done ? VolStr::ReviewSaved : VolStr::ReviewGone, snap.lang));
  host_.go(screens::VolunteerReview);
}

void VolunteerReviewFlow::refresh() {
  VolunteerReviewPart& part = host_.snap().part<VolunteerReviewPart>();
  part.shifts.clear();
  part.chosen.reset();
  part.minutesTyped.clear();
  part.shifts = flaggedShiftViews(volunteers_.shifts, volunteers_.roster, host_.snap().lang);
  host_.changed();
}

std::vector<FlaggedShiftView> flaggedShiftViews(VolunteerShifts& shifts, VolunteerRoster& roster,
                                                Lang lang) {
  std::vector<FlaggedShiftView> out;
  for (const ShiftView& s : shifts.awaitingReview()) {
    FlaggedShiftView v;
    v.id = s.id;
    if (auto who = roster.find(s.volunteerId)) v.nameMasked = who->nameMasked;
    v.day = s.day.size() >= 10 ? s.day.substr(5) : s.day;
    v.activity = activityWords(s.activity, lang);
    v.times = formatClock(fromEpochSeconds(s.startEpoch)) + "–" +
              (s.endEpoch ? formatClock(fromEpochSeconds(*s.endEpoch)) : std::string("?"));
    v.flag = s.flag;
    v.proposedMinutes = s.proposedMinutes;
    v.title = v.nameMasked + " " + v.day + " " + v.activity;
    out.push_back(v);
  }
  return out;
}

void VolunteerReviewFlow::forget() {
  host_.snap().part<VolunteerReviewPart>() = VolunteerReviewPart{};
}

bool VolunteerReviewFlow::back() {
  Snapshot& snap = host_.snap();
  if (snap.screen == screens::VolunteerReviewShift) {
    refresh();
    host_.go(screens::VolunteerReview);
    return true;
  }
  forget();
  host_.toStaffMenu();
  return true;
}

void VolunteerReviewFlow::addStaffEntries(std::vector<StaffEntry>& entries) {
  std::size_t waiting = 0;
  try {
    waiting = volunteers_.shifts.awaitingReview().size();
  } catch (const data::StoreError& e) {
    std::fprintf(stderr, "yizhan: store error listing flagged shifts: %s\n", e.what());
  }
  // Only while something waits: the menu's row of entries is short on a small screen.
  if (waiting == 0) return;
  entries.push_back({format(VolStr::ReviewEntryCount, host_.snap().lang, {std::to_string(waiting)}),
                     intent::OpenVolunteerReview{}});
}

}  // namespace yizhan::kiosk
