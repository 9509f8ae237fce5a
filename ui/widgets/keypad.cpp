#include "ui/widgets/keypad.h"

#include <string>

#include "ui/widgets/big_button.h"

namespace yizhan::ui {

namespace {
int rowsOf(const KeypadSpec& spec) {
  return spec.allowX ? 5 : 4;
}
}  // namespace

ImVec2 keypadSize(const KeypadSpec& spec) {
  int rows = rowsOf(spec);
  return ImVec2(3 * spec.keySize + 2 * spec.gap, rows * spec.keySize + (rows - 1) * spec.gap);
}

void keypad(UiContext& ctx, const KeypadSpec& spec) {
  auto cell = [&](int row, int col) {
    return ImVec2(spec.pos.x + col * (spec.keySize + spec.gap),
                  spec.pos.y + row * (spec.keySize + spec.gap));
  };
  ImVec2 key(spec.keySize, spec.keySize);
  ImFont* font = ctx.fonts.display();
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
  ImVec2 wide(3 * spec.keySize + 2 * spec.gap, spec.keySize);
  if (spec.allowX) {
    if (bigButton(ctx, "X", {cell(3, 0), key, ButtonStyle::Plain, spec.enabled, font})) {
      ctx.emit(kiosk::intent::KeypadKey{'X'});
    }
    if (bigButton(ctx, del, {cell(3, 2), key, ButtonStyle::Plain, spec.enabled})) {
      ctx.emit(kiosk::intent::KeypadDelete{});
    }
    if (bigButton(ctx, ok,
                  {cell(4, 0), wide, ButtonStyle::Primary, spec.enabled && spec.confirmEnabled})) {
      ctx.emit(kiosk::intent::KeypadConfirm{});
    }
  } else {
    if (bigButton(ctx, del, {cell(3, 0), key, ButtonStyle::Plain, spec.enabled})) {
      ctx.emit(kiosk::intent::KeypadDelete{});
    }
    if (bigButton(ctx, ok,
                  {cell(3, 2), key, ButtonStyle::Primary, spec.enabled && spec.confirmEnabled})) {
      ctx.emit(kiosk::intent::KeypadConfirm{});
    }
  }
}

}  // namespace yizhan::ui
