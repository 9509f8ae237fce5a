#pragma once
// A grid of big choice buttons (services, days, times), centred in a band and as large as it
// allows up to a limit. Cells never shrink below their smallest size: when they do not all
// fit, the grid shows a page of them with 上一页 / 下一页 beneath. Returns the index of the
// button tapped this frame, or -1.
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "imgui.h"
#include "ui/ui_context.h"
#include "ui/widgets/big_button.h"
#include "ui/widgets/pictograms.h"

namespace yizhan::ui {

struct ChoiceCell {
  std::string label;
  std::string detail;  // second line, may be empty
  bool enabled = true;
  ButtonStyle style = ButtonStyle::Primary;
  bool chosen = false;
  std::optional<Pictogram> picture = std::nullopt;  // drawn on the left, the words beside it
};

struct GridSpec {
  ImVec2 min, max;  // the band to fill
  int columns = 2;  // at most this many a row
  ImVec2 maxCell;   // largest cell
  ImVec2 minCell;   // smallest cell (0: the smallest touch target)
  ImFont* font = nullptr;
  std::string_view list = {};  // names the list, for its page; empty: never paged
  // Where the pager goes when it is not under the cells (a screen short of height puts it in
  // its footer row): its top and the span across; pagerTop < 0 means under the cells.
  float pagerTop = -1, pagerLeft = 0, pagerRight = 0;
};

int choiceGrid(UiContext& ctx, const std::vector<ChoiceCell>& cells, const GridSpec& spec);

// The row under a paged list: 上一页, 第1页，共2页, 下一页 across [minX, maxX] with its top at
// `y`; turns the page of `list`. Its height is the smallest touch target.
void pager(UiContext& ctx, std::string_view list, int page, int pages, float minX, float maxX,
           float y);

// How many rows of `minCellH` (and gaps) fit in `height`; at least one.
int rowsThatFit(const Metrics& m, float height, float minCellH);

}  // namespace yizhan::ui
