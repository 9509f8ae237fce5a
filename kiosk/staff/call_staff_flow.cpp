#include "kiosk/staff/call_staff_flow.h"

#include "drivers/audio/chime.h"
#include "kiosk/staff/staff_strings.h"

namespace yizhan::kiosk {

bool CallStaffFlow::handle(const Intent& intent) {
  const auto* open = intent.as<intent::OpenTile>();
  if (!open || open->tile != tiles::CallStaff) return false;
  Snapshot& snap = host_.snap();
  // On the home screen and in every resident screen's footer.
  if (snap.screen != screens::Home && !isResidentScreen(snap.screen)) return true;
  auto raised = calls_.raise("kiosk");
  static const std::vector<std::int16_t> chime = drivers::synthesizeChime();
  sound_.play(chime, drivers::kChimeSampleRate);
  snap.part<CallStaffPart>().callWasAlreadyOpen = raised.alreadyOpen;
  host_.go(screens::CallStaff);
  return true;
}

std::string CallStaffFlow::prompt(const Screen& screen) const {
  if (!(screen == screens::CallStaff)) return {};
  Lang lang = host_.snap().lang;
  return std::string(text(StaffStr::CallStaffTitle, lang)) + "。" +
         std::string(text(host_.snap().part<CallStaffPart>().callWasAlreadyOpen
                              ? StaffStr::CallStaffAgain
                              : StaffStr::CallStaffBody,
                          lang));
}

void CallStaffFlow::forget() {
  host_.snap().part<CallStaffPart>().callWasAlreadyOpen = false;
}

void CallStaffFlow::addTiles(std::vector<HomeTile>& tiles) {
  Lang lang = host_.snap().lang;
  tiles.push_back({tiles::CallStaff, std::string(text(StaffStr::TileCallStaff, lang)), true,
                   std::string(text(StaffStr::TileCallStaffDetail, lang))});
}

}  // namespace yizhan::kiosk
