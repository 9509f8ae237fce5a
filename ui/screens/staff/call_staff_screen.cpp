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
  float radius = 120.0f * m.scale;
  ImVec2 c(area.centerX(), area.min.y + m.gap() + radius);
  draw->AddCircleFilled(c, radius, toImU32(p.urgent), 64);
  float s = radius / 100.0f;
  draw->AddPolyline(std::initializer_list<ImVec2>{ImVec2(c.x - 45 * s, c.y + 2 * s),
                                                  ImVec2(c.x - 12 * s, c.y + 35 * s),
                                                  ImVec2(c.x + 50 * s, c.y - 35 * s)}
                        .begin(),
                    3, toImU32(p.onUrgent), 0, 18.0f * s);

  float y = c.y + radius + 2 * m.gap();
  ImFont* display = ctx.fonts.display();
  drawTextCentered(display, area.centerX(), y, p.text, ctx.t(StaffStr::CallStaffTitle));
  y += display->FontSize + m.gap();
  auto body = snap.part<kiosk::CallStaffPart>().callWasAlreadyOpen ? StaffStr::CallStaffAgain
                                                                   : StaffStr::CallStaffBody;
  drawTextCentered(ctx.fonts.heading(), area.centerX(), y, p.text, ctx.t(body), area.width());
  if (snap.error) {
    y += ctx.fonts.heading()->FontSize + m.gap();
    drawTextCentered(ctx.fonts.heading(), area.centerX(), y, p.errorText, *snap.error);
  }

  if (footerButton(ctx, ctx.t(Str::Back), FooterSide::Left)) ctx.emit(kiosk::intent::Back{});
  endScreen();
}

namespace {
[[maybe_unused]] const ScreenRegistration kRegistered{kiosk::screens::CallStaff,
                                                      drawCallStaffScreen};
}  // namespace

}  // namespace yizhan::ui
