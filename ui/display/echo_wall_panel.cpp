#include "ui/display/echo_wall_panel.h"

#include <string>

#include "kiosk/base/strings.h"
#include "kiosk/echo/echo_strings.h"
#include "ui/echo/echo_cards.h"
#include "ui/widgets/drawing.h"

namespace yizhan::ui {

void drawEchoWallPanel(const kiosk::DisplayState& state, UiContext& ctx, const ContentArea& area,
                       float bottom) {
  const Metrics& m = ctx.metrics;
  ImFont* body = ctx.fonts.body();
  float y =
      drawEchoHeadline(ctx, area, static_cast<int>(state.echo.size()), ctx.fonts.display(), true);
  // Across the room: titles in heading size, two columns where the screen is wide; the page
  // line at the bottom when there is more than one.
  EchoCardLook look{ctx.fonts.heading(), body, echoColumns(ctx, area, body)};
  ContentArea cards{ImVec2(area.min.x, y), ImVec2(area.max.x, bottom)};
  std::vector<size_t> starts = echoPages(ctx, state.echo, cards, look, body->FontSize + m.minGap());
  // The service turns the page every kEchoPageSeconds; how many pages there are is ours.
  size_t page = static_cast<size_t>(state.echoTurn) % starts.size();
  drawEchoCards(ctx, state.echo, starts[page], cards, look);
  if (starts.size() > 1) {
    std::string where = kiosk::format(kiosk::EchoStr::PageOf, ctx.lang,
                                      {std::to_string(page + 1), std::to_string(starts.size())});
    drawTextCentered(body, area.centerX(), bottom - body->FontSize, palette().mutedText, where);
  }
}

}  // namespace yizhan::ui
