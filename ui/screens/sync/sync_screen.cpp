#include <algorithm>
#include <string>

#include "kiosk/sync/sync_panel_flow.h"
#include "kiosk/sync/sync_strings.h"
#include "ui/screens/screen_registry.h"
#include "ui/screens/sync/sync_status_text.h"
#include "ui/widgets/big_button.h"
#include "ui/widgets/drawing.h"
#include "ui/widgets/screen_frame.h"

namespace yizhan::ui {

using kiosk::Str;
using kiosk::SyncStr;

namespace {
// One returned event: what and when, the district's reason, and the staff's two answers (or,
// after 放弃, the reasons to choose from).
float drawHeldRow(const kiosk::SyncView::Held& held, bool discarding, UiContext& ctx, float x,
                  float right, float y) {
  const Palette& p = palette();
  const Metrics& m = ctx.metrics;
  ImFont* body = ctx.fonts.body();
  std::string line = kiosk::format(SyncStr::SyncHeldItem, ctx.lang,
                                   {std::to_string(held.seq), held.what, held.occurredAt});
  ctx.fonts.require(line);
  drawText(body, ImVec2(x, y), p.text, line);
  // Two answer buttons at the right; what the reason means, and the raw words for the
  // technician, wrap before them.
  const float w = 240.0f * m.scale;
  const float buttonsX = right - 2 * w - m.minGap();
  const float textW = buttonsX - m.gap() - x;
  float ty = y + body->FontSize + m.minGap() / 2;
  ty += drawText(body, ImVec2(x, ty), p.errorText, held.meaning, textW).y + m.minGap() / 2;
  std::string raw = held.type + " — " + held.reason;
  ctx.fonts.require(raw);
  ty += drawText(body, ImVec2(x, ty), p.mutedText, raw, textW).y;
  const void* id = reinterpret_cast<const void*>(static_cast<intptr_t>(held.seq));
  float rowH = std::max(m.minTarget(), ty - y) + m.gap();
  if (!discarding) {
    ImVec2 retryPos(buttonsX, y);
    if (bigButton(ctx, ctx.t(SyncStr::SyncRetry),
                  {retryPos, ImVec2(w, m.minTarget()), ButtonStyle::Primary, true, body, id})) {
      ctx.emit(kiosk::intent::RetryHeldEvent{held.seq});
    }
    if (bigButton(
            ctx, ctx.t(SyncStr::SyncDiscard),
            {ImVec2(right - w, y), ImVec2(w, m.minTarget()), ButtonStyle::Plain, true, body, id})) {
      ctx.emit(kiosk::intent::AskDiscardHeldEvent{held.seq});
    }
    return rowH;
  }
  // The reasons, on a row of their own under the event.
  float ry = ty + m.gap();
  drawText(body, ImVec2(x, ry + (m.minTarget() - body->FontSize) / 2), p.text,
           ctx.t(SyncStr::SyncDiscardWhy));
  using kiosk::intent::DiscardReason;
  const std::pair<DiscardReason, SyncStr> reasons[] = {
      {DiscardReason::TestRecord, SyncStr::SyncReasonTest},
      {DiscardReason::Duplicate, SyncStr::SyncReasonDuplicate},
      {DiscardReason::HandledByDistrict, SyncStr::SyncReasonHandled}};
  const float reasonW = 280.0f * m.scale;
  float bx = right - 3 * reasonW - 2 * m.minGap();
  for (const auto& [reason, label] : reasons) {
    if (bigButton(ctx, ctx.t(label),
                  {ImVec2(bx, ry), ImVec2(reasonW, m.minTarget()), ButtonStyle::Urgent, true, body,
                   reinterpret_cast<const void*>(static_cast<intptr_t>(reason) + 1)})) {
      ctx.emit(kiosk::intent::DiscardHeldEvent{held.seq, reason});
    }
    bx += reasonW + m.minGap();
  }
  return ry - y + m.minTarget() + m.gap();
}
}  // namespace

void drawSyncScreen(const kiosk::Snapshot& snap, UiContext& ctx) {
  const Palette& p = palette();
  const Metrics& m = ctx.metrics;
  ContentArea area = beginScreen(ctx, snap, ctx.t(SyncStr::SyncTitle));
  const kiosk::SyncView& sync = snap.sync;
  ImFont* body = ctx.fonts.body();
  ImFont* heading = ctx.fonts.heading();
  float x = area.min.x, y = area.min.y;
  float width = area.width();

  SyncStateText state = syncStateText(sync);
  y += drawText(heading, ImVec2(x, y), state.color, ctx.t(state.sentence), width).y + m.gap();

  std::string backlog =
      kiosk::format(SyncStr::SyncBacklog, ctx.lang, {std::to_string(sync.backlog)});
  if (!sync.oldestUnsent.empty()) {
    backlog += " · " + kiosk::format(SyncStr::SyncOldest, ctx.lang, {sync.oldestUnsent});
  }
  drawText(body, ImVec2(x, y), p.text, backlog);
  y += body->FontSize + m.minGap();
  drawText(body, ImVec2(x, y), p.text,
           sync.lastSuccess.empty()
               ? std::string(ctx.t(SyncStr::SyncNeverDelivered))
               : kiosk::format(SyncStr::SyncLastSuccess, ctx.lang, {sync.lastSuccess}));
  y += body->FontSize + m.minGap();
  ctx.fonts.require(sync.configVersion);
  drawText(body, ImVec2(x, y), p.text,
           sync.configVersion.empty()
               ? std::string(ctx.t(SyncStr::SyncConfigLocal))
               : kiosk::format(SyncStr::SyncConfigVersion, ctx.lang, {sync.configVersion}));
  y += body->FontSize + m.minGap();
  if (!sync.configProblem.empty()) {
    std::string refused = kiosk::format(SyncStr::SyncConfigRefused, ctx.lang, {sync.configProblem});
    y += drawText(body, ImVec2(x, y), p.errorText, refused, width).y + m.minGap();
  }
  if (!sync.detail.empty() && sync.problem != kiosk::SyncProblem::None) {
    y += drawText(body, ImVec2(x, y), p.mutedText, sync.detail, width).y + m.minGap();
  }
  if (sync.paused) {
    float w = 320.0f * m.scale;
    if (bigButton(ctx, ctx.t(SyncStr::SyncReconnect),
                  {ImVec2(x, y), ImVec2(w, m.minTarget()), ButtonStyle::Primary, true, body})) {
      ctx.emit(kiosk::intent::ReconnectDistrict{});
    }
    y += m.minTarget() + m.gap();
  }

  y += m.minGap();
  drawText(heading, ImVec2(x, y), p.text,
           kiosk::format(SyncStr::SyncHeldHeading, ctx.lang, {std::to_string(sync.heldCount)}));
  y += heading->FontSize + m.gap();
  if (sync.held.empty()) {
    drawText(body, ImVec2(x, y), p.mutedText, ctx.t(SyncStr::SyncHeldNone));
  }
  float bottom = area.max.y - body->FontSize - m.gap();
  for (const auto& held : sync.held) {
    // Three lines of words (each short enough for one line), and the reasons' row if asked.
    float words = std::max(m.minTarget(), 3 * body->FontSize + m.minGap()) + m.gap();
    float need = held.seq == sync.discardingSeq ? words + m.minTarget() + 2 * m.gap() : words;
    if (y + need > bottom) break;
    y += drawHeldRow(held, held.seq == sync.discardingSeq, ctx, x, area.max.x, y);
  }

  if (snap.error) {
    drawText(body, ImVec2(x, area.max.y - body->FontSize), p.errorText, *snap.error);
  } else if (snap.notice) {
    drawText(body, ImVec2(x, area.max.y - body->FontSize), p.deviceOk, *snap.notice);
  }
  if (footerButton(ctx, ctx.t(Str::Back), FooterSide::Left)) ctx.emit(kiosk::intent::Back{});
  endScreen();
}

namespace {
[[maybe_unused]] const ScreenRegistration kRegistered{kiosk::screens::Sync, drawSyncScreen};
}  // namespace

}  // namespace yizhan::ui
