#include "ui/widgets/screen_frame.h"

#include <cstdio>
#include <string>

#include "kiosk/base/local_time.h"
#include "kiosk/staff/call_staff_flow.h"
#include "kiosk/staff/staff_strings.h"
#include "ui/widgets/drawing.h"

namespace yizhan::ui {

using kiosk::Str;

ContentArea beginScreen(UiContext& ctx, const kiosk::Snapshot& snap, std::string_view title) {
  return beginScreen(ctx, snap.now, title);
}

ContentArea beginScreen(UiContext& ctx, kiosk::TimePoint at, std::string_view title) {
  const Palette& p = palette();
  const Metrics& m = ctx.metrics;
  ImGui::SetNextWindowPos(ImVec2(0, 0));
  ImGui::SetNextWindowSize(ImVec2(ctx.width, ctx.height));
  ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(0, 0));
  ImGui::PushStyleVar(ImGuiStyleVar_WindowBorderSize, 0.0f);
  // No window background: the frame is cleared to the background colour already, and a second
  // full-screen fill doubles the cost of every frame on a software rasteriser.
  ImGui::Begin("screen", nullptr,
               ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove |
                   ImGuiWindowFlags_NoBackground | ImGuiWindowFlags_NoSavedSettings |
                   ImGuiWindowFlags_NoBringToFrontOnFocus | ImGuiWindowFlags_NoScrollWithMouse);
  ImDrawList* draw = ImGui::GetWindowDrawList();
  draw->AddRectFilled(ImVec2(0, 0), ImVec2(ctx.width, m.headerHeight()), toImU32(p.header));

  ImFont* heading = ctx.fonts.heading();
  float titleY = (m.headerHeight() - heading->FontSize) / 2;
  drawText(heading, ImVec2(m.margin(), titleY), p.onHeader, title);

  kiosk::LocalDateTime now = kiosk::toLocal(at);
  char hhmm[8];
  std::snprintf(hhmm, sizeof hhmm, "%02d:%02d", now.hour, now.minute);
  std::string date =
      kiosk::format(Str::DateLine, ctx.lang,
                    {std::to_string(now.year), std::to_string(now.month), std::to_string(now.day),
                     kiosk::weekdayName(now.weekday, ctx.lang)});
  ImFont* display = ctx.fonts.display();
  ImFont* body = ctx.fonts.body();
  ImVec2 timeSize = measureText(display, hhmm);
  float right = ctx.width - m.margin();
  drawText(display, ImVec2(right - timeSize.x, (m.headerHeight() - display->FontSize) / 2),
           p.onHeader, hhmm);
  ImVec2 dateSize = measureText(body, date);
  drawText(body,
           ImVec2(right - timeSize.x - m.gap() * 1.5f - dateSize.x,
                  (m.headerHeight() - body->FontSize) / 2),
           p.onHeader, date);

  return {ImVec2(m.margin(), m.headerHeight() + m.gap()),
          ImVec2(ctx.width - m.margin(), ctx.height - m.footerHeight())};
}

void endScreen() {
  ImGui::End();
  ImGui::PopStyleVar(2);
}

bool footerButton(UiContext& ctx, std::string_view label, FooterSide side, ButtonStyle style) {
  const Metrics& m = ctx.metrics;
  ImVec2 size(m.footerButtonWidth(), m.footerButtonHeight());
  float y = ctx.height - m.footerHeight() + (m.footerHeight() - size.y) / 2;
  float x = side == FooterSide::Left ? m.margin() : ctx.width - m.margin() - size.x;
  return bigButton(ctx, label, {ImVec2(x, y), size, style});
}

void residentFooter(UiContext& ctx) {
  if (footerButton(ctx, ctx.t(kiosk::Str::Back), FooterSide::Left)) {
    ctx.emit(kiosk::intent::Back{});
  }
  if (footerButton(ctx, ctx.t(kiosk::StaffStr::TileCallStaff), FooterSide::Right,
                   ButtonStyle::Urgent)) {
    ctx.emit(kiosk::intent::OpenTile{kiosk::tiles::CallStaff});
  }
}

}  // namespace yizhan::ui
