#include <string>
#include <vector>

#include "kiosk/appeals/appeal_flow.h"
#include "kiosk/appeals/appeal_strings.h"
#include "ui/screens/screen_registry.h"
#include "ui/widgets/phone_entry.h"
#include "ui/widgets/screen_frame.h"

namespace yizhan::ui {

using kiosk::AppealStr;

// Who is raising it: the ID card, the mobile number the station has, or nobody (不留姓名) —
// a resident who would rather not be named can still say what is wrong.
void drawAppealWhoScreen(const kiosk::Snapshot& snap, UiContext& ctx) {
  ContentArea area = beginScreen(ctx, snap, ctx.t(AppealStr::WhoTitle));
  std::vector<EntryLine> lines;
  lines.push_back({std::string(ctx.t(AppealStr::WhoCard)), true});
  lines.push_back({std::string(ctx.t(AppealStr::WhoPhone)), false, true});
  if (snap.readerDown) lines.push_back({*snap.readerDown});
  EntryButton anonymous{std::string(ctx.t(AppealStr::WhoAnonymous)),
                        std::string(ctx.t(AppealStr::WhoAnonymousDetail))};
  if (phoneEntry(ctx, snap, area, lines, &anonymous)) ctx.emit(kiosk::intent::AppealAnonymously{});
  residentFooter(ctx, snap);
  endScreen();
}

namespace {
[[maybe_unused]] const ScreenRegistration kRegistered{kiosk::screens::AppealWho,
                                                      drawAppealWhoScreen};
}  // namespace

}  // namespace yizhan::ui
