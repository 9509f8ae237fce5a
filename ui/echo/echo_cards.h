#pragma once
// The echo wall's cards (回音墙), drawn alike on the kiosk's page and the waiting-room display:
// what it was and where, what was done, by whom and in how many working days. The display
// draws them larger, to be read from across the room. A card is as tall as its note needs (one
// line or two); a page holds the cards that fit whole.
#include <cstddef>
#include <vector>

#include "kiosk/echo/echo_wall.h"
#include "ui/ui_context.h"
#include "ui/widgets/screen_frame.h"

namespace yizhan::ui {

struct EchoCardLook {
  ImFont* title = nullptr;  // 环境卫生 · 3号楼
  ImFont* line = nullptr;   // what was done; who and how long
  int columns = 1;
};

// One column, or two where the screen is wide enough for cards side by side.
int echoColumns(const UiContext& ctx, const ContentArea& area, ImFont* line);
// The index each page starts at when `entries` are laid out in `cards` as `look` says; one page
// at least, and at least one card a page (cut at the bottom when even one does not fit). Where
// they take more than one page, `cards` gives up `pagerRoom` at its bottom for the page line.
std::vector<size_t> echoPages(UiContext& ctx, const std::vector<kiosk::EchoEntry>& entries,
                              ContentArea& cards, const EchoCardLook& look, float pagerRoom);
// The height of the shortest card (a one-line note).
float echoCardMinHeight(const Metrics& m, const EchoCardLook& look);
// Draws the page that starts at `first`.
void drawEchoCards(UiContext& ctx, const std::vector<kiosk::EchoEntry>& entries, size_t first,
                   const ContentArea& area, const EchoCardLook& look);
// The headline (近7天为居民办好了N件事, or that nothing is up yet) and, with `motto`, the line
// beneath it, centred at the top of `area`; returns the y below them.
float drawEchoHeadline(UiContext& ctx, const ContentArea& area, int total, ImFont* font,
                       bool motto);

}  // namespace yizhan::ui
