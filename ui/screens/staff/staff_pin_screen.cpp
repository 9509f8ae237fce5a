#include <string>

#include "kiosk/staff/staff_pin_flow.h"
#include "kiosk/staff/staff_strings.h"
#include "ui/screens/screen_registry.h"
#include "ui/widgets/drawing.h"
#include "ui/widgets/keypad.h"
#include "ui/widgets/pin_dots.h"
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
  y += pinDots(ctx, ImVec2(area.min.x, y), leftWidth, 8,
               snap.part<kiosk::StaffPinPart>().pinDigits) +
       2 * m.gap();

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
