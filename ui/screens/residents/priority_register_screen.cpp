#include <string>

#include "kiosk/residents/priority_register_flow.h"
#include "kiosk/residents/resident_strings.h"
#include "ui/screens/screen_registry.h"
#include "ui/widgets/big_button.h"
#include "ui/widgets/drawing.h"
#include "ui/widgets/screen_frame.h"

namespace yizhan::ui {

using kiosk::ResidentStr;
using kiosk::Str;

void drawPriorityRegisterScreen(const kiosk::Snapshot& snap, UiContext& ctx) {
  const Palette& p = palette();
  const Metrics& m = ctx.metrics;
  ContentArea area = beginScreen(ctx, snap, ctx.t(ResidentStr::PriorityRegisterTitle));
  ImFont* heading = ctx.fonts.heading();
  ImFont* body = ctx.fonts.body();
  float y = area.min.y + m.gap();
  if (!snap.part<kiosk::PriorityRegisterPart>().registerCard) {
    drawTextCentered(heading, area.centerX(), y, p.text, ctx.t(ResidentStr::PriorityRegisterHint));
  } else {
    const auto& card = *snap.part<kiosk::PriorityRegisterPart>().registerCard;
    std::string id = kiosk::format(ResidentStr::PriorityRegisterCard, ctx.lang, {card.maskedId});
    y += drawTextCentered(heading, area.centerX(), y, p.text, id).y + m.gap();
    if (card.age) {
      std::string age = std::to_string(*card.age);
      std::string line = kiosk::format(*card.age >= 70 ? ResidentStr::PriorityRegisterAgePriority
                                                       : ResidentStr::PriorityRegisterAge,
                                       ctx.lang, {age});
      y += drawTextCentered(body, area.centerX(), y, p.text, line).y + m.gap();
    }
    auto state = card.disability ? ResidentStr::PriorityRegisterFlagged
                                 : ResidentStr::PriorityRegisterNotFlagged;
    y += drawTextCentered(heading, area.centerX(), y, card.disability ? p.deviceOk : p.mutedText,
                          ctx.t(state))
             .y +
         2 * m.gap();
    float w = m.px(119.1f), h = m.px(32.3f);
    ImVec2 pos(area.centerX() - w / 2, y);
    auto action =
        card.disability ? ResidentStr::PriorityRegisterClear : ResidentStr::PriorityRegisterSet;
    if (bigButton(ctx, ctx.t(action), {pos, ImVec2(w, h), ButtonStyle::Primary})) {
      ctx.emit(kiosk::intent::SetDisability{!card.disability});
    }
    y += h + m.gap();
  }
  if (snap.notice) drawTextCentered(body, area.centerX(), y, p.deviceOk, *snap.notice);
  if (footerButton(ctx, ctx.t(Str::Back), FooterSide::Left)) ctx.emit(kiosk::intent::Back{});
  endScreen();
}

namespace {
[[maybe_unused]] const ScreenRegistration kRegistered{kiosk::screens::PriorityRegister,
                                                      drawPriorityRegisterScreen};
}  // namespace

}  // namespace yizhan::ui
