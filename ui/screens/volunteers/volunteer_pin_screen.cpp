#include "kiosk/volunteers/volunteer_flow.h"
#include "kiosk/volunteers/volunteer_strings.h"
#include "ui/screens/screen_registry.h"
#include "ui/widgets/drawing.h"
#include "ui/widgets/keypad.h"
#include "ui/widgets/pin_dots.h"
#include "ui/widgets/screen_frame.h"

namespace yizhan::ui {

using kiosk::VolStr;

void drawVolunteerPinScreen(const kiosk::Snapshot& snap, UiContext& ctx) {
  const Palette& p = palette();
  const Metrics& m = ctx.metrics;
  const kiosk::VolunteerPart& v = snap.part<kiosk::VolunteerPart>();
  ContentArea area = beginScreen(ctx, snap, ctx.t(VolStr::PinTitle));
  KeypadSplit split = splitForKeypad(ctx, area);
  split.pad.enabled = !v.pinChecking;
  split.pad.confirmEnabled = v.pinDigits == 4 && !v.pinChecking;
  const ContentArea& words = split.words;
  ImFont* body = ctx.fonts.body();
  float y = words.min.y;
  y += drawText(body, ImVec2(words.min.x, y), p.text, ctx.t(VolStr::PinHint), words.width()).y +
       m.gap();
  y += pinDots(ctx, ImVec2(words.min.x, y), words.width(), 4, v.pinDigits) + 2 * m.gap();
  if (v.pinChecking) {
    drawText(body, ImVec2(words.min.x, y), p.text, ctx.t(VolStr::PinChecking), words.width());
  } else if (snap.error) {
    ctx.fonts.require(*snap.error);
    drawText(body, ImVec2(words.min.x, y), p.errorText, *snap.error, words.width());
  }
  keypad(ctx, split.pad);
  residentFooter(ctx, snap);
  endScreen();
}

namespace {
[[maybe_unused]] const ScreenRegistration kRegistered{kiosk::screens::VolunteerPin,
                                                      drawVolunteerPinScreen};
}  // namespace

}  // namespace yizhan::ui
