#include "ui/display/volunteer_board.h"

#include <algorithm>
#include <string>

#include "kiosk/base/strings.h"
#include "kiosk/volunteers/volunteer_flow.h"
#include "kiosk/volunteers/volunteer_strings.h"
#include "ui/widgets/drawing.h"

namespace yizhan::ui {

using kiosk::VolStr;

void drawVolunteerBoard(const kiosk::DisplayState& state, UiContext& ctx, const ContentArea& area,
                        float bottom) {
  const Palette& p = palette();
  const Metrics& m = ctx.metrics;
  ImFont* body = ctx.fonts.body();
  ImFont* heading = ctx.fonts.heading();
  std::string month = state.boardMonth.size() == 7
                          ? std::to_string(std::stoi(state.boardMonth.substr(5)))
                          : state.boardMonth;
  std::string title = kiosk::format(VolStr::BoardTitle, ctx.lang, {month});
  ctx.fonts.require(title);
  float y = area.min.y;
  drawTextCentered(heading, area.centerX(), y, p.text, title);
  y += heading->FontSize + m.gap();

  // As many teams side by side as hold a name and its hours at body size.
  float widest = measureText(body, "10  王**明  100小时30分钟").x + 2 * m.gap();
  int columns = std::clamp(static_cast<int>(area.width() / widest), 1,
                           static_cast<int>(std::max<size_t>(state.board.size(), 1)));
  float w = (area.width() - (columns - 1) * m.gap()) / columns;
  float rowH = body->FontSize + m.minGap();
  float headerH = heading->FontSize + m.gap() + m.minGap();
  // Teams fill the columns, then rows of them below (a portrait screen stacks them); each
  // team's list is as long as its share of the height holds, so every team shown is whole
  // enough to read its first three.
  int blockRows = (static_cast<int>(state.board.size()) + columns - 1) / columns;
  while (blockRows > 1 && (bottom - y - (blockRows - 1) * m.gap()) / blockRows < headerH + 3 * rowH)
    --blockRows;
  float blockH = (bottom - y - (blockRows - 1) * m.gap()) / std::max(blockRows, 1);
  size_t shown = std::min(state.board.size(), static_cast<size_t>(blockRows * columns));
  ImDrawList* draw = ImGui::GetWindowDrawList();
  for (size_t t = 0; t < shown; ++t) {
    const auto& team = state.board[t];
    float x = area.min.x + static_cast<float>(t % columns) * (w + m.gap());
    float ty = y + static_cast<float>(t / columns) * (blockH + m.gap());
    float blockBottom = ty + blockH;
    ctx.fonts.require(team.team);
    draw->AddRectFilled(ImVec2(x, ty), ImVec2(x + w, ty + heading->FontSize + m.gap()),
                        toImU32(p.primary), 12.0f * m.scale());
    drawTextCentered(heading, x + w / 2, ty + m.gap() / 2, p.onPrimary, team.team, w);
    ty += headerH;
    for (size_t i = 0; i < team.top.size(); ++i) {
      if (ty + body->FontSize > blockBottom) break;
      const auto& e = team.top[i];
      std::string rank = std::to_string(i + 1);
      std::string hours = kiosk::serviceTimeWords(e.minutes, ctx.lang);
      ctx.fonts.require(e.nameMasked);
      ctx.fonts.require(hours);
      drawText(body, ImVec2(x + m.minGap(), ty), p.mutedText, rank);
      drawText(body, ImVec2(x + m.minGap() + measureText(body, "10").x + m.gap(), ty), p.text,
               e.nameMasked);
      ImVec2 size = measureText(body, hours);
      drawText(body, ImVec2(x + w - m.minGap() - size.x, ty), p.text, hours);
      ty += rowH;
    }
  }
}

}  // namespace yizhan::ui
