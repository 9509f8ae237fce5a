#include "kiosk/residents/priority_register_flow.h"
#include "kiosk/residents/resident_strings.h"

namespace yizhan::kiosk {

bool PriorityRegisterFlow::handle(const Intent& intent) {
  Snapshot& snap = host_.snap();
  return on<intent::OpenPriorityRegister>(intent,
                                          [&](const auto&) {
                                            if (snap.screen != screens::StaffMenu) return;
                                            forget();
                                            snap.notice.reset();
                                            host_.go(screens::PriorityRegister);
                                          }) ||
         on<intent::SetDisability>(intent, [&](const auto& set) {
           if (snap.screen != screens::PriorityRegister || !card_) return;
           residents_.setDisability(*card_, set.disability, "kiosk-staff");
           snap.part<PriorityRegisterPart>().registerCard->disability = set.disability;
           snap.notice = std::string(text(ResidentStr::PriorityRegisterSaved, snap.lang));
           host_.changed();
         });
}

bool PriorityRegisterFlow::cardRead(const drivers::Identity& card) {
  Snapshot& snap = host_.snap();
  ResidentStanding standing = residents_.standingOf(card);
  card_ = card;
  snap.part<PriorityRegisterPart>().registerCard =
      PriorityRegisterPart::RegisterCard{standing.maskedId, standing.age, standing.disability};
  snap.notice.reset();
  host_.noteActivity();
  host_.changed();
  return true;
}

void PriorityRegisterFlow::forget() {
  card_.reset();
  host_.snap().part<PriorityRegisterPart>().registerCard.reset();
}

bool PriorityRegisterFlow::back() {
  forget();
  host_.toStaffMenu();
  return true;
}

void PriorityRegisterFlow::addStaffEntries(std::vector<StaffEntry>& entries) {
  entries.push_back({std::string(text(ResidentStr::PriorityRegisterButton, host_.snap().lang)),
                     intent::OpenPriorityRegister{}});
}

}  // namespace yizhan::kiosk
