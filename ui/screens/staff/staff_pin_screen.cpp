#include <string>

#include "kiosk/staff/staff_pin_flow.h"
#include "kiosk/staff/staff_strings.h"
#include "ui/screens/screen_registry.h"
#include "ui/widgets/drawing.h"
#include "ui/widgets/keypad.h"
#include "ui/widgets/screen_frame.h"

namespace yizhan::ui {

using kiosk::PinState;
using kiosk::StaffStr;
using kiosk::Str;

void drawStaffPinScreen(const kiosk::Snapshot& snap, UiContext& ctx) {
  const Palette& p = palette();
  const Metrics& m = ctx.metrics;
  ContentArea area = beginScreen(ctx, snap, ctx.t(StaffStr::StaffPinTitle));

  KeypadSplit split = splitForKeypad(ctx, area);
  KeypadSpec& pad = split.pad;
  bool canType = snap.part<kiosk::StaffPinPart>().pinState == PinState::Entering ||
                 snap.part<kiosk::StaffPinPart>().pinState == PinState::Wrong;
  pad.enabled = canType;
  pad.confirmEnabled = snap.part<kiosk::StaffPinPart>().pinDigits >= 4;

  float leftWidth = split.words.width();
  float y = area.min.y;
  ImFont* body = ctx.fonts.body();
  y += drawText(body, ImVec2(area.min.x, y), p.text, ctx.t(StaffStr::StaffPinPrompt), leftWidth).y +
       m.gap();

  // Eight slots; the entered digits show as filled dots, never as numbers.
  ImDrawList* draw = ImGui::GetWindowDrawList();
  float slot = std::min(m.px(14.0f), (leftWidth - 7 * m.px(2.0f)) / 8);
  for (int i = 0; i < 8; ++i) {
    ImVec2 c(area.min.x + slot / 2 + i * (slot + m.px(2.0f)), y + slot / 2);
    draw->AddCircle(c, slot / 2 - 2, toImU32(p.plainBorder), 32, m.px(0.8f));
    if (i < snap.part<kiosk::StaffPinPart>().pinDigits)
      draw->AddCircleFilled(c, slot / 4, toImU32(p.text), 32);
  }
  y += slot + 2 * m.gap();

  std::string message;
  Rgb color = p.errorText;
  switch (snap.part<kiosk::StaffPinPart>().pinState) {
    case PinState::Entering:
      break;
    case PinState::Verifying:
      message = ctx.t(StaffStr::PinVerifying);
      color = p.text;
      break;
    case PinState::Wrong:
      message = kiosk::format(StaffStr::PinWrong, ctx.lang,
                              {std::to_string(snap.part<kiosk::StaffPinPart>().triesLeft)});
      break;
    case PinState::Locked:
      message = kiosk::format(
          StaffStr::PinLocked, ctx.lang,
          {kiosk::durationText(snap.part<kiosk::StaffPinPart>().lockRemaining, ctx.lang)});
      break;
    case PinState::NotSet:
      message = ctx.t(StaffStr::PinNotSet);
      break;
  }
  if (snap.error) message = *snap.error;
  if (!message.empty())
    drawText(ctx.fonts.body(), ImVec2(area.min.x, y), color, message, leftWidth);

  keypad(ctx, pad);
  // A resident looking for help may land here: the same way back and to staff as elsewhere.
  residentFooter(ctx, snap);
  endScreen();
}

namespace {
[[maybe_unused]] const ScreenRegistration kRegistered{kiosk::screens::StaffPin, drawStaffPinScreen};
}  // namespace

}  // namespace yizhan::ui
