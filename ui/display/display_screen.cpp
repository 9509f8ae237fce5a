#include "ui/display/display_screen.h"

#include <algorithm>
#include <string>

#include "kiosk/base/fixed_days.h"
#include "kiosk/base/local_time.h"
#include "kiosk/queue/queue_strings.h"
#include "ui/display/echo_wall_panel.h"
#include "ui/display/volunteer_board.h"
#include "ui/widgets/drawing.h"
#include "ui/widgets/screen_frame.h"

namespace yizhan::ui {

using kiosk::QueueStr;
using kiosk::Str;

void drawDisplayScreen(const kiosk::DisplayState& state, UiContext& ctx) {
  const Palette& p = palette();
  const Metrics& m = ctx.metrics;
  ctx.fonts.require(state.stationName);
  ContentArea area = beginScreen(ctx, state.now, state.stationName);
  ImDrawList* draw = ImGui::GetWindowDrawList();
  ImFont* body = ctx.fonts.body();
  ImFont* heading = ctx.fonts.heading();
  ImFont* numeral = ctx.fonts.numeral();

  // The community's fixed days, along the bottom.
  kiosk::FixedDay today = kiosk::fixedDayOf(kiosk::toLocal(state.now).day);
  Str dayText = today == kiosk::FixedDay::PeoplesSentimentDay ? Str::FixedDayPeoples
                : today == kiosk::FixedDay::ReceptionDay      ? Str::FixedDayReception
                                                              : Str::FixedDaysNote;
  float bottom = ctx.height - m.margin() - body->FontSize;
  drawTextCentered(body, ctx.width / 2, bottom,
                   today == kiosk::FixedDay::None ? p.mutedText : p.errorText, ctx.t(dayText));

  if (!state.storeReady) {
    drawTextCentered(heading, area.centerX(), area.min.y + 2 * m.gap(), p.mutedText,
                     ctx.t(QueueStr::DisplayNoStore));
    endScreen();
    return;
  }

  if (state.showingBoard) {
    drawVolunteerBoard(state, ctx, area, bottom - m.gap());
    endScreen();
    return;
  }
  if (state.showingEcho) {
    drawEchoWallPanel(state, ctx, area, bottom - m.gap());
    endScreen();
    return;
  }

  // Left: one band per counter, the number called there as large as it fits.
  float columnX = area.min.x + area.width() * 0.64f;
  float top = area.min.y;
  float bandsBottom = bottom - m.gap();
  size_t n = std::max<size_t>(state.counters.size(), 1);
  float bandH = std::min(300.0f * m.scale(), (bandsBottom - top - (n - 1) * m.gap()) / n);
  float numberScale = std::min(1.0f, (bandH - 2 * m.minGap()) / numeral->FontSize);
  for (size_t i = 0; i < state.counters.size(); ++i) {
    const auto& c = state.counters[i];
    ctx.fonts.require(c.name);
    ctx.fonts.require(c.serviceName);
    float y = top + i * (bandH + m.gap());
    draw->AddRectFilled(ImVec2(area.min.x, y), ImVec2(columnX - m.gap(), y + bandH),
                        toImU32(c.code ? p.primary : p.disabled), 18.0f * m.scale());
    Rgb on = c.code ? p.onPrimary : p.onDisabled;
    float pad = m.gap();
    // The counter's name large where the band holds it above the line under it.
    ImFont* nameFont = bandH >= heading->FontSize + body->FontSize + 3 * pad ? heading : body;
    drawText(nameFont, ImVec2(area.min.x + pad, y + pad), on, c.name);
    std::string under = c.code ? c.serviceName
                               : std::string(ctx.t(c.open ? QueueStr::DisplayCounterIdle
                                                          : QueueStr::DisplayCounterClosed));
    drawText(body, ImVec2(area.min.x + pad, y + bandH - pad - body->FontSize), on, under);
    if (c.code) {
      float size = numeral->FontSize * numberScale;
      ImVec2 textSize = numeral->CalcTextSizeA(size, FLT_MAX, 0, c.code->c_str());
      ImVec2 at(columnX - m.gap() - pad - textSize.x, y + (bandH - textSize.y) / 2);
      draw->AddText(numeral, size, at, toImU32(on), c.code->c_str());
    }
  }

  // Right: the last calls, then how many wait for each service.
  float rx = columnX + m.gap();
  float ry = top;
  drawText(heading, ImVec2(rx, ry), p.text, ctx.t(QueueStr::DisplayRecent));
  ry += heading->FontSize + m.minGap();
  // Each call on one line: heading size where "A002  1号窗口" fits the column, else body.
  float columnW = area.max.x - rx;
  for (const auto& call : state.recent) {
    ctx.fonts.require(call.counterName);
    float codeW = measureText(heading, "A000").x + m.gap();
    ImFont* f = codeW + measureText(heading, call.counterName).x <= columnW ? heading : body;
    codeW = measureText(f, "A000").x + m.gap();
    drawText(f, ImVec2(rx, ry), p.text, call.code);
    drawText(f, ImVec2(rx + codeW, ry), p.text, call.counterName);
    ry += f->FontSize + m.minGap() / 2;
    if (ry > top + (bandsBottom - top) * 0.55f) break;
  }
  ry = std::max(ry + m.gap(), top + (bandsBottom - top) * 0.58f);
  drawText(heading, ImVec2(rx, ry), p.text, ctx.t(QueueStr::DisplayWaiting));
  ry += heading->FontSize + m.minGap();
  for (const auto& w : state.waiting) {
    ctx.fonts.require(w.serviceName);
    if (ry + body->FontSize > bandsBottom) break;
    drawText(body, ImVec2(rx, ry), p.text, w.serviceName);
    std::string count =
        kiosk::format(QueueStr::DisplayWaitingCount, ctx.lang, {std::to_string(w.count)});
    ImVec2 size = measureText(body, count);
    drawText(body, ImVec2(area.max.x - size.x, ry), p.text, count);
    ry += body->FontSize + m.minGap();
  }
  endScreen();
}

}  // namespace yizhan::ui
