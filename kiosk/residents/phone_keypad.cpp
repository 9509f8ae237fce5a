#include "kiosk/residents/phone_keypad.h"
#include "kiosk/residents/resident_strings.h"

namespace yizhan::kiosk {

namespace {
constexpr size_t kPhoneDigits = 11;
}  // namespace

bool takePhoneKey(const Intent& intent, FlowHost& host, const PersonalKey& key,
                  const std::function<void(const PersonRef&)>& confirmed) {
  Snapshot& snap = host.snap();
  return on<intent::KeypadKey>(
             intent,
             [&](const auto& i) {
               if (i.key < '0' || i.key > '9' ||
                   snap.part<PhoneKeypadPart>().phoneDigits.size() >= kPhoneDigits)
                 return;
               snap.part<PhoneKeypadPart>().phoneDigits += i.key;
               snap.error.reset();
               snap.notice.reset();
               host.changed();
             }) ||
         on<intent::KeypadDelete>(intent,
                                  [&](const auto&) {
                                    if (snap.part<PhoneKeypadPart>().phoneDigits.empty()) return;
                                    snap.part<PhoneKeypadPart>().phoneDigits.pop_back();
                                    host.changed();
                                  }) ||
         on<intent::KeypadConfirm>(intent, [&](const auto&) {
           std::optional<PersonRef> person =
               personOfPhone(snap.part<PhoneKeypadPart>().phoneDigits, key);
           if (!person) {
             snap.error = std::string(text(ResidentStr::ApptPhoneInvalid, snap.lang));
             host.changed();
             return;
           }
           snap.part<PhoneKeypadPart>().phoneDigits.clear();
           confirmed(*person);
         });
}

}  // namespace yizhan::kiosk
