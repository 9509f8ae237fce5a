#include "kiosk/volunteers/volunteer_flow.h"

#include <cstdio>

#include "kiosk/base/local_time.h"
#include "kiosk/residents/phone_keypad.h"
#include "kiosk/session/session.h"
#include "kiosk/staff/pin_hasher.h"
#include "kiosk/volunteers/volunteer_card.h"
#include "kiosk/volunteers/volunteer_strings.h"

namespace yizhan::kiosk {

namespace {
constexpr size_t kPinDigits = 4;

std::string clockText(std::int64_t epoch) {
  return formatClock(fromEpochSeconds(epoch));
}

VolStr cardProblemText(VolunteerCardProblem problem) {
  switch (problem) {
    case VolunteerCardProblem::NotAVolunteerCard:
      return VolStr::ProblemNotVolunteerCard;
    case VolunteerCardProblem::Malformed:
      return VolStr::ProblemMalformedCard;
    case VolunteerCardProblem::OtherStation:
      return VolStr::ProblemOtherStation;
    case VolunteerCardProblem::BadTag:
      return VolStr::ProblemBadTag;
    case VolunteerCardProblem::None:
      break;
  }
  return VolStr::ProblemMalformedCard;
}
}  // namespace

std::string activityWords(std::string_view activity, Lang lang) {
  static constexpr std::pair<std::string_view, VolStr> kWords[] = {
      {"duty", VolStr::ActivityDuty},
      {"on_behalf", VolStr::ActivityOnBehalf},
      {"elderly_care", VolStr::ActivityElderlyCare},
      {"policy_talk", VolStr::ActivityPolicyTalk},
      {"environment", VolStr::ActivityEnvironment},
      {"civility", VolStr::ActivityCivility},
      {"other", VolStr::ActivityOther},
  };
  static_assert(std::size(kWords) == kVolunteerActivities.size());
  for (const auto& [id, words] : kWords) {
    if (id == activity) return std::string(text(words, lang));
  }
  return std::string(activity);
}

std::string serviceTimeWords(std::int64_t minutes, Lang lang) {
  std::int64_t hours = minutes / 60, rest = minutes % 60;
  if (hours == 0) return format(VolStr::Minutes, lang, {std::to_string(rest)});
  if (rest == 0) return format(VolStr::Hours, lang, {std::to_string(hours)});
  return format(VolStr::HoursMinutes, lang, {std::to_string(hours), std::to_string(rest)});
}

std::string monthHoursWords(const MonthStanding& m, Lang lang) {
  return format(VolStr::MonthHours, lang, {serviceTimeWords(m.minutes, lang)});
}

std::string monthPointsWords(const MonthStanding& m, Lang lang) {
  std::string points = pointsText(static_cast<int>(m.tenths));
  if (m.rank == 0) return format(VolStr::MonthPointsUnranked, lang, {points});
  return format(VolStr::MonthPoints, lang, {points, std::to_string(m.rank)});
}

std::optional<MonthStanding> VolunteerFlow::monthOf(std::int64_t volunteerId) {
  return volunteers_.points.standing(volunteerId, formatDay(host_.now()).substr(0, 7));
}

bool VolunteerFlow::handle(const Intent& intent) {
  Snapshot& snap = host_.snap();
  if (opensTile(intent, tiles::Volunteers)) {
    if (snap.screen == screens::Home) open();
    return true;
  }
  if (!owns(snap.screen)) return false;
  if (snap.screen == screens::VolunteerPhone &&
      takePhoneKey(intent, host_, key_, [this](const PersonRef& p) { phoneConfirmed(p); })) {
    return true;
  }
  if (snap.screen == screens::VolunteerPin &&
      (intent.as<intent::KeypadKey>() || intent.as<intent::KeypadDelete>() ||
       intent.as<intent::KeypadConfirm>())) {
    pinKey(intent);
    return true;
  }
  return on<intent::VolunteerUsePhone>(intent,
                                       [&](const auto&) {
                                         if (snap.screen != screens::VolunteerSignIn) return;
                                         snap.part<PhoneKeypadPart>().phoneDigits.clear();
                                         snap.error.reset();
                                         host_.go(screens::VolunteerPhone);
                                       }) ||
         on<intent::PickActivity>(intent,
                                  [&](const auto& pick) {
                                    if (snap.screen == screens::VolunteerActivity)
                                      signIn(pick.activity);
                                  }) ||
         on<intent::VolunteerSignOut>(intent,
                                      [&](const auto&) {
                                        if (snap.screen == screens::VolunteerOnDuty) signOut();
                                      }) ||
         on<intent::PrintServiceRecord>(intent,
                                        [&](const auto&) {
                                          if (snap.screen == screens::VolunteerOnDuty ||
                                              snap.screen == screens::VolunteerSignedOut)
                                            printRecord();
                                        }) ||
         on<intent::VolunteerDone>(intent, [&](const auto&) { host_.goHome(); });
}

void VolunteerFlow::open() {
  forget();
  host_.go(screens::VolunteerSignIn);
}

bool VolunteerFlow::back() {
  Snapshot& snap = host_.snap();
  snap.error.reset();
  if (snap.screen == screens::VolunteerPin) {
    pin_.clear();
    ++attempt_;
    snap.part<VolunteerPart>().pinDigits = 0;
    snap.part<VolunteerPart>().pinChecking = false;
    host_.go(screens::VolunteerPhone);
    return true;
  }
  if (snap.screen == screens::VolunteerPhone || snap.screen == screens::VolunteerActivity) {
    volunteerId_.reset();
    host_.go(screens::VolunteerSignIn);
    return true;
  }
  return false;
}

std::string VolunteerFlow::prompt(const Screen& screen) const {
  const Snapshot& snap = host_.snap();
  Lang lang = snap.lang;
  const VolunteerPart& v = snap.part<VolunteerPart>();
  if (screen == screens::VolunteerSignIn) return std::string(text(VolStr::SignInSpoken, lang));
  if (screen == screens::VolunteerPhone) return std::string(text(VolStr::PhoneSpoken, lang));
  if (screen == screens::VolunteerPin) return std::string(text(VolStr::PinSpoken, lang));
  if (screen == screens::VolunteerActivity) return std::string(text(VolStr::ActivitySpoken, lang));
  if (!v.shift) return {};
  if (screen == screens::VolunteerOnDuty) {
    std::string since = clockText(v.shift->startEpoch);
    if (!v.justSignedIn) return format(VolStr::OnDutySpoken, lang, {since});
    return format(VolStr::SignedInSpoken, lang, {activityWords(v.shift->activity, lang), since});
  }
  if (screen == screens::VolunteerSignedOut) {
    if (v.shift->status == "review") return std::string(text(VolStr::SignedOutSpokenReview, lang));
    return format(
        VolStr::SignedOutSpoken, lang,
        {serviceTimeWords(v.shift->creditedMinutes, lang), serviceTimeWords(v.todayMinutes, lang)});
  }
  return {};
}

void VolunteerFlow::takeCard(const std::string& code, Via via) {
  VolunteerCardRead read = readVolunteerCard(code, host_.settings().stationId, key_);
  if (read.problem != VolunteerCardProblem::None) {
    refuse(std::string(text(cardProblemText(read.problem), host_.snap().lang)));
    return;
  }
  auto volunteer = volunteers_.roster.find(read.volunteerId);
  if (!volunteer || volunteer->status == VolunteerStatus::Removed) {
    refuse(std::string(text(VolStr::ProblemUnknownVolunteer, host_.snap().lang)));
    return;
  }
  identified(*volunteer, via);
}

void VolunteerFlow::identified(const VolunteerView& volunteer, Via via) {
  Snapshot& snap = host_.snap();
  if (volunteer.status != VolunteerStatus::Active) {
    refuse(std::string(text(VolStr::ProblemNotActive, snap.lang)));
    return;
  }
  volunteerId_ = volunteer.id;
  VolunteerPart& part = snap.part<VolunteerPart>();
  part.nameMasked = volunteer.nameMasked;
  part.entries.clear();
  snap.error.reset();
  try {
    // The same card again within seconds: the answer just given, not its opposite.
    if (auto recent = volunteers_.shifts.recentAction(volunteer.id)) {
      show(*recent);
      return;
    }
    if (auto open = volunteers_.shifts.openShift(volunteer.id)) {
      if (via == Via::HomeScan) {
        signOut();
        return;
      }
      part.shift = *open;
      part.month = monthOf(volunteer.id);
      part.recordPrint.reset();
      part.entries = host_.volunteerEntries(volunteer.id);
      part.justSignedIn = false;
      part.repeated = false;
      part.forgottenEarlier = false;
      host_.go(screens::VolunteerOnDuty);
      return;
    }
  } catch (const data::StoreError& e) {
    storeFailed(e);
    return;
  }
  host_.go(screens::VolunteerActivity);
}

void VolunteerFlow::signIn(const std::string& activity) {
  if (!volunteerId_ || !isVolunteerActivity(activity)) return;
  try {
    show(volunteers_.shifts.signIn(*volunteerId_, activity));
  } catch (const data::StoreError& e) {
    storeFailed(e);
  }
}

void VolunteerFlow::signOut() {
  if (!volunteerId_) return;
  try {
    if (auto out = volunteers_.shifts.signOut(*volunteerId_)) {
      show(*out);
    } else {
      // Closed meanwhile (the closing-time sweep): they sign in afresh.
      host_.go(screens::VolunteerActivity);
    }
  } catch (const data::StoreError& e) {
    storeFailed(e);
  }
}

void VolunteerFlow::show(const SignOutcome& outcome) {
  Snapshot& snap = host_.snap();
  VolunteerPart& part = snap.part<VolunteerPart>();
  part.shift = outcome.shift;
  part.month = monthOf(outcome.shift.volunteerId);
  part.recordPrint.reset();
  part.repeated = outcome.repeated;
  part.todayMinutes = outcome.todayMinutes;
  part.forgottenEarlier = outcome.forgotten.has_value();
  part.minimumMinutes = volunteers_.shifts.rules().minimumMinutes;
  part.tooShort = outcome.kind == SignKind::SignedOut && outcome.shift.status == "closed" &&
                  outcome.shift.creditedMinutes == 0 && part.minimumMinutes > 0;
  snap.error.reset();
  if (outcome.kind == SignKind::SignedIn) {
    part.entries = host_.volunteerEntries(outcome.shift.volunteerId);
    part.justSignedIn = true;
    host_.go(screens::VolunteerOnDuty);
  } else {
    part.justSignedIn = false;
    host_.go(screens::VolunteerSignedOut);
  }
}

void VolunteerFlow::printRecord() {
  Snapshot& snap = host_.snap();
  VolunteerPart& part = snap.part<VolunteerPart>();
  if (!volunteerId_ || part.recordPrint == PrintState::Printing) return;
  std::string today = formatDay(host_.now());
  ServiceRecord record;
  try {
    record = volunteers_.shifts.issueRecord(*volunteerId_, today.substr(0, 8) + "01", today,
                                            host_.settings().stationName);
  } catch (const data::StoreError& e) {
    storeFailed(e);
    return;
  }
  part.recordPrint = PrintState::Printing;
  part.recordProblem.clear();
  host_.changed();
  Lang lang = snap.lang;
  std::int64_t who = *volunteerId_;
  host_.print(
      [record, lang](const drivers::PrinterProfile& profile, const drivers::TextRaster& raster) {
        return composeServiceRecord(record, lang, profile, raster);
      },
      [this, who](bool printed, const std::string& problem) {
        if (volunteerId_ != who) return;  // moved on: the next person sees nothing of it
        VolunteerPart& p = host_.snap().part<VolunteerPart>();
        p.recordPrint = printed ? PrintState::Printed : PrintState::Failed;
        p.recordProblem = problem;
        host_.changed();
        if (!printed) host_.say(format(VolStr::RecordNotPrinted, host_.snap().lang, {problem}));
      });
}

void VolunteerFlow::phoneConfirmed(const PersonRef& phone) {
  Snapshot& snap = host_.snap();
  VolunteerPinAttempt check = volunteers_.pins.precheck(phone);
  if (check.refused) {
    switch (*check.refused) {
      case VolunteerPinRefusal::UnknownPhone:
        refuse(std::string(text(VolStr::ProblemUnknownPhone, snap.lang)));
        return;
      case VolunteerPinRefusal::NotActive:
        refuse(std::string(text(VolStr::ProblemNotActive, snap.lang)));
        return;
      case VolunteerPinRefusal::NoPin:
        refuse(std::string(text(VolStr::ProblemNoPin, snap.lang)));
        return;
      case VolunteerPinRefusal::Locked:
        refuse(format(VolStr::ProblemPinLocked, snap.lang,
                      {durationText(check.lockRemaining, snap.lang)}));
        return;
    }
  }
  phone_ = phone;
  pin_.clear();
  snap.part<VolunteerPart>().pinDigits = 0;
  snap.part<VolunteerPart>().pinChecking = false;
  snap.error.reset();
  host_.go(screens::VolunteerPin);
}

void VolunteerFlow::pinKey(const Intent& intent) {
  Snapshot& snap = host_.snap();
  VolunteerPart& part = snap.part<VolunteerPart>();
  if (part.pinChecking) return;
  if (const auto* key = intent.as<intent::KeypadKey>()) {
    if (key->key < '0' || key->key > '9' || pin_.size() >= kPinDigits) return;
    pin_ += key->key;
    snap.error.reset();
  } else if (intent.as<intent::KeypadDelete>()) {
    if (pin_.empty()) return;
    pin_.pop_back();
  } else if (pin_.size() == kPinDigits) {
    checkPin();
    return;
  }
  part.pinDigits = static_cast<int>(pin_.size());
  host_.changed();
}

void VolunteerFlow::checkPin() {
  Snapshot& snap = host_.snap();
  if (!phone_) return;
  VolunteerPinAttempt attempt;
  try {
    attempt = volunteers_.pins.begin(*phone_);
  } catch (const data::StoreError& e) {
    storeFailed(e);
    return;
  }
  if (attempt.refused) {
    pin_.clear();
    snap.part<VolunteerPart>().pinDigits = 0;
    refuse(attempt.refused == VolunteerPinRefusal::Locked
               ? format(VolStr::ProblemPinLocked, snap.lang,
                        {durationText(attempt.lockRemaining, snap.lang)})
               : std::string(text(VolStr::ProblemNotActive, snap.lang)));
    return;
  }
  std::string pin = std::move(pin_);
  pin_.clear();
  snap.part<VolunteerPart>().pinDigits = 0;
  snap.part<VolunteerPart>().pinChecking = true;
  host_.changed();
  std::uint64_t token = ++attempt_;
  std::int64_t volunteerId = attempt.volunteerId;
  host_.services().worker.submit([this, hash = *attempt.hash, pin = std::move(pin), token,
                                  volunteerId]() {
    bool matched = pinMatches(hash, pin);
    return [this, matched, token, volunteerId]() {
      Snapshot& s = host_.snap();
      try {
        // Recorded even if the volunteer walked away: every failure counts toward the lock.
        PinResult result = volunteers_.pins.finish(volunteerId, matched);
        if (token != attempt_ || s.screen != screens::VolunteerPin) return;
        s.part<VolunteerPart>().pinChecking = false;
        if (result.outcome == PinOutcome::Accepted) {
          if (auto v = volunteers_.roster.find(volunteerId)) identified(*v, Via::Tile);
          return;
        }
        refuse(result.outcome == PinOutcome::Locked
                   ? format(VolStr::ProblemPinLocked, s.lang,
                            {durationText(result.lockRemaining, s.lang)})
                   : format(VolStr::ProblemWrongPin, s.lang, {std::to_string(result.triesLeft)}));
      } catch (const data::StoreError& e) {
        storeFailed(e);
      }
    };
  });
}

void VolunteerFlow::refuse(std::string words) {
  Snapshot& snap = host_.snap();
  if (!owns(snap.screen) || snap.screen == screens::VolunteerOnDuty ||
      snap.screen == screens::VolunteerSignedOut || snap.screen == screens::VolunteerActivity) {
    forget();
    host_.go(screens::VolunteerSignIn);
  }
  snap.part<VolunteerPart>().pinChecking = false;
  snap.error = words;
  snap.notice.reset();
  host_.changed();
  host_.say(words);
}

void VolunteerFlow::storeFailed(const data::StoreError& e) {
  std::fprintf(stderr, "yizhan: store error in volunteer sign-in: %s\n", e.what());
  Snapshot& snap = host_.snap();
  snap.part<VolunteerPart>().pinChecking = false;
  snap.error = std::string(
      text(e.kind() == data::StoreError::Kind::Full ? Str::StoreFull : Str::StoreWriteFailed,
           snap.lang));
  host_.changed();
  host_.say(*snap.error);
}

bool VolunteerFlow::cardRead(const drivers::Identity& card) {
  host_.noteActivity();
  Snapshot& snap = host_.snap();
  if (!(snap.screen == screens::VolunteerSignIn)) return false;
  std::optional<VolunteerView> volunteer;
  try {
    volunteer = volunteers_.roster.byCard(card);
  } catch (const data::StoreError& e) {
    storeFailed(e);
    return true;
  }
  if (!volunteer || volunteer->status == VolunteerStatus::Removed) {
    refuse(std::string(text(VolStr::ProblemCardNotOnRoster, snap.lang)));
  } else {
    identified(*volunteer, Via::Tile);
  }
  return true;
}

bool VolunteerFlow::cardRefused(const CardRefusal& refusal) {
  host_.noteActivity();
  if (!(host_.snap().screen == screens::VolunteerSignIn)) return false;
  refuse(refusal.message);
  return true;
}

bool VolunteerFlow::scanned(const std::string& code) {
  host_.noteActivity();
  // Any of its screens: a volunteer card starts afresh with whoever it belongs to.
  if (code.rfind(kVolunteerCodePrefix, 0) == 0) {
    forget();
    takeCard(code, Via::Tile);
  } else {
    refuse(std::string(text(VolStr::ProblemNotVolunteerCard, host_.snap().lang)));
  }
  return true;
}

void VolunteerFlow::declareCodes(CodeRoutes& routes) {
  routes.declare(std::string(kVolunteerCodePrefix), [this](const std::string& code) {
    host_.noteActivity();
    forget();
    takeCard(code, Via::HomeScan);
  });
}

void VolunteerFlow::forget() {
  Snapshot& snap = host_.snap();
  snap.part<VolunteerPart>() = VolunteerPart{};
  snap.part<PhoneKeypadPart>().phoneDigits.clear();
  volunteerId_.reset();
  phone_.reset();
  pin_.clear();
  ++attempt_;
}

void VolunteerFlow::tick(TimePoint now) {
  // Once a minute (the first at start-up): shifts nobody signed out of are closed at closing
  // time or the cap, flagged for staff.
  auto minute = std::chrono::floor<std::chrono::minutes>(now);
  if (minute == sweptMinute_) return;
  sweptMinute_ = minute;
  try {
    volunteers_.shifts.closeForgotten();
  } catch (const data::StoreError& e) {
    std::fprintf(stderr, "yizhan: store error closing forgotten shifts: %s\n", e.what());
  }
}

void VolunteerFlow::addTiles(std::vector<HomeTile>& tiles) {
  Lang lang = host_.snap().lang;
  tiles.push_back({tiles::Volunteers, std::string(text(VolStr::Tile, lang)), false,
                   std::string(text(VolStr::TileDetail, lang)), true});
}

}  // namespace yizhan::kiosk
