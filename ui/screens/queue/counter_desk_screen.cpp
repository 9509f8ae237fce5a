#include <algorithm>
#include <string>

#include "kiosk/queue/counter_desk_flow.h"
#include "kiosk/queue/counter_desk_view.h"
#include "kiosk/queue/queue_strings.h"
#include "ui/screens/screen_registry.h"
#include "ui/widgets/big_button.h"
#include "ui/widgets/drawing.h"
#include "ui/widgets/screen_frame.h"

namespace yizhan::ui {

using kiosk::QueueStr;
using kiosk::Str;
using kiosk::intent::DeskAction;

namespace {
const void* idOf(std::int64_t id) {
  return reinterpret_cast<const void*>(static_cast<intptr_t>(id));
}
}  // namespace

void drawCounterDeskScreen(const kiosk::Snapshot& snap, UiContext& ctx) {
  const Palette& p = palette();
  const Metrics& m = ctx.metrics;
  std::string title = snap.part<kiosk::CounterDeskPart>().desk
                          ? kiosk::format(QueueStr::CounterDeskTitle, ctx.lang,
                                          {snap.part<kiosk::CounterDeskPart>().desk->name})
                          : "";
  ctx.fonts.require(title);
  ContentArea area = beginScreen(ctx, snap, title);
  if (!snap.part<kiosk::CounterDeskPart>().desk) {
    endScreen();
    return;
  }
  const kiosk::CounterDeskView& d = *snap.part<kiosk::CounterDeskPart>().desk;
  ImFont* heading = ctx.fonts.heading();
  ImFont* body = ctx.fonts.body();
  float columnX = area.min.x + area.width() * 0.62f;
  float leftW = columnX - area.min.x - m.gap();

  // Left: who is at the counter, and the actions on them.
  float y = area.min.y;
  drawText(body, ImVec2(area.min.x, y), p.mutedText,
           std::string(ctx.t(QueueStr::DeskCurrent)) + " · " +
               kiosk::format(QueueStr::DeskWaiting, ctx.lang, {std::to_string(d.waiting)}));
  y += body->FontSize + m.minGap();
  if (d.currentCode) {
    ctx.fonts.require(d.currentService);
    ImVec2 size = drawText(ctx.fonts.display(), ImVec2(area.min.x, y), p.text, *d.currentCode);
    std::string about = d.currentService;
    if (d.currentPriority) about += " · " + std::string(ctx.t(QueueStr::TicketPriorityMark));
    if (!d.currentBookedAt.empty()) {
      about += " · " + kiosk::format(QueueStr::TicketBookedMark, ctx.lang, {d.currentBookedAt});
    }
    if (d.recalls > 0)
      about += " · " + kiosk::format(QueueStr::DeskRecalls, ctx.lang, {std::to_string(d.recalls)});
    drawText(heading, ImVec2(area.min.x + size.x + m.gap(), y + (size.y - heading->FontSize) / 2),
             p.text, about);
    y += size.y + m.gap();
  } else {
    drawText(heading, ImVec2(area.min.x, y), p.mutedText, ctx.t(QueueStr::DeskNobody));
    y += ctx.fonts.display()->FontSize + m.gap();
  }

  float bigH = m.px(37.2f);
  if (bigButton(ctx, ctx.t(QueueStr::DeskCallNext),
                {ImVec2(area.min.x, y), ImVec2(leftW, bigH), ButtonStyle::Primary, true,
                 ctx.fonts.display()})) {
    ctx.emit(kiosk::intent::Desk{DeskAction::CallNext});
  }
  y += bigH + m.gap();
  struct Action {
    QueueStr label;
    DeskAction action;
    bool enabled;
  };
  bool has = d.currentCode.has_value();
  const Action actions[] = {{QueueStr::DeskRecall, DeskAction::Recall, has},
                            {QueueStr::DeskNoShow, DeskAction::NoShow, has && d.canNoShow},
                            {QueueStr::DeskComplete, DeskAction::Complete, has},
                            {QueueStr::DeskHold, DeskAction::Hold, has}};
  // Four a row where they fit in heading text, else two rows of two in body text.
  ImFont* actionFont = (leftW - 3 * m.gap()) / 4 >= measureText(heading, "重呼").x + m.px(6.0f)
                           ? heading
                           : ctx.fonts.body();
  int perRow = actionFont == heading ? 4 : 2;
  float actionW = (leftW - (perRow - 1) * m.gap()) / perRow;
  float actionH = m.px(29.8f);
  for (size_t i = 0; i < std::size(actions); ++i) {
    ImVec2 pos(area.min.x + static_cast<float>(i % perRow) * (actionW + m.gap()),
               y + static_cast<float>(i / perRow) * (actionH + m.gap()));
    if (bigButton(
            ctx, ctx.t(actions[i].label),
            {pos, ImVec2(actionW, actionH), ButtonStyle::Plain, actions[i].enabled, actionFont})) {
      ctx.emit(kiosk::intent::Desk{actions[i].action});
    }
  }
  y += (4 / perRow) * (actionH + m.gap());
  if (snap.error) drawText(heading, ImVec2(area.min.x, y), p.errorText, *snap.error, leftW);

  // Right: numbers on hold, and where the current one can be sent.
  float rx = columnX + m.gap(), rw = area.max.x - rx;
  float ry = area.min.y;
  float smallH = m.minTarget();
  drawText(heading, ImVec2(rx, ry), p.text, ctx.t(QueueStr::DeskHeld));
  ry += heading->FontSize + m.minGap();
  float halfW = (rw - m.minGap()) / 2;
  if (d.held.empty()) drawText(body, ImVec2(rx, ry), p.mutedText, ctx.t(QueueStr::DeskNoneHeld));
  for (size_t i = 0; i < std::min<size_t>(d.held.size(), 4); ++i) {
    ImVec2 pos(rx + (i % 2) * (halfW + m.minGap()), ry + (i / 2) * (smallH + m.minGap()));
    std::string label = kiosk::format(QueueStr::DeskResume, ctx.lang, {d.held[i].code});
    if (bigButton(
            ctx, label,
            {pos, ImVec2(halfW, smallH), ButtonStyle::Plain, true, body, idOf(d.held[i].id)})) {
      ctx.emit(kiosk::intent::ResumeHeld{d.held[i].id});
    }
  }
  ry += 2 * (smallH + m.minGap()) + m.gap();
  if (!d.transferTargets.empty()) {
    drawText(heading, ImVec2(rx, ry), p.text, ctx.t(QueueStr::DeskTransferHeading));
    ry += heading->FontSize + m.minGap();
  }
  for (size_t i = 0; i < d.transferTargets.size(); ++i) {
    const auto& target = d.transferTargets[i];
    std::string label = kiosk::format(QueueStr::DeskTransferTo, ctx.lang, {target.name});
    ctx.fonts.require(label);
    ImVec2 pos(rx + (i % 2) * (halfW + m.minGap()), ry + (i / 2) * (smallH + m.minGap()));
    if (pos.y + smallH > area.max.y) break;
    if (bigButton(ctx, label, {pos, ImVec2(halfW, smallH), ButtonStyle::Plain, true, body})) {
      ctx.emit(kiosk::intent::TransferTo{target.id});
    }
  }

  if (footerButton(ctx, ctx.t(Str::Back), FooterSide::Left)) ctx.emit(kiosk::intent::Back{});
  if (footerButton(ctx, ctx.t(QueueStr::DeskClose), FooterSide::Right)) {
    ctx.emit(kiosk::intent::Desk{DeskAction::CloseCounter});
  }
  endScreen();
}

namespace {
[[maybe_unused]] const ScreenRegistration kRegistered{kiosk::screens::CounterDesk,
                                                      drawCounterDeskScreen};
}  // namespace

}  // namespace yizhan::ui
