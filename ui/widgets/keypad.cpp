#include "ui/widgets/keypad.h"

#include <algorithm>
#include <string>

#include "ui/widgets/big_button.h"
#include "ui/widgets/drawing.h"

namespace yizhan::ui {

namespace {
int rowsOf(const KeypadSpec& spec) {
  return spec.allowX ? 5 : 4;
}

// Keys at least as wide as tall, and wide enough for 删除 and 确认 on one line.
float keyWidthFor(const UiContext& ctx, float height) {
  float words = std::max(measureText(ctx.fonts.body(), ctx.t(kiosk::Str::Delete)).x,
                         measureText(ctx.fonts.body(), ctx.t(kiosk::Str::Confirm)).x);
  return std::max(height, words + ctx.metrics.px(6.0f));
}
}  // namespace

ImVec2 keypadSize(const KeypadSpec& spec) {
  int rows = rowsOf(spec);
  float w = spec.keyWidth > 0 ? spec.keyWidth : spec.keySize;
  return ImVec2(3 * w + 2 * spec.gap, rows * spec.keySize + (rows - 1) * spec.gap);
}

KeypadSplit splitForKeypad(const UiContext& ctx, const ContentArea& area) {
  const Metrics& m = ctx.metrics;
  KeypadSplit split;
  split.pad.gap = m.minGap();
  split.words = area;
  if (m.portrait) {
    split.pad.keySize =
        std::max(m.minTarget(), std::min(m.px(34.0f), (area.width() - 2 * split.pad.gap) / 3));
    split.pad.keyWidth = keyWidthFor(ctx, split.pad.keySize);
    ImVec2 size = keypadSize(split.pad);
    split.pad.pos = ImVec2(area.centerX() - size.x / 2, area.max.y - size.y);
    split.words.max.y = split.pad.pos.y - m.gap();
  } else {
    split.pad.keySize =
        std::max(m.minTarget(), std::min(m.px(34.0f), (area.height() - 3 * split.pad.gap) / 4));
    split.pad.keyWidth = keyWidthFor(ctx, split.pad.keySize);
    ImVec2 size = keypadSize(split.pad);
    split.pad.pos = ImVec2(area.max.x - size.x, area.min.y);
    split.words.max.x = split.pad.pos.x - 2 * m.gap();
  }
  return split;
}

void keypad(UiContext& ctx, const KeypadSpec& spec) {
  float keyW = spec.keyWidth > 0 ? spec.keyWidth : spec.keySize;
  auto cell = [&](int row, int col) {
    return ImVec2(spec.pos.x + col * (keyW + spec.gap),
                  spec.pos.y + row * (spec.keySize + spec.gap));
  };
  ImVec2 key(keyW, spec.keySize);
  ImFont* font = ctx.fonts.heading();
  for (int digit = 1; digit <= 9; ++digit) {
    std::string label(1, static_cast<char>('0' + digit));
    if (bigButton(ctx, label,
                  {cell((digit - 1) / 3, (digit - 1) % 3), key, ButtonStyle::Plain, spec.enabled,
                   font})) {
      ctx.emit(kiosk::intent::KeypadKey{label[0]});
    }
  }
  // Bottom rows: PIN mode "删除 0 确认"; ID mode "X 0 删除" then a wide 确认.
  std::string_view del = ctx.t(kiosk::Str::Delete);
  std::string_view ok = ctx.t(kiosk::Str::Confirm);
  if (bigButton(ctx, "0", {cell(3, 1), key, ButtonStyle::Plain, spec.enabled, font})) {
    ctx.emit(kiosk::intent::KeypadKey{'0'});
  }
  ImVec2 wide(3 * keyW + 2 * spec.gap, spec.keySize);
  ImFont* words = ctx.fonts.body();
  if (spec.allowX) {
    if (bigButton(ctx, "X", {cell(3, 0), key, ButtonStyle::Plain, spec.enabled, font})) {
      ctx.emit(kiosk::intent::KeypadKey{'X'});
    }
    if (bigButton(ctx, del, {cell(3, 2), key, ButtonStyle::Plain, spec.enabled, words})) {
      ctx.emit(kiosk::intent::KeypadDelete{});
    }
    if (bigButton(
            ctx, ok,
            {cell(4, 0), wide, ButtonStyle::Primary, spec.enabled && spec.confirmEnabled, words})) {
      ctx.emit(kiosk::intent::KeypadConfirm{});
    }
  } else {
    if (bigButton(ctx, del, {cell(3, 0), key, ButtonStyle::Plain, spec.enabled, words})) {
      ctx.emit(kiosk::intent::KeypadDelete{});
    }
    if (bigButton(
            ctx, ok,
            {cell(3, 2), key, ButtonStyle::Primary, spec.enabled && spec.confirmEnabled, words})) {
      ctx.emit(kiosk::intent::KeypadConfirm{});
    }
  }
}

}  // namespace yizhan::ui
