#include <string>

#include "kiosk/volunteers/volunteer_flow.h"
#include "kiosk/volunteers/volunteer_strings.h"
#include "ui/screens/screen_registry.h"
#include "ui/widgets/big_button.h"
#include "ui/widgets/drawing.h"
#include "ui/widgets/pictograms.h"
#include "ui/widgets/screen_frame.h"

namespace yizhan::ui {

using kiosk::VolStr;

// How a volunteer says who they are: the card on the reader or the code under the scanner
// (the big picture and words), or their phone and PIN (the one button).
void drawVolunteerSignInScreen(const kiosk::Snapshot& snap, UiContext& ctx) {
  const Palette& p = palette();
  const Metrics& m = ctx.metrics;
  ContentArea area = beginScreen(ctx, snap, ctx.t(VolStr::SignInTitle));
  ImFont* heading = ctx.fonts.heading();
  ImFont* body = ctx.fonts.body();

  float icon = std::min(m.px(45.0f), area.height() * 0.3f);
  float y = area.min.y + (m.portrait ? area.height() * 0.08f : 0);
  drawPictogram(Pictogram::CardOnReader, ImVec2(area.centerX() - icon / 2, y), icon, p.primary);
  y += icon + m.gap();
  std::string how(ctx.t(VolStr::SignInHow));
  y += drawTextCentered(largestFitting({heading, body}, how, area.width()), area.centerX(), y,
                        p.text, how, area.width())
           .y +
       m.gap();
  if (snap.readerDown) {
    ctx.fonts.require(*snap.readerDown);
    y += drawTextCentered(body, area.centerX(), y, p.errorText, *snap.readerDown, area.width()).y +
         m.minGap();
  }
  if (snap.error) {
    ctx.fonts.require(*snap.error);
    y += drawTextCentered(body, area.centerX(), y, p.errorText, *snap.error, area.width()).y +
         m.minGap();
  }

  // The phone and PIN: one button at the foot of the content, wide enough for its words.
  std::string_view label = ctx.t(VolStr::UsePhone);
  ImVec2 size(
      std::min(area.width(), std::max(m.px(150.0f), measureText(heading, label).x + 4 * m.gap())),
      m.minTarget() * 1.2f);
  ImVec2 pos(area.centerX() - size.x / 2, std::max(y + m.gap(), area.max.y - size.y));
  if (bigButton(ctx, label, {pos, size, ButtonStyle::Primary})) {
    ctx.emit(kiosk::intent::VolunteerUsePhone{});
  }
  residentFooter(ctx, snap);
  endScreen();
}

namespace {
[[maybe_unused]] const ScreenRegistration kRegistered{kiosk::screens::VolunteerSignIn,
                                                      drawVolunteerSignInScreen};
}  // namespace

}  // namespace yizhan::ui
