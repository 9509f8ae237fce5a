#pragma once
// The mobile number typed on the digit keypad, for residents without their card (booking and
// check-in). The digits show as typed (Snapshot::phoneDigits) and nowhere else; a whole
// number becomes a PersonRef, the only form in which it is kept.
#include <functional>

#include "kiosk/residents/person_ref.h"
#include "kiosk/session/flow.h"

namespace yizhan::kiosk {

struct PhoneKeypadPart {
  std::string phoneDigits;  // typed on the booking or check-in keypad, shown as typed
};

// Takes the keypad's intents (digits, 删除, 确认) for the flow whose keypad shows; `confirmed`
// gets the person when a valid number is confirmed, an invalid one is told on screen.
bool takePhoneKey(const Intent& intent, FlowHost& host, const PersonalKey& key,
                  const std::function<void(const PersonRef&)>& confirmed);

}  // namespace yizhan::kiosk
