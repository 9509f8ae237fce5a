#include "ui/widgets/screen_frame.h"

#include <cstdio>
#include <string>

#include "kiosk/base/local_time.h"
#include "kiosk/queue/queue_strings.h"
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

  // The title first; the time and the date only where they fit beside it, never smaller.
  ImFont* heading = ctx.fonts.heading();
  ImFont* body = ctx.fonts.body();
  ctx.fonts.require(title);
  float titleW = measureText(heading, title).x;
  drawText(heading, ImVec2(m.margin(), (m.headerHeight() - heading->FontSize) / 2), p.onHeader,
           title);

  kiosk::LocalDateTime now = kiosk::toLocal(at);
  char hhmm[8];
  std::snprintf(hhmm, sizeof hhmm, "%02d:%02d", now.hour, now.minute);
  std::string date =
      kiosk::format(Str::DateLine, ctx.lang,
                    {std::to_string(now.year), std::to_string(now.month), std::to_string(now.day),
                     kiosk::weekdayName(now.weekday, ctx.lang)});
  float right = ctx.width - m.margin();
  float free = right - (m.margin() + titleW + 2 * m.gap());
  ImVec2 timeSize = measureText(heading, hhmm);
  if (timeSize.x <= free) {
    drawText(heading, ImVec2(right - timeSize.x, (m.headerHeight() - heading->FontSize) / 2),
             p.onHeader, hhmm);
    ImVec2 dateSize = measureText(body, date);
    if (timeSize.x + m.gap() * 1.5f + dateSize.x <= free) {
      drawText(body,
               ImVec2(right - timeSize.x - m.gap() * 1.5f - dateSize.x,
                      (m.headerHeight() - body->FontSize) / 2),
               p.onHeader, date);
    }
  }

  return {ImVec2(m.margin(), m.headerHeight() + m.gap()),
          ImVec2(ctx.width - m.margin(), ctx.height - m.footerHeight() - m.minGap())};
}

void endScreen() {
  ImGui::End();
  ImGui::PopStyleVar(2);
}

float footerWidth(const UiContext& ctx, std::string_view label) {
  return std::max(ctx.metrics.px(40.0f),
                  measureText(ctx.fonts.body(), label).x + 2 * ctx.metrics.px(8.0f));
}

bool footerButton(UiContext& ctx, std::string_view label, FooterSide side, ButtonStyle style) {
  const Metrics& m = ctx.metrics;
  ImFont* font = ctx.fonts.body();
  ImVec2 size(footerWidth(ctx, label), m.footerButtonHeight());
  float y = ctx.height - m.footerHeight() + (m.footerHeight() - size.y) / 2;
  float x = side == FooterSide::Left    ? m.margin()
            : side == FooterSide::Right ? ctx.width - m.margin() - size.x
                                        : (ctx.width - size.x) / 2;
  ButtonSpec spec{ImVec2(x, y), size, style};
  spec.font = font;
  return bigButton(ctx, label, spec);
}

bool doneButton(UiContext& ctx, const ContentArea& column, float top, float bottom) {
  const Metrics& m = ctx.metrics;
  ImVec2 size(std::min(column.width(), m.px(90.0f)), m.px(30.0f));
  ImVec2 pos(column.centerX() - size.x / 2, std::max(top, bottom - size.y));
  return bigButton(ctx, ctx.t(kiosk::QueueStr::TicketDone), {pos, size, ButtonStyle::Primary});
}

float centredLine(UiContext& ctx, const ContentArea& column, float y, std::string_view words,
                  Rgb color) {
  if (words.empty()) return y;
  ctx.fonts.require(words);
  ImFont* f = largestFitting({ctx.fonts.heading(), ctx.fonts.body()}, words, column.width());
  return y + drawTextCentered(f, column.centerX(), y, color, words, column.width()).y +
         ctx.metrics.gap();
}

float problemLine(UiContext& ctx, const kiosk::Snapshot& snap, const ContentArea& column, float y) {
  if (!snap.error) return y;
  ctx.fonts.require(*snap.error);
  return y +
         drawTextCentered(ctx.fonts.body(), column.centerX(), y, palette().errorText, *snap.error,
                          column.width())
             .y +
         ctx.metrics.minGap();
}

void residentFooter(UiContext& ctx, const kiosk::Snapshot& snap, ResidentFooter parts) {
  if (parts.back && footerButton(ctx, ctx.t(kiosk::Str::Back), FooterSide::Left)) {
    ctx.emit(kiosk::intent::Back{});
  }
  if (!snap.prompt.empty() && footerButton(ctx, ctx.t(kiosk::Str::HearAgain), FooterSide::Middle)) {
    ctx.emit(kiosk::intent::HearAgain{});
  }
  if (parts.callStaff && footerButton(ctx, ctx.t(kiosk::StaffStr::TileCallStaff), FooterSide::Right,
                                      ButtonStyle::Urgent)) {
    ctx.emit(kiosk::intent::OpenTile{kiosk::tiles::CallStaff});
  }
}

}  // namespace yizhan::ui
