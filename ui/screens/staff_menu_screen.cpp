#include <algorithm>
#include <string>

#include "ui/screens/screens.h"
#include "ui/widgets/big_button.h"
#include "ui/widgets/drawing.h"
#include "ui/widgets/screen_frame.h"

namespace yizhan::ui {

using kiosk::Str;

void drawStaffMenuScreen(const kiosk::Snapshot& snap, UiContext& ctx) {
  const Palette& p = palette();
  const Metrics& m = ctx.metrics;
  ContentArea area = beginScreen(ctx, snap, ctx.t(Str::StaffMenuTitle));
  ImFont* body = ctx.fonts.body();
  ImFont* heading = ctx.fonts.heading();

  float y = area.min.y;
  std::string info =
      kiosk::format(Str::SystemInfo, ctx.lang,
                    {snap.stationId, snap.appVersion, std::to_string(snap.schemaVersion)});
  drawText(body, ImVec2(area.min.x, y), p.mutedText, info);
  y += body->FontSize + 2 * m.gap();

  drawText(heading, ImVec2(area.min.x, y), p.text, ctx.t(Str::StaffCallsHeading));
  y += heading->FontSize + m.gap();

  const size_t shown = 4;
  float rowH = 120.0f * m.scale;
  float buttonW = 260.0f * m.scale;
  if (snap.openCalls.empty()) {
    drawText(body, ImVec2(area.min.x, y), p.mutedText, ctx.t(Str::StaffCallsNone));
  }
  for (size_t i = 0; i < std::min(shown, snap.openCalls.size()); ++i) {
    const auto& call = snap.openCalls[i];
    std::string line = kiosk::format(Str::StaffCallItem, ctx.lang, {call.raisedClock});
    drawText(body, ImVec2(area.min.x, y + (rowH - body->FontSize) / 2), p.text, line);
    ImVec2 pos(area.max.x - buttonW, y + (rowH - m.minTarget()) / 2);
    if (bigButton(ctx, ctx.t(Str::StaffCallHandled),
                  {pos, ImVec2(buttonW, m.minTarget()), ButtonStyle::Primary, true, nullptr,
                   reinterpret_cast<const void*>(static_cast<intptr_t>(call.id))})) {
      ctx.emit(kiosk::intent::HandleStaffCall{call.id});
    }
    y += rowH + m.minGap();
  }
  if (snap.openCalls.size() > shown) {
    drawText(body, ImVec2(area.min.x, y), p.mutedText,
             kiosk::format(Str::StaffCallsMore, ctx.lang,
                           {std::to_string(snap.openCalls.size() - shown)}));
  }
  if (snap.error) {
    drawText(body, ImVec2(area.min.x, area.max.y - body->FontSize), p.errorText,
             ctx.t(*snap.error));
  }

  if (footerButton(ctx, ctx.t(Str::Logout), FooterSide::Left)) ctx.emit(kiosk::intent::Logout{});
  endScreen();
}

}  // namespace yizhan::ui
