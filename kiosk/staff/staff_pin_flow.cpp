#include "kiosk/staff/staff_pin_flow.h"

#include <cstdio>

#include "data/database.h"
#include "kiosk/session/session.h"
#include "kiosk/staff/pin_hasher.h"
#include "kiosk/staff/staff_strings.h"

namespace yizhan::kiosk {

namespace {
constexpr size_t kMaxPinDigits = 8;
constexpr size_t kMinPinDigits = 4;
}  // namespace

bool StaffPinFlow::handle(const Intent& intent) {
  Snapshot& snap = host_.snap();
  if (intent.as<intent::OpenStaffLogin>()) {
    if (snap.screen == screens::Home) open();
    return true;
  }
  // The keypad is shared with the phone keypads of other flows: only on the PIN screen.
  if (snap.screen != screens::StaffPin) return false;
  return on<intent::KeypadKey>(intent, [&](const auto& k) { type(k.key); }) ||
         on<intent::KeypadDelete>(intent, [&](const auto&) { erase(); }) ||
         on<intent::KeypadConfirm>(intent, [&](const auto&) { confirm(); });
}

void StaffPinFlow::open() {
  Snapshot& snap = host_.snap();
  pin_.clear();
  snap.part<StaffPinPart>().pinDigits = 0;
  snap.part<StaffPinPart>().pinState = PinState::Entering;
  if (auto left = auth_.lockRemaining()) {
    apply({PinOutcome::Locked, 0, *left});
  } else if (!auth_.hasPin()) {
    snap.part<StaffPinPart>().pinState = PinState::NotSet;
  }
  host_.go(screens::StaffPin);
}

std::string StaffPinFlow::prompt(const Screen& screen) const {
  if (!(screen == screens::StaffPin)) return {};
  Lang lang = host_.snap().lang;
  bool notSet = host_.snap().part<StaffPinPart>().pinState == PinState::NotSet;
  return std::string(text(StaffStr::StaffPinTitle, lang)) + "。" +
         std::string(text(notSet ? StaffStr::PinNotSet : StaffStr::StaffPinPrompt, lang));
}

void StaffPinFlow::type(char key) {
  Snapshot& snap = host_.snap();
  if (snap.part<StaffPinPart>().pinState == PinState::Verifying ||
      snap.part<StaffPinPart>().pinState == PinState::Locked ||
      snap.part<StaffPinPart>().pinState == PinState::NotSet) {
    return;
  }
  if (key < '0' || key > '9' || pin_.size() >= kMaxPinDigits) return;
  pin_ += key;
  snap.part<StaffPinPart>().pinDigits = static_cast<int>(pin_.size());
  if (snap.part<StaffPinPart>().pinState == PinState::Wrong)
    snap.part<StaffPinPart>().pinState = PinState::Entering;
  host_.changed();
}

void StaffPinFlow::erase() {
  Snapshot& snap = host_.snap();
  if (pin_.empty() || snap.part<StaffPinPart>().pinState == PinState::Verifying) return;
  pin_.pop_back();
  snap.part<StaffPinPart>().pinDigits = static_cast<int>(pin_.size());
  host_.changed();
}

void StaffPinFlow::confirm() {
  Snapshot& snap = host_.snap();
  if (snap.part<StaffPinPart>().pinState == PinState::Verifying || pin_.size() < kMinPinDigits)
    return;
  StaffAuth::Attempt attempt = auth_.begin();
  if (attempt.refused) {
    apply(*attempt.refused);
    return;
  }
  std::string pin = std::move(pin_);
  pin_.clear();
  snap.part<StaffPinPart>().pinDigits = 0;
  snap.part<StaffPinPart>().pinState = PinState::Verifying;
  host_.changed();
  std::uint64_t token = ++attempt_;
  host_.services().worker.submit([this, hash = *attempt.hash, pin = std::move(pin), token]() {
    bool matched = pinMatches(hash, pin);
    return [this, matched, token]() {
      Snapshot& s = host_.snap();
      try {
        // Recorded even if the resident walked away: every failure counts toward the lock.
        PinResult result = auth_.finish(matched);
        if (token == attempt_ && s.screen == screens::StaffPin) apply(result);
      } catch (const data::StoreError& e) {
        std::fprintf(stderr, "yizhan: store error: %s\n", e.what());
        s.error = std::string(text(Str::StoreWriteFailed, s.lang));
        s.part<StaffPinPart>().pinState = PinState::Entering;
        host_.changed();
      }
    };
  });
}

void StaffPinFlow::apply(const PinResult& result) {
  Snapshot& snap = host_.snap();
  switch (result.outcome) {
    case PinOutcome::Accepted:
      snap.part<StaffPinPart>().pinState = PinState::Entering;
      host_.staffLoggedIn();
      return;
    case PinOutcome::Wrong:
      snap.part<StaffPinPart>().pinState = PinState::Wrong;
      snap.part<StaffPinPart>().triesLeft = result.triesLeft;
      break;
    case PinOutcome::Locked:
      snap.part<StaffPinPart>().pinState = PinState::Locked;
      snap.part<StaffPinPart>().lockRemaining = result.lockRemaining;
      lockedUntil_ = host_.now() + result.lockRemaining;
      break;
    case PinOutcome::NotSet:
      snap.part<StaffPinPart>().pinState = PinState::NotSet;
      break;
  }
  host_.changed();
}

void StaffPinFlow::forget() {
  Snapshot& snap = host_.snap();
  pin_.clear();
  ++attempt_;
  snap.part<StaffPinPart>().pinDigits = 0;
  snap.part<StaffPinPart>().pinState = PinState::Entering;
  lockedUntil_.reset();
}

void StaffPinFlow::tick(TimePoint now) {
  if (!lockedUntil_) return;
  Snapshot& snap = host_.snap();
  auto left = std::chrono::ceil<std::chrono::seconds>(*lockedUntil_ - now);
  if (left.count() <= 0) {
    lockedUntil_.reset();
    if (snap.part<StaffPinPart>().pinState == PinState::Locked)
      snap.part<StaffPinPart>().pinState = PinState::Entering;
    snap.now = now;
    host_.changed();
  } else if (left != snap.part<StaffPinPart>().lockRemaining) {
    snap.part<StaffPinPart>().lockRemaining = left;
    snap.now = now;
    host_.changed();
  }
}

TimePoint StaffPinFlow::deadline(TimePoint upTo) const {
  // The countdown shows seconds.
  return lockedUntil_ ? std::min(upTo, host_.now() + std::chrono::seconds(1)) : upTo;
}

}  // namespace yizhan::kiosk
