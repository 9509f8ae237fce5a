#include <string>
#include <vector>

#include "kiosk/requests/errand_flow.h"
#include "kiosk/requests/request_strings.h"
#include "ui/screens/screen_registry.h"
#include "ui/widgets/phone_entry.h"
#include "ui/widgets/screen_frame.h"

namespace yizhan::ui {

using kiosk::ReqStr;

// Who is asking: the ID card, or the mobile number the station already has for them.
void drawErrandWhoScreen(const kiosk::Snapshot& snap, UiContext& ctx) {
  ContentArea area = beginScreen(ctx, snap, ctx.t(ReqStr::WhoTitle));
  std::vector<EntryLine> lines;
  lines.push_back({std::string(ctx.t(ReqStr::WhoCard)), true});
  lines.push_back({std::string(ctx.t(ReqStr::WhoPhone)), false, true});
  if (snap.readerDown) lines.push_back({*snap.readerDown});
  phoneEntry(ctx, snap, area, lines);
  residentFooter(ctx, snap);
  endScreen();
}

namespace {
[[maybe_unused]] const ScreenRegistration kRegistered{kiosk::screens::ErrandWho,
                                                      drawErrandWhoScreen};
}  // namespace

}  // namespace yizhan::ui
