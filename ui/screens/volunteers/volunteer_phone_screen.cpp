#include <vector>

#include "kiosk/volunteers/volunteer_flow.h"
#include "kiosk/volunteers/volunteer_strings.h"
#include "ui/screens/screen_registry.h"
#include "ui/widgets/phone_entry.h"
#include "ui/widgets/screen_frame.h"

namespace yizhan::ui {

using kiosk::VolStr;

void drawVolunteerPhoneScreen(const kiosk::Snapshot& snap, UiContext& ctx) {
  ContentArea area = beginScreen(ctx, snap, ctx.t(VolStr::PhoneTitle));
  phoneEntry(ctx, snap, area, {{std::string(ctx.t(VolStr::PhoneHint))}});
  residentFooter(ctx, snap);
  endScreen();
}

namespace {
[[maybe_unused]] const ScreenRegistration kRegistered{kiosk::screens::VolunteerPhone,
                                                      drawVolunteerPhoneScreen};
}  // namespace

}  // namespace yizhan::ui
