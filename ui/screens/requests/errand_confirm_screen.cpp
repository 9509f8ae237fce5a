#include <string>
#include <utility>
#include <vector>

#include "kiosk/requests/errand_flow.h"
#include "kiosk/requests/request_strings.h"
#include "ui/screens/screen_registry.h"
#include "ui/widgets/big_button.h"
#include "ui/widgets/drawing.h"
#include "ui/widgets/pictograms.h"
#include "ui/widgets/screen_frame.h"
#include "ui/widgets/step_line.h"

namespace yizhan::ui {

using kiosk::ReqStr;

// The request read back before it goes: the errand with its picture, each choice, the day it
// is due, who asks and the phone staff will call; then one big 确认提交.
void drawErrandConfirmScreen(const kiosk::Snapshot& snap, UiContext& ctx) {
  const Palette& p = palette();
  const Metrics& m = ctx.metrics;
  const kiosk::ErrandPart& part = snap.part<kiosk::ErrandPart>();
  ContentArea area = beginScreen(ctx, snap, ctx.t(ReqStr::ConfirmTitle));
  if (!part.draft) {
    endScreen();
    return;
  }
  const kiosk::ErrandDraft& d = *part.draft;
  int steps = static_cast<int>(d.asks.size()) + 2;
  area = stepLine(ctx, area, steps, steps);
  ImFont* heading = ctx.fonts.heading();
  ImFont* display = ctx.fonts.display();
  ImFont* body = ctx.fonts.body();

  // Landscape: what will be done on the left, who and 确认提交 on the right. Portrait: one
  // column, the button at its foot.
  ContentArea what = area, who = area;
  if (!m.portrait) {
    what.max.x = area.min.x + area.width() * 0.55f;
    who.min.x = what.max.x + m.gap();
  }
  std::vector<std::string> answers;
  for (size_t i = 0; i < d.answers.size() && i < d.asks.size(); ++i)
    answers.push_back(kiosk::format(ReqStr::ConfirmAnswer, ctx.lang, {d.asks[i], d.answers[i]}));
  std::string due = kiosk::format(ReqStr::ConfirmDue, ctx.lang, {d.dueLabel});
  std::vector<std::string> whoLines;
  bool noPhone = part.asker && !part.asker->hasPhone;
  if (part.asker) {
    whoLines.push_back(kiosk::format(ReqStr::ConfirmWho, ctx.lang, {part.asker->nameMasked}));
    whoLines.push_back(
        noPhone ? std::string(ctx.t(ReqStr::ConfirmNoPhone))
                : kiosk::format(ReqStr::ConfirmPhone, ctx.lang, {part.asker->phoneMasked}));
  }
  if (snap.error) whoLines.push_back(*snap.error);
  std::string_view submit = ctx.t(ReqStr::ConfirmSubmit);
  for (const auto& t : answers) ctx.fonts.require(t);
  for (const auto& t : whoLines) ctx.fonts.require(t);
  ctx.fonts.require(due);
  ctx.fonts.require(d.errandName);

  // The largest fonts the screen has room for: the errand's name a step above its details.
  auto heightOf = [&](ImFont* nameFont, ImFont* lineFont, float width) {
    float h = std::max(nameFont->FontSize * 1.2f, nameFont->FontSize) + m.gap();
    for (const auto& t : answers) h += measureText(lineFont, t, width).y + m.minGap();
    return h + measureText(lineFont, due, width).y;
  };
  auto buttonHeight = [&](ImFont* f) { return std::max(m.minTarget(), f->FontSize + m.px(16.0f)); };
  auto whoHeight = [&](ImFont* buttonFont) {
    float h = 0;
    for (const auto& t : whoLines) h += measureText(body, t, who.width()).y + m.minGap();
    return h + m.gap() + buttonHeight(buttonFont);
  };
  ImFont* nameFont = heading;
  ImFont* lineFont = body;
  ImFont* buttonFont = heading;
  std::pair<ImFont*, ImFont*> scales[] = {{display, heading}, {heading, heading}, {heading, body}};
  for (auto [n, l] : scales) {
    float need = heightOf(n, l, what.width()) + (m.portrait ? m.gap() + whoHeight(heading) : 0);
    if (need <= area.height()) {
      nameFont = n;
      lineFont = l;
      break;
    }
  }
  float usedLeft = heightOf(nameFont, lineFont, what.width());
  float roomRight = m.portrait ? area.height() - usedLeft - m.gap() : who.height();
  if (whoHeight(display) <= roomRight) buttonFont = display;

  float y = what.min.y;
  float icon = nameFont->FontSize * 1.2f;
  drawPictogram(errandPictogram(d.pictogram), ImVec2(what.min.x, y), icon, p.primary);
  ImFont* nameFits =
      largestFitting({nameFont, heading, body}, d.errandName, what.width() - icon - m.gap());
  drawText(nameFits, ImVec2(what.min.x + icon + m.gap(), y + (icon - nameFits->FontSize) / 2),
           p.text, d.errandName, what.width() - icon - m.gap());
  y += icon + m.gap();
  for (const auto& t : answers) {
    y += drawText(lineFont, ImVec2(what.min.x, y), p.text, t, what.width()).y + m.minGap();
  }
  y += drawText(lineFont, ImVec2(what.min.x, y), p.calmText, due, what.width()).y;
  float leftEnd = y;

  y = m.portrait ? y + m.gap() : who.min.y;
  for (size_t i = 0; i < whoLines.size(); ++i) {
    bool warn = (noPhone && i == 1) || (snap.error && i + 1 == whoLines.size());
    y += drawText(body, ImVec2(who.min.x, y), warn ? p.errorText : p.mutedText, whoLines[i],
                  who.width())
             .y +
         m.minGap();
  }
  // At the foot of the right column; where what is there leaves no room (a short landscape
  // screen), at the foot of the left one, under the details.
  float h = buttonHeight(buttonFont);
  if (y + m.gap() + h > who.max.y) {
    buttonFont = heading;
    h = buttonHeight(buttonFont);
  }
  const ContentArea* column = &who;
  if (!m.portrait && y + m.gap() + h > who.max.y && leftEnd + m.gap() + h <= what.max.y) {
    column = &what;
  }
  float w = std::min(column->width(),
                     std::max(m.px(160.0f), measureText(buttonFont, submit).x + m.px(24.0f)));
  ButtonSpec button{ImVec2(column->centerX() - w / 2, column->max.y - h), ImVec2(w, h),
                    ButtonStyle::Primary, true, buttonFont};
  if (bigButton(ctx, submit, button)) ctx.emit(kiosk::intent::SubmitErrand{});
  residentFooter(ctx, snap);
  endScreen();
}

namespace {
[[maybe_unused]] const ScreenRegistration kRegistered{kiosk::screens::ErrandConfirm,
                                                      drawErrandConfirmScreen};
}  // namespace

}  // namespace yizhan::ui
