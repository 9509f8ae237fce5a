#include "kiosk/base/strings.h"
#include "kiosk/volunteers/volunteer_papers_flow.h"
#include "kiosk/volunteers/volunteer_strings.h"
#include "ui/screens/screen_registry.h"
#include "ui/widgets/phone_entry.h"
#include "ui/widgets/screen_frame.h"

namespace yizhan::ui {

using kiosk::Str;
using kiosk::VolStr;

// Staff find the volunteer whose papers they print: the volunteer's ID card on the reader, or
// their phone on the keypad.
void drawVolunteerFindScreen(const kiosk::Snapshot& snap, UiContext& ctx) {
  ContentArea area = beginScreen(ctx, snap, ctx.t(VolStr::FindTitle));
  phoneEntry(
      ctx, snap, area,
      {{std::string(ctx.t(VolStr::FindCard)), true}, {std::string(ctx.t(VolStr::FindPhone))}});
  if (footerButton(ctx, ctx.t(Str::Back), FooterSide::Left)) ctx.emit(kiosk::intent::Back{});
  endScreen();
}

namespace {
[[maybe_unused]] const ScreenRegistration kRegistered{kiosk::screens::VolunteerFind,
                                                      drawVolunteerFindScreen};
}  // namespace

}  // namespace yizhan::ui
