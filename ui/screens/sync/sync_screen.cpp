#include <algorithm>
#include <string>

#include "kiosk/sync/sync_panel_flow.h"
#include "kiosk/sync/sync_strings.h"
#include "ui/screens/screen_registry.h"
#include "ui/screens/sync/sync_status_text.h"
#include "ui/widgets/big_button.h"
#include "ui/widgets/choice_grid.h"
#include "ui/widgets/drawing.h"
#include "ui/widgets/screen_frame.h"

namespace yizhan::ui {

using kiosk::Str;
using kiosk::SyncStr;

namespace {
// One returned record: what it is, what the district's answer means, the raw words for the
// technician, and under them its two answers (or, while 放弃 asks why, the three reasons).
// Returns its height; draws nothing when `draw` is false (to measure).
float heldRow(const kiosk::SyncView::Held& held, bool discarding, UiContext& ctx, float x,
              float right, float y, bool draw) {
  const Palette& p = palette();
  const Metrics& m = ctx.metrics;
  ImFont* body = ctx.fonts.body();
  float width = right - x;
  std::string line = kiosk::format(SyncStr::SyncHeldItem, ctx.lang,
                                   {std::to_string(held.seq), held.what, held.occurredAt});
  std::string raw = held.type + " — " + held.reason;
  ctx.fonts.require(line);
  ctx.fonts.require(raw);
  float ty = y;
  auto text = [&](Rgb color, const std::string& words) {
    ty += (draw ? drawText(body, ImVec2(x, ty), color, words, width)
                : measureText(body, words, width))
              .y +
          m.minGap() / 2;
  };
  text(p.text, line);
  text(p.errorText, held.meaning);
  if (!discarding) text(p.mutedText, raw);  // while asking why, room for the reasons
  ty += m.minGap();
  const void* id = reinterpret_cast<const void*>(static_cast<intptr_t>(held.seq));
  if (!discarding) {
    float w = std::max(m.minTarget(), measureText(body, ctx.t(SyncStr::SyncRetry)).x + m.px(8.0f));
    if (draw && bigButton(ctx, ctx.t(SyncStr::SyncRetry),
                          {ImVec2(x, ty), ImVec2(w, m.minTarget()), ButtonStyle::Primary, true,
                           body, id})) {
      ctx.emit(kiosk::intent::RetryHeldEvent{held.seq});
    }
    float dw =
        std::max(m.minTarget(), measureText(body, ctx.t(SyncStr::SyncDiscard)).x + m.px(8.0f));
    if (draw && bigButton(ctx, ctx.t(SyncStr::SyncDiscard),
                          {ImVec2(x + w + m.gap(), ty), ImVec2(dw, m.minTarget()),
                           ButtonStyle::Plain, true, body, id})) {
      ctx.emit(kiosk::intent::AskDiscardHeldEvent{held.seq});
    }
    return ty - y + m.minTarget() + m.gap();
  }
  // Why it is given up: the reasons, a row of their own.
  ty += (draw ? drawText(body, ImVec2(x, ty), p.text, ctx.t(SyncStr::SyncDiscardWhy), width)
              : measureText(body, ctx.t(SyncStr::SyncDiscardWhy), width))
            .y +
        m.minGap();
  using kiosk::intent::DiscardReason;
  const std::pair<DiscardReason, SyncStr> reasons[] = {
      {DiscardReason::TestRecord, SyncStr::SyncReasonTest},
      {DiscardReason::Duplicate, SyncStr::SyncReasonDuplicate},
      {DiscardReason::HandledByDistrict, SyncStr::SyncReasonHandled}};
  float bx = x;
  for (const auto& [reason, label] : reasons) {
    float w = std::max(m.minTarget(), measureText(body, ctx.t(label)).x + m.px(8.0f));
    if (bx + w > right) {
      bx = x;
      ty += m.minTarget() + m.gap();
    }
    if (draw &&
        bigButton(ctx, ctx.t(label),
                  {ImVec2(bx, ty), ImVec2(w, m.minTarget()), ButtonStyle::Urgent, true, body,
                   reinterpret_cast<const void*>(static_cast<intptr_t>(reason) + 1)})) {
      ctx.emit(kiosk::intent::DiscardHeldEvent{held.seq, reason});
    }
    bx += w + m.gap();
  }
  return ty - y + m.minTarget() + m.gap();
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
  float width = m.portrait ? area.width() : area.width() * 0.42f;

  SyncStateText state = syncStateText(sync);
  y += drawText(largestFitting({heading, body}, ctx.t(state.sentence), width), ImVec2(x, y),
                state.color, ctx.t(state.sentence), width)
           .y +
       m.gap();
  // What to do comes before the figures: on a small screen they may not all fit.
  if (sync.paused) {
    float w = m.px(79.4f);
    if (bigButton(ctx, ctx.t(SyncStr::SyncReconnect),
                  {ImVec2(x, y), ImVec2(w, m.minTarget()), ButtonStyle::Primary, true, body})) {
      ctx.emit(kiosk::intent::ReconnectDistrict{});
    }
    y += m.minTarget() + m.gap();
  }

  std::string backlog =
      kiosk::format(SyncStr::SyncBacklog, ctx.lang, {std::to_string(sync.backlog)});
  if (!sync.oldestUnsent.empty()) {
    backlog += " · " + kiosk::format(SyncStr::SyncOldest, ctx.lang, {sync.oldestUnsent});
  }
  y += drawText(body, ImVec2(x, y), p.text, backlog, width).y + m.minGap();
  y += drawText(body, ImVec2(x, y), p.text,
                sync.lastSuccess.empty()
                    ? std::string(ctx.t(SyncStr::SyncNeverDelivered))
                    : kiosk::format(SyncStr::SyncLastSuccess, ctx.lang, {sync.lastSuccess}),
                width)
           .y +
       m.minGap();
  ctx.fonts.require(sync.configVersion);
  y += drawText(body, ImVec2(x, y), p.text,
                sync.configVersion.empty()
                    ? std::string(ctx.t(SyncStr::SyncConfigLocal))
                    : kiosk::format(SyncStr::SyncConfigVersion, ctx.lang, {sync.configVersion}),
                width)
           .y +
       m.minGap();
  if (!sync.configProblem.empty()) {
    std::string refused = kiosk::format(SyncStr::SyncConfigRefused, ctx.lang, {sync.configProblem});
    y += drawText(body, ImVec2(x, y), p.errorText, refused, width).y + m.minGap();
  }
  // The technician's words last, where they fit (the console log has them in full).
  if (!sync.detail.empty() && sync.problem != kiosk::SyncProblem::None &&
      y + measureText(body, sync.detail, width).y <= area.max.y) {
    y += drawText(body, ImVec2(x, y), p.mutedText, sync.detail, width).y + m.minGap();
  }
  // The returned records: beside the state in landscape, under it in portrait; as many as
  // fit, a page at a time.
  float right = area.max.x;
  if (!m.portrait) {
    x = area.min.x + area.width() * 0.42f + m.gap();
    y = area.min.y;
  } else {
    y += m.minGap();
  }
  std::string heldHeading =
      kiosk::format(SyncStr::SyncHeldHeading, ctx.lang, {std::to_string(sync.heldCount)});
  y += drawText(largestFitting({heading, body}, heldHeading, right - x), ImVec2(x, y), p.text,
                heldHeading, right - x)
           .y +
       m.minGap();
  if (sync.held.empty()) {
    drawText(body, ImVec2(x, y), p.mutedText, ctx.t(SyncStr::SyncHeldNone), right - x);
  }
  float statusH = snap.error || snap.notice ? body->FontSize + m.gap() : 0;
  float bottom = area.max.y - statusH;
  std::vector<std::vector<size_t>> pages{{}};
  float used = 0, pagerH = m.minTarget() + m.gap();
  for (size_t i = 0; i < sync.held.size(); ++i) {
    // While one is being given up, it alone shows: staff are in the middle of an answer.
    if (sync.discardingSeq != 0 && sync.held[i].seq != sync.discardingSeq) continue;
    float h =
        heldRow(sync.held[i], sync.held[i].seq == sync.discardingSeq, ctx, x, right, 0, false);
    if (!pages.back().empty() && y + used + h > bottom - pagerH) {
      pages.push_back({});
      used = 0;
    }
    pages.back().push_back(i);
    used += h;
  }
  int page = std::clamp(ctx.pages ? ctx.pages->page("sync-held") : 0, 0,
                        static_cast<int>(pages.size()) - 1);
  for (size_t i : pages[static_cast<size_t>(page)]) {
    y += heldRow(sync.held[i], sync.held[i].seq == sync.discardingSeq, ctx, x, right, y, true);
  }
  if (pages.size() > 1) {
    pager(ctx, "sync-held", page, static_cast<int>(pages.size()), x, right, bottom - m.minTarget());
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
