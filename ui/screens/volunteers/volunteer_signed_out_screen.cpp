#include <string>

#include "kiosk/base/local_time.h"
#include "kiosk/volunteers/volunteer_flow.h"
#include "kiosk/volunteers/volunteer_strings.h"
#include "ui/screens/screen_registry.h"
#include "ui/screens/volunteers/volunteer_screen_parts.h"
#include "ui/widgets/drawing.h"
#include "ui/widgets/screen_frame.h"

namespace yizhan::ui {

using kiosk::VolStr;

// 签退成功: this shift's hours very large (or that staff will confirm them) on the left; when,
// what, today's total and 好的 on the right. Portrait: one column.
void drawVolunteerSignedOutScreen(const kiosk::Snapshot& snap, UiContext& ctx) {
  const Palette& p = palette();
  const Metrics& m = ctx.metrics;
  const kiosk::VolunteerPart& v = snap.part<kiosk::VolunteerPart>();
  ContentArea area = beginScreen(ctx, snap, ctx.t(VolStr::SignedOutTitle));
  if (!v.shift || !v.shift->endEpoch) {
    endScreen();
    return;
  }
  std::string at = kiosk::formatClock(kiosk::fromEpochSeconds(*v.shift->endEpoch));
  std::string activity = kiosk::activityWords(v.shift->activity, ctx.lang);

  ContentArea figureSide = area, infoSide = area;
  if (!m.portrait) {
    figureSide.max.x = area.min.x + area.width() * 0.5f;
    infoSide.min.x = figureSide.max.x + m.gap();
  }
  float y = figureSide.min.y + (m.portrait ? area.height() * 0.06f : topOffset(m, area));
  y = centredLine(ctx, figureSide, y, v.nameMasked, p.mutedText);
  bool review = v.shift->status == "review";
  if (review) {
    y = centredLine(ctx, figureSide, y, std::string(ctx.t(VolStr::NeedsConfirming)), p.text);
  } else if (v.tooShort) {
    y = centredLine(ctx, figureSide, y,
                    kiosk::format(VolStr::TooShort, ctx.lang, {std::to_string(v.minimumMinutes)}),
                    p.text);
  } else {
    y = centredLine(ctx, figureSide, y, std::string(ctx.t(VolStr::ShiftLastedCaption)), p.text);
    std::string lasted = kiosk::serviceTimeWords(v.shift->creditedMinutes, ctx.lang);
    ctx.fonts.require(lasted);
    ImFont* display = ctx.fonts.display();
    ImFont* big =
        measureText(display, lasted).x <= figureSide.width() ? display : ctx.fonts.heading();
    y += drawTextCentered(big, figureSide.centerX(), y, p.calmText, lasted, figureSide.width()).y +
         m.gap();
  }
  y = recordButton(ctx, v, figureSide, y);

  y = m.portrait ? y + m.gap() : infoSide.min.y + topOffset(m, area);
  y = centredLine(ctx, infoSide, y, kiosk::format(VolStr::SignedOutAt, ctx.lang, {at, activity}),
                  p.text);
  y = centredLine(ctx, infoSide, y,
                  kiosk::format(VolStr::TodayTotal, ctx.lang,
                                {kiosk::serviceTimeWords(v.todayMinutes, ctx.lang)}),
                  p.text);
  y = monthLines(ctx, v, infoSide, y);
  if (doneButton(ctx, infoSide, y, area.max.y)) ctx.emit(kiosk::intent::VolunteerDone{});
  residentFooter(ctx, snap, {false, true});
  endScreen();
}

namespace {
[[maybe_unused]] const ScreenRegistration kRegistered{kiosk::screens::VolunteerSignedOut,
                                                      drawVolunteerSignedOutScreen};
}  // namespace

}  // namespace yizhan::ui
