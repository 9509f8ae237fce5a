#include <algorithm>
#include <string>

#include "kiosk/echo/echo_strings.h"
#include "kiosk/echo/echo_wall_flow.h"
#include "ui/echo/echo_cards.h"
#include "ui/screens/screen_registry.h"
#include "ui/widgets/choice_grid.h"
#include "ui/widgets/drawing.h"
#include "ui/widgets/screen_frame.h"

namespace yizhan::ui {

using kiosk::EchoStr;

// 回音墙 at the kiosk: the headline, then a page of cards, 上一页 / 下一页 beneath.
void drawEchoWallScreen(const kiosk::Snapshot& snap, UiContext& ctx) {
  const Metrics& m = ctx.metrics;
  const auto& part = snap.part<kiosk::EchoWallPart>();
  ContentArea area = beginScreen(ctx, snap, ctx.t(EchoStr::Title));
  if (part.unreadable) {
    drawTextCentered(ctx.fonts.heading(), area.centerX(), area.min.y + m.gap(), palette().errorText,
                     ctx.t(EchoStr::Unreadable), area.width());
    residentFooter(ctx, snap);
    endScreen();
    return;
  }
  // The title in heading size where two cards fit the page, the motto where it leaves room
  // for them.
  EchoCardLook look{ctx.fonts.heading(), ctx.fonts.body(),
                    echoColumns(ctx, area, ctx.fonts.body())};
  float pagerH = m.minTarget() + m.gap();
  float headlineH = ctx.fonts.heading()->FontSize + m.gap();
  float mottoH = ctx.fonts.body()->FontSize + m.minGap();
  float room = area.height() - headlineH - pagerH;
  int rows = std::max(1, (static_cast<int>(part.entries.size()) + look.columns - 1) / look.columns);
  if (room < std::min(rows, 2) * (echoCardMinHeight(m, look) + m.gap())) look.title = look.line;
  bool motto = room - mottoH >= std::min(rows, 2) * (echoCardMinHeight(m, look) + m.gap());
  float y = drawEchoHeadline(ctx, area, static_cast<int>(part.entries.size()), ctx.fonts.heading(),
                             motto);
  ContentArea cards{ImVec2(area.min.x, y), area.max};
  std::vector<size_t> starts = echoPages(ctx, part.entries, cards, look, pagerH);
  int pages = static_cast<int>(starts.size());
  constexpr std::string_view kList = "echo-wall";
  int page = std::clamp(ctx.pages ? ctx.pages->page(kList) : 0, 0, pages - 1);
  drawEchoCards(ctx, part.entries, starts[static_cast<size_t>(page)], cards, look);
  if (pages > 1) pager(ctx, kList, page, pages, area.min.x, area.max.x, cards.max.y + m.gap());
  residentFooter(ctx, snap);
  endScreen();
}

namespace {
[[maybe_unused]] const ScreenRegistration kRegistered{kiosk::screens::EchoWallScreen,
                                                      drawEchoWallScreen};
}  // namespace

}  // namespace yizhan::ui
