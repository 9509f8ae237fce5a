#include <string>
#include <vector>

#include "kiosk/requests/request_strings.h"
#include "kiosk/requests/volunteer_errand_flow.h"
#include "ui/screens/screen_registry.h"
#include "ui/widgets/big_button.h"
#include "ui/widgets/drawing.h"
#include "ui/widgets/screen_frame.h"

namespace yizhan::ui {

using kiosk::ReqStr;
using kiosk::RequestState;

// One request for the volunteer: the errand large, then its choices, by when, for whom
// (masked: the hall sees the screen) and where it stands; then the one next step (接单, 开始办理
// or 办好了) as the largest button; once held, the work slip's state and 再打一张.
void drawVolunteerErrandScreen(const kiosk::Snapshot& snap, UiContext& ctx) {
  const Palette& p = palette();
  const Metrics& m = ctx.metrics;
  const auto& part = snap.part<kiosk::VolunteerErrandPart>();
  if (!part.chosen) {
    endScreen();
    return;
  }
  const kiosk::VolunteerErrandLine& l = *part.chosen;
  ContentArea area = beginScreen(ctx, snap, l.errandName);
  ImFont* heading = ctx.fonts.heading();
  ImFont* body = ctx.fonts.body();

  struct Line {
    std::string words;
    Rgb color;
  };
  std::vector<Line> lines;
  if (!l.answers.empty()) lines.push_back({l.answers, p.text});
  lines.push_back({l.dueLabel, l.overdue ? p.errorText : p.calmText});
  lines.push_back({kiosk::format(ReqStr::VolResident, ctx.lang, {l.residentMasked}) +
                       (l.gridName.empty() ? "" : " · " + l.gridName),
                   p.text});
  if (l.priority) lines.push_back({std::string(ctx.t(ReqStr::VolPriority)), p.calmText});
  if (l.homeVisit) lines.push_back({std::string(ctx.t(ReqStr::HomeVisit)), p.text});
  lines.push_back(
      {kiosk::format(ReqStr::VolErrandNumber, ctx.lang, {l.number}) + " · " + l.stateWords,
       p.mutedText});
  if (part.slip) {
    if (*part.slip == kiosk::PrintState::Printing)
      lines.push_back({std::string(ctx.t(ReqStr::VolSlipPrinting)), p.calmText});
    else if (*part.slip == kiosk::PrintState::Printed)
      lines.push_back({std::string(ctx.t(ReqStr::VolSlipTake)), p.calmText});
    else
      lines.push_back(
          {kiosk::format(ReqStr::VolSlipFailed, ctx.lang, {part.slipProblem}), p.errorText});
  }
  // What went wrong: under the steps in landscape, where there is room; in the one column in
  // portrait.
  if (snap.error && m.portrait) lines.push_back({*snap.error, p.errorText});

  // Landscape: the request on the left, the steps on the right. Portrait: one column.
  ContentArea info = area, steps = area;
  if (!m.portrait) {
    info.max.x = area.min.x + area.width() * 0.58f;
    steps.min.x = info.max.x + m.gap();
  }
  // Heading size where each line fits on one; all in body text when that would not leave room
  // (a long refusal, a portrait screen with the steps below).
  float room = m.portrait ? info.height() - 3 * (m.px(34.0f) + m.gap()) : info.height();
  auto fontOf = [&](const Line& line, bool large) {
    return large ? largestFitting({heading, body}, line.words, info.width()) : body;
  };
  auto heightOf = [&](bool large) {
    float h = 0;
    for (const Line& line : lines)
      h += measureText(fontOf(line, large), line.words, info.width()).y + m.minGap();
    return h;
  };
  for (const Line& line : lines) ctx.fonts.require(line.words);
  bool large = heightOf(true) <= room;
  float y = info.min.y;
  for (const Line& line : lines) {
    y += drawText(fontOf(line, large), ImVec2(info.min.x, y), line.color, line.words, info.width())
             .y +
         m.minGap();
  }

  std::vector<std::pair<std::string_view, kiosk::Intent>> buttons;
  bool held = kiosk::isWithVolunteer(l.state);
  if (l.state == RequestState::Accepted || l.state == RequestState::Reopened)
    buttons.emplace_back(ctx.t(ReqStr::VolTake), kiosk::intent::TakeVolunteerErrand{});
  if (l.state == RequestState::Dispatched || l.state == RequestState::Taken)
    buttons.emplace_back(ctx.t(ReqStr::VolStart), kiosk::intent::StartVolunteerErrand{});
  if (l.state == RequestState::InProgress)
    buttons.emplace_back(ctx.t(ReqStr::VolResolve), kiosk::intent::AskResolveVolunteerErrand{});
  if (held && part.slip != kiosk::PrintState::Printing)
    buttons.emplace_back(ctx.t(ReqStr::VolReprint), kiosk::intent::ReprintWorkSlip{});
  float top = m.portrait ? y + m.gap() : steps.min.y;
  ImVec2 size(std::min(steps.width(), m.px(150.0f)), m.px(34.0f));
  for (size_t i = 0; i < buttons.size(); ++i) {
    ButtonStyle style = i == 0 ? ButtonStyle::Primary : ButtonStyle::Plain;
    ImVec2 at(steps.centerX() - size.x / 2, top);
    if (top + size.y > steps.max.y) break;
    if (bigButton(ctx, buttons[i].first, {at, size, style})) ctx.emit(buttons[i].second);
    top += size.y + m.gap();
  }
  if (snap.error && !m.portrait) {
    ctx.fonts.require(*snap.error);
    drawText(body, ImVec2(steps.min.x, top), p.errorText, *snap.error, steps.width());
  }
  residentFooter(ctx, snap);
  endScreen();
}

namespace {
[[maybe_unused]] const ScreenRegistration kRegistered{kiosk::screens::VolunteerErrand,
                                                      drawVolunteerErrandScreen};
}  // namespace

}  // namespace yizhan::ui
