#include <algorithm>

#include "kiosk/staff/call_staff_flow.h"
#include "kiosk/staff/staff_strings.h"
#include "ui/screens/screen_registry.h"
#include "ui/widgets/drawing.h"
#include "ui/widgets/screen_frame.h"

namespace yizhan::ui {

using kiosk::StaffStr;
using kiosk::Str;

void drawCallStaffScreen(const kiosk::Snapshot& snap, UiContext& ctx) {
  const Palette& p = palette();
  const Metrics& m = ctx.metrics;
  ContentArea area = beginScreen(ctx, snap, ctx.t(StaffStr::CallStaffTitle));
  ImDrawList* draw = ImGui::GetWindowDrawList();

  // A large tick in a circle: the call went through.
  float radius = std::min(m.px(30.0f), area.height() / 5);
  ImVec2 c(area.centerX(), area.min.y + m.gap() + radius);
  draw->AddCircleFilled(c, radius, toImU32(p.urgent), 64);
  float s = radius / 100.0f;
  draw->AddPolyline(std::initializer_list<ImVec2>{ImVec2(c.x - 45 * s, c.y + 2 * s),
                                                  ImVec2(c.x - 12 * s, c.y + 35 * s),
                                                  ImVec2(c.x + 50 * s, c.y - 35 * s)}
                        .begin(),
                    3, toImU32(p.onUrgent), 0, 18.0f * s);

  float y = c.y + radius + 2 * m.gap();
  ImFont* heading = ctx.fonts.heading();
  ImFont* bodyFont = ctx.fonts.body();
  std::string_view title = ctx.t(StaffStr::CallStaffTitle);
  y += drawTextCentered(largestFitting({ctx.fonts.display(), heading}, title, area.width()),
                        area.centerX(), y, p.text, title, area.width())
           .y +
       m.gap();
  auto body = snap.part<kiosk::CallStaffPart>().callWasAlreadyOpen ? StaffStr::CallStaffAgain
                                                                   : StaffStr::CallStaffBody;
  y += drawTextCentered(largestFitting({heading, bodyFont}, ctx.t(body), area.width()),
                        area.centerX(), y, p.text, ctx.t(body), area.width())
           .y +
       m.gap();
  if (snap.error) {
    drawTextCentered(bodyFont, area.centerX(), y, p.errorText, *snap.error, area.width());
  }
  // Staff were called: no second call button here, 返回 and 再听一遍.
  residentFooter(ctx, snap, {true, false});
  endScreen();
}

namespace {
[[maybe_unused]] const ScreenRegistration kRegistered{kiosk::screens::CallStaff,
                                                      drawCallStaffScreen};
}  // namespace

}  // namespace yizhan::ui
