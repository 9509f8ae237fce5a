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

  KeypadSpec pad;
  pad.gap = m.gap();
  pad.keySize = std::min(150.0f * m.scale, (area.height() - 3 * pad.gap) / 4);
  ImVec2 padSize = keypadSize(pad);
  pad.pos = ImVec2(area.max.x - padSize.x, area.min.y);
  bool canType = snap.part<kiosk::StaffPinPart>().pinState == PinState::Entering ||
                 snap.part<kiosk::StaffPinPart>().pinState == PinState::Wrong;
  pad.enabled = canType;
  pad.confirmEnabled = snap.part<kiosk::StaffPinPart>().pinDigits >= 4;

  float leftWidth = pad.pos.x - area.min.x - 2 * m.gap();
  float y = area.min.y + m.gap();
  ImFont* heading = ctx.fonts.heading();
  drawText(heading, ImVec2(area.min.x, y), p.text, ctx.t(StaffStr::StaffPinPrompt), leftWidth);
  y += heading->FontSize + 2 * m.gap();

  // Eight slots; the entered digits show as filled dots, never as numbers.
  ImDrawList* draw = ImGui::GetWindowDrawList();
  float slot = 70.0f * m.scale;
  for (int i = 0; i < 8; ++i) {
    ImVec2 c(area.min.x + slot / 2 + i * (slot + m.minGap()), y + slot / 2);
    draw->AddCircle(c, slot / 2 - 2, toImU32(p.plainBorder), 32, 3.0f * m.scale);
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
  residentFooter(ctx);
  endScreen();
}

namespace {
[[maybe_unused]] const ScreenRegistration kRegistered{kiosk::screens::StaffPin, drawStaffPinScreen};
}  // namespace

}  // namespace yizhan::ui
