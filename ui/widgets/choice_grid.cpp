#include "ui/widgets/choice_grid.h"

#include <algorithm>
#include <cmath>

#include "ui/widgets/drawing.h"

namespace yizhan::ui {

int rowsThatFit(const Metrics& m, float height, float minCellH) {
  // A hair of slack: a band made to hold exactly n rows must not hold n - 1 by rounding.
  return std::max(1,
                  static_cast<int>(std::floor((height + m.gap()) / (minCellH + m.gap()) + 1e-3)));
}

int choiceGrid(UiContext& ctx, const std::vector<ChoiceCell>& cells, const GridSpec& spec) {
  const Metrics& m = ctx.metrics;
  int count = static_cast<int>(cells.size());
  if (count == 0) return -1;
  float width = spec.max.x - spec.min.x, height = spec.max.y - spec.min.y;
  ImVec2 minCell(spec.minCell.x > 0 ? spec.minCell.x : m.minTarget(),
                 spec.minCell.y > 0 ? spec.minCell.y : m.minTarget());
  // Never smaller than the words in it: the widest label on one line, and its second line.
  ImFont* font = spec.font ? spec.font : ctx.fonts.heading();
  ImFont* body = ctx.fonts.body();
  float pad = m.px(3.0f);
  // A picture is a square a little taller than the words, on the left.
  constexpr float kIconScale = 1.3f;
  auto iconOf = [&](const ChoiceCell& cell) {
    return cell.picture ? font->FontSize + (cell.detail.empty() ? 0.0f : body->FontSize) : 0.0f;
  };
  for (const ChoiceCell& cell : cells) {
    float w = std::max(measureText(font, cell.label).x,
                       cell.detail.empty() ? 0.0f : measureText(body, cell.detail).x) +
              (cell.picture ? iconOf(cell) * kIconScale + 2 * pad : 0.0f);
    float h = font->FontSize + (cell.detail.empty() ? 0.0f : pad + body->FontSize);
    minCell.x = std::max(minCell.x, std::min(w + 2 * pad, width));
    minCell.y = std::max(minCell.y, h + 2 * pad);
  }
  int fitColumns =
      std::max(1, static_cast<int>(std::floor((width + m.gap()) / (minCell.x + m.gap()) + 1e-3)));
  int columns = std::clamp(std::min(spec.columns, fitColumns), 1, count);
  int rows = rowsThatFit(m, height, minCell.y);

  // Paged: a row for the pager, and as many rows of cells as still fit above it.
  int first = 0, shown = count, pages = 1, page = 0;
  bool pagerUnder = spec.pagerTop < 0;
  float pagerH = pagerUnder ? m.minTarget() + m.gap() : 0.0f;
  if (count > columns * rows && !spec.list.empty()) {
    rows = rowsThatFit(m, height - pagerH, minCell.y);
    int perPage = columns * rows;
    pages = (count + perPage - 1) / perPage;
    page = std::clamp(ctx.pages ? ctx.pages->page(spec.list) : 0, 0, pages - 1);
    first = page * perPage;
    shown = std::min(perPage, count - first);
    height -= pagerH;
  }
  rows = std::min(rows, (shown + columns - 1) / columns);
  float cellW = std::min(spec.maxCell.x, (width - (columns - 1) * m.gap()) / columns);
  float cellH = std::min(spec.maxCell.y, (height - (rows - 1) * m.gap()) / rows);
  cellW = std::max(cellW, minCell.x);
  cellH = std::max(cellH, minCell.y);
  float gridH = rows * cellH + (rows - 1) * m.gap();
  float top = spec.min.y + std::max(0.0f, (height - gridH) / 2);
  float centerX = (spec.min.x + spec.max.x) / 2;
  int tapped = -1;
  for (int k = 0; k < shown; ++k) {
    int i = first + k;
    const ChoiceCell& cell = cells[static_cast<size_t>(i)];
    ctx.fonts.require(cell.label);
    ctx.fonts.require(cell.detail);
    int row = k / columns, col = k % columns;
    int inRow = std::min(columns, shown - row * columns);
    float rowW = inRow * cellW + (inRow - 1) * m.gap();
    ImVec2 pos(centerX - rowW / 2 + col * (cellW + m.gap()), top + row * (cellH + m.gap()));
    ButtonSpec button{pos, ImVec2(cellW, cellH), cell.style, cell.enabled, spec.font};
    button.detail = cell.detail;
    button.chosen = cell.chosen;
    float icon = std::min(iconOf(cell) * kIconScale, cellH - 2 * pad);
    if (cell.picture) button.iconWidth = icon + 2 * pad;
    if (bigButton(ctx, cell.label, button)) tapped = i;
    if (cell.picture) {
      Rgb onButton = !cell.enabled                        ? palette().onDisabled
                     : cell.style == ButtonStyle::Primary ? palette().onPrimary
                     : cell.style == ButtonStyle::Urgent  ? palette().onUrgent
                                                          : palette().onPlain;
      drawPictogram(*cell.picture, ImVec2(pos.x + pad * 1.5f, pos.y + (cellH - icon) / 2), icon,
                    onButton);
    }
  }

  if (pages > 1 && pagerUnder) {
    pager(ctx, spec.list, page, pages, spec.min.x, spec.max.x, spec.max.y - m.minTarget());
  } else if (pages > 1) {
    pager(ctx, spec.list, page, pages, spec.pagerLeft, spec.pagerRight, spec.pagerTop);
  }
  return tapped;
}

void pager(UiContext& ctx, std::string_view list, int page, int pages, float minX, float maxX,
           float y) {
  const Metrics& m = ctx.metrics;
  ImFont* body = ctx.fonts.body();
  float h = m.minTarget();
  std::string_view previous = ctx.t(kiosk::Str::PagePrevious), next = ctx.t(kiosk::Str::PageNext);
  float buttonW = std::max(m.px(40.0f), measureText(body, next).x + 2 * m.px(8.0f));
  ButtonSpec back{ImVec2(minX, y), ImVec2(buttonW, h), ButtonStyle::Plain, page > 0, body};
  back.id = list.data();
  if (bigButton(ctx, previous, back) && ctx.pages) ctx.pages->turn(list, page - 1);
  ButtonSpec forward{ImVec2(maxX - buttonW, y), ImVec2(buttonW, h), ButtonStyle::Plain,
                     page + 1 < pages, body};
  forward.id = list.data();
  if (bigButton(ctx, next, forward) && ctx.pages) ctx.pages->turn(list, page + 1);
  std::string where = kiosk::format(kiosk::Str::PageOf, ctx.lang,
                                    {std::to_string(page + 1), std::to_string(pages)});
  drawTextCentered(body, (minX + maxX) / 2, y + (h - body->FontSize) / 2, palette().text, where);
}

}  // namespace yizhan::ui
