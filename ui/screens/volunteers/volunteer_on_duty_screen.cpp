#include <string>

#include "kiosk/base/local_time.h"
#include "kiosk/queue/queue_strings.h"
#include "kiosk/volunteers/volunteer_flow.h"
#include "kiosk/volunteers/volunteer_strings.h"
#include "ui/screens/screen_registry.h"
#include "ui/screens/volunteers/volunteer_screen_parts.h"
#include "ui/widgets/big_button.h"
#include "ui/widgets/drawing.h"
#include "ui/widgets/screen_frame.h"

namespace yizhan::ui {

using kiosk::VolStr;

// A volunteer's shift: just signed in (签到成功, the time very large, 好的), or on duty and back
// at the kiosk (服务中, how long so far, 签退). Whatever the next features offer a volunteer on
// duty (the on-behalf requests) comes as buttons between.
void drawVolunteerOnDutyScreen(const kiosk::Snapshot& snap, UiContext& ctx) {
  const Palette& p = palette();
  const Metrics& m = ctx.metrics;
  const kiosk::VolunteerPart& v = snap.part<kiosk::VolunteerPart>();
  ContentArea area =
      beginScreen(ctx, snap, ctx.t(v.justSignedIn ? VolStr::SignedInTitle : VolStr::OnDutyTitle));
  if (!v.shift) {
    endScreen();
    return;
  }
  std::string since = kiosk::formatClock(kiosk::fromEpochSeconds(v.shift->startEpoch));
  std::string activity = kiosk::activityWords(v.shift->activity, ctx.lang);

  // Landscape: the figure on the left (the time signed in, or how long so far), the rest on
  // the right. Portrait: one column.
  ContentArea figureSide = area, infoSide = area;
  if (!m.portrait) {
    figureSide.max.x = area.min.x + area.width() * 0.5f;
    infoSide.min.x = figureSide.max.x + m.gap();
  }
  std::int64_t served =
      std::max<std::int64_t>(0, (kiosk::epochSeconds(snap.now) - v.shift->startEpoch) / 60);
  std::string figure = v.justSignedIn ? since : kiosk::serviceTimeWords(served, ctx.lang);
  float y = figureSide.min.y + (m.portrait ? area.height() * 0.06f : topOffset(m, area));
  y = centredLine(ctx, figureSide, y, v.nameMasked, p.mutedText);
  y = centredLine(
      ctx, figureSide, y,
      std::string(ctx.t(v.justSignedIn ? VolStr::SignedInCaption : VolStr::ServedCaption)), p.text);
  ctx.fonts.require(figure);
  ImFont* display = ctx.fonts.display();
  ImFont* big =
      measureText(display, figure).x <= figureSide.width() ? display : ctx.fonts.heading();
  y += drawTextCentered(big, figureSide.centerX(), y, p.calmText, figure, figureSide.width()).y +
       m.gap();
  if (!v.justSignedIn) y = recordButton(ctx, v, figureSide, y);

  y = m.portrait ? y + m.gap() : infoSide.min.y + topOffset(m, area);
  if (v.justSignedIn) {
    y = centredLine(ctx, infoSide, y, kiosk::format(VolStr::ActivityLine, ctx.lang, {activity}),
                    p.text);
    y = centredLine(ctx, infoSide, y, std::string(ctx.t(VolStr::Thanks)), p.calmText);
    if (v.forgottenEarlier)
      y = centredLine(ctx, infoSide, y, std::string(ctx.t(VolStr::ForgottenEarlier)), p.text);
  } else {
    y = centredLine(ctx, infoSide, y,
                    kiosk::format(VolStr::OnDutySince, ctx.lang, {since, activity}), p.text);
    y = monthLines(ctx, v, infoSide, y);
  }

  // The other features' entries, then 签退 (on duty) and 好的.
  ImVec2 size(std::min(infoSide.width(), m.px(150.0f)), m.px(30.0f));
  for (size_t i = 0; i < v.entries.size(); ++i) {
    ctx.fonts.require(v.entries[i].label);
    if (bigButton(ctx, v.entries[i].label,
                  {ImVec2(infoSide.centerX() - size.x / 2, y), size, ButtonStyle::Primary}))
      ctx.emit(v.entries[i].open);
    y += size.y + m.minGap();
  }
  if (v.justSignedIn) {
    if (doneButton(ctx, infoSide, y, area.max.y)) ctx.emit(kiosk::intent::VolunteerDone{});
  } else {
    // 签退 and 好的 side by side at the foot: one row, so both stay large on a short screen.
    float w = std::min((infoSide.width() - m.gap()) / 2, m.px(90.0f));
    float top = std::max(y, area.max.y - size.y);
    float left = infoSide.centerX() - w - m.gap() / 2;
    if (bigButton(ctx, ctx.t(VolStr::SignOutButton),
                  {ImVec2(left, top), ImVec2(w, size.y), ButtonStyle::Urgent}))
      ctx.emit(kiosk::intent::VolunteerSignOut{});
    if (bigButton(ctx, ctx.t(kiosk::QueueStr::TicketDone),
                  {ImVec2(left + w + m.gap(), top), ImVec2(w, size.y), ButtonStyle::Primary}))
      ctx.emit(kiosk::intent::VolunteerDone{});
  }
  residentFooter(ctx, snap, {false, true});
  endScreen();
}

namespace {
[[maybe_unused]] const ScreenRegistration kRegistered{kiosk::screens::VolunteerOnDuty,
                                                      drawVolunteerOnDutyScreen};
}  // namespace

}  // namespace yizhan::ui
