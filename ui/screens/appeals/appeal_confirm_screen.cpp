#include <string>
#include <vector>

#include "kiosk/appeals/appeal_flow.h"
#include "kiosk/appeals/appeal_strings.h"
#include "kiosk/requests/errand_flow.h"
#include "ui/screens/screen_registry.h"
#include "ui/widgets/big_button.h"
#include "ui/widgets/drawing.h"
#include "ui/widgets/pictograms.h"
#include "ui/widgets/screen_frame.h"
#include "ui/widgets/step_line.h"

namespace yizhan::ui {

using kiosk::AppealStr;

// The appeal read back before it goes: what, with its picture, where, the day an answer is due
// and who raises it (or that nobody is named); then two big buttons side by side, 提交 and
// 很急，提交, so saying how urgent it is costs no extra tap.
void drawAppealConfirmScreen(const kiosk::Snapshot& snap, UiContext& ctx) {
  const Palette& p = palette();
  const Metrics& m = ctx.metrics;
  const kiosk::AppealPart& part = snap.part<kiosk::AppealPart>();
  ContentArea area = beginScreen(ctx, snap, ctx.t(AppealStr::ConfirmTitle));
  if (!part.draft || !part.asker) {
    endScreen();
    return;
  }
  const kiosk::AppealDraft& d = *part.draft;
  const kiosk::AppealAsker& who = *part.asker;
  int steps = d.building.empty() ? 3 : 4;
  area = stepLine(ctx, area, steps, steps);
  ImFont* display = ctx.fonts.display();
  ImFont* heading = ctx.fonts.heading();
  ImFont* body = ctx.fonts.body();

  std::string name = kiosk::shortErrandName(d.categoryName);
  std::vector<std::string> lines = {
      kiosk::format(AppealStr::ConfirmPlace, ctx.lang, {d.placeWords()}),
      kiosk::format(AppealStr::ConfirmDue, ctx.lang, {d.dueLabel})};
  std::vector<std::pair<std::string, Rgb>> whoLines;
  if (who.anonymous) {
    whoLines.push_back({std::string(ctx.t(AppealStr::ConfirmAnonymous)), p.calmText});
  } else {
    whoLines.push_back(
        {kiosk::format(AppealStr::ConfirmWho, ctx.lang, {who.nameMasked}), p.mutedText});
    whoLines.push_back(
        who.hasPhone
            ? std::pair{kiosk::format(AppealStr::ConfirmCallBack, ctx.lang, {who.phoneMasked}),
                        p.mutedText}
            : std::pair{std::string(ctx.t(AppealStr::ConfirmNoPhone)), p.errorText});
  }
  if (snap.error) whoLines.push_back({*snap.error, p.errorText});
  ctx.fonts.require(name);
  for (const auto& l : lines) ctx.fonts.require(l);
  for (const auto& l : whoLines) ctx.fonts.require(l.first);

  std::string_view submit = ctx.t(AppealStr::Submit);
  std::string_view urgent = ctx.t(AppealStr::SubmitUrgent);
  // Landscape: what and where on the left, who on the right; portrait: one column. The two
  // buttons share the row at the foot. The largest type the screen has room for.
  ContentArea what = area, whoArea = area;
  if (!m.portrait) {
    what.max.x = area.min.x + area.width() * 0.5f;
    whoArea.min.x = what.max.x + m.gap();
  }
  auto buttonH = [&](ImFont* f) { return std::max(m.minTarget(), f->FontSize + m.px(18.0f)); };
  auto whoH = [&] {
    float h = 0;
    for (const auto& l : whoLines) h += measureText(body, l.first, whoArea.width()).y + m.minGap();
    return h;
  };
  auto needed = [&](ImFont* nameFont, ImFont* lineFont, ImFont* buttonFont) {
    float h = nameFont->FontSize * 1.2f + m.gap();
    for (const auto& l : lines) h += measureText(lineFont, l, what.width()).y + m.minGap();
    h = m.portrait ? h + m.gap() + whoH() : std::max(h, whoH());
    return h + m.gap() + buttonH(buttonFont);
  };
  ImFont* nameFont = heading;
  ImFont* lineFont = body;
  ImFont* buttonFont = heading;
  struct Scale {
    ImFont *name, *line, *button;
  };
  for (Scale s : {Scale{display, heading, display}, Scale{display, heading, heading},
                  Scale{heading, heading, heading}, Scale{heading, body, heading},
                  Scale{body, body, heading}}) {
    nameFont = s.name;
    lineFont = s.line;
    buttonFont = s.button;
    if (needed(s.name, s.line, s.button) <= area.height()) break;
  }

  float y = what.min.y;
  float icon = nameFont->FontSize * 1.2f;
  drawPictogram(appealPictogram(d.pictogram), ImVec2(what.min.x, y), icon, p.primary);
  ImFont* nameFits = largestFitting({nameFont, heading, body}, name, what.width() - icon - m.gap());
  drawText(nameFits, ImVec2(what.min.x + icon + m.gap(), y + (icon - nameFits->FontSize) / 2),
           p.text, name, what.width() - icon - m.gap());
  y += icon + m.gap();
  for (const auto& l : lines)
    y += drawText(lineFont, ImVec2(what.min.x, y), p.text, l, what.width()).y + m.minGap();
  y = m.portrait ? y + m.gap() : whoArea.min.y;
  for (const auto& [words, colour] : whoLines)
    y += drawText(body, ImVec2(whoArea.min.x, y), colour, words, whoArea.width()).y + m.minGap();

  // 提交 the calm one, 很急，提交 in the urgent colour.
  float h = buttonH(buttonFont);
  float w = std::min(
      (area.width() - m.gap()) / 2,
      std::max(measureText(buttonFont, urgent).x, measureText(buttonFont, submit).x) + m.px(32.0f));
  float left = area.centerX() - w - m.gap() / 2;
  ButtonSpec plain{ImVec2(left, area.max.y - h), ImVec2(w, h), ButtonStyle::Primary, true,
                   buttonFont};
  ButtonSpec hurry{ImVec2(left + w + m.gap(), area.max.y - h), ImVec2(w, h), ButtonStyle::Urgent,
                   true, buttonFont};
  if (bigButton(ctx, submit, plain)) ctx.emit(kiosk::intent::SubmitAppeal{false});
  if (bigButton(ctx, urgent, hurry)) ctx.emit(kiosk::intent::SubmitAppeal{true});
  residentFooter(ctx, snap);
  endScreen();
}

namespace {
[[maybe_unused]] const ScreenRegistration kRegistered{kiosk::screens::AppealConfirm,
                                                      drawAppealConfirmScreen};
}  // namespace

}  // namespace yizhan::ui
