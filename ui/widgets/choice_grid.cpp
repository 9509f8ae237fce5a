#include "ui/widgets/choice_grid.h"

#include <algorithm>

namespace yizhan::ui {

int choiceGrid(UiContext& ctx, const std::vector<ChoiceCell>& cells, const GridSpec& spec) {
  const Metrics& m = ctx.metrics;
  int count = static_cast<int>(cells.size());
  if (count == 0) return -1;
  int columns = std::clamp(spec.columns, 1, count);
  int rows = (count + columns - 1) / columns;
  float width = spec.max.x - spec.min.x, height = spec.max.y - spec.min.y;
  float cellW = std::min(spec.maxCell.x, (width - (columns - 1) * m.gap()) / columns);
  float cellH = std::min(spec.maxCell.y, (height - (rows - 1) * m.gap()) / rows);
  float gridH = rows * cellH + (rows - 1) * m.gap();
  float top = spec.min.y + std::max(0.0f, (height - gridH) / 2);
  float centerX = (spec.min.x + spec.max.x) / 2;
  int tapped = -1;
  for (int i = 0; i < count; ++i) {
    const ChoiceCell& cell = cells[static_cast<size_t>(i)];
    ctx.fonts.require(cell.label);
    ctx.fonts.require(cell.detail);
    int row = i / columns, col = i % columns;
    int inRow = std::min(columns, count - row * columns);
    float rowW = inRow * cellW + (inRow - 1) * m.gap();
    ImVec2 pos(centerX - rowW / 2 + col * (cellW + m.gap()), top + row * (cellH + m.gap()));
    ButtonSpec button{pos, ImVec2(cellW, cellH), cell.style, cell.enabled, spec.font};
    button.detail = cell.detail;
    if (bigButton(ctx, cell.label, button)) tapped = i;
  }
  return tapped;
}

}  // namespace yizhan::ui
