#include <algorithm>
#include <string>
#include <utility>
#include <vector>

#include "kiosk/queue/daily_summary_printout.h"
#include "kiosk/queue/queue_stats_flow.h"
#include "kiosk/queue/queue_strings.h"
#include "ui/screens/screen_registry.h"
#include "ui/widgets/big_button.h"
#include "ui/widgets/choice_grid.h"
#include "ui/widgets/drawing.h"
#include "ui/widgets/screen_frame.h"

namespace yizhan::ui {

using kiosk::QueueStr;
using kiosk::Str;

namespace {
// One row of the table: name, then counts and times in fixed columns.
void row(UiContext& ctx, ImFont* font, float x, float y, const float* columns, Rgb color,
         const std::string (&cells)[6]) {
  for (int i = 0; i < 6; ++i) {
    ctx.fonts.require(cells[i]);
    drawText(font, ImVec2(x + columns[i], y), color, cells[i]);
  }
}

std::string figure(int n) {
  return std::to_string(n);
}
}  // namespace

void drawQueueStatsScreen(const kiosk::Snapshot& snap, UiContext& ctx) {
  const Palette& p = palette();
  const Metrics& m = ctx.metrics;
  std::string title = snap.part<kiosk::QueueStatsPart>().stats
                          ? kiosk::format(QueueStr::StatsTitle, ctx.lang,
                                          {snap.part<kiosk::QueueStatsPart>().stats->day})
                          : std::string();
  ContentArea area = beginScreen(ctx, snap, title);
  if (!snap.part<kiosk::QueueStatsPart>().stats) {
    endScreen();
    return;
  }
  const kiosk::DailyStats& s = *snap.part<kiosk::QueueStatsPart>().stats;
  ImFont* body = ctx.fonts.body();
  float w = area.width();
  const float columns[6] = {0, w * 0.30f, w * 0.42f, w * 0.54f, w * 0.66f, w * 0.83f};
  float y = area.min.y;
  float line = body->FontSize + m.minGap();
  std::string header[6] = {"",
                           std::string(ctx.t(QueueStr::StatsColTickets)),
                           std::string(ctx.t(QueueStr::StatsColServed)),
                           std::string(ctx.t(QueueStr::StatsColNoShow)),
                           std::string(ctx.t(QueueStr::StatsColWait)),
                           std::string(ctx.t(QueueStr::StatsColService))};
  row(ctx, body, area.min.x, y, columns, p.mutedText, header);
  y += line;
  // The services, then the counters; a page of them where they do not all fit (1280×800).
  std::vector<std::pair<const kiosk::QueueFigures*, std::string>> rows;
  rows.push_back({&s.total, std::string(ctx.t(QueueStr::StatsTotal))});
  for (const auto& f : s.services) rows.push_back({&f, f.name});
  for (const auto& f : s.counters) rows.push_back({&f, f.name});
  float noteH = body->FontSize + 2 * m.minGap();
  float statusH = snap.error || snap.notice ? body->FontSize + m.minGap() : 0;
  int fit = std::max(1, static_cast<int>((area.max.y - y - noteH - statusH) / line));
  int pages = 1, page = 0;
  if (static_cast<int>(rows.size()) > fit) {
    fit = std::max(1, static_cast<int>(
                          (area.max.y - y - noteH - statusH - m.minTarget() - m.minGap()) / line));
    pages = (static_cast<int>(rows.size()) + fit - 1) / fit;
    page = std::clamp(ctx.pages ? ctx.pages->page("stats-rows") : 0, 0, pages - 1);
  }
  auto figures = [&](const kiosk::QueueFigures& f, const std::string& name, Rgb color) {
    std::string cells[6] = {name,
                            figure(f.tickets),
                            figure(f.served),
                            figure(f.noShows),
                            kiosk::minutesPair(f.waitMedian, f.waitP90),
                            kiosk::minutesPair(f.serviceMedian, f.serviceP90)};
    row(ctx, body, area.min.x, y, columns, color, cells);
    y += line;
  };
  for (int i = page * fit; i < std::min<int>(rows.size(), (page + 1) * fit); ++i) {
    figures(*rows[static_cast<size_t>(i)].first, rows[static_cast<size_t>(i)].second, p.text);
  }
  drawText(body, ImVec2(area.min.x, y + m.minGap()), p.mutedText, ctx.t(QueueStr::StatsTimesNote),
           area.width());
  if (pages > 1) {
    pager(ctx, "stats-rows", page, pages, area.min.x, area.max.x,
          area.max.y - statusH - m.minTarget());
  }

  if (snap.error) {
    drawText(body, ImVec2(area.min.x, area.max.y - body->FontSize), p.errorText, *snap.error);
  } else if (snap.notice) {
    drawText(body, ImVec2(area.min.x, area.max.y - body->FontSize), p.deviceOk, *snap.notice);
  }
  if (footerButton(ctx, ctx.t(Str::Back), FooterSide::Left)) ctx.emit(kiosk::intent::Back{});
  if (footerButton(ctx, ctx.t(QueueStr::StatsPrint), FooterSide::Right, ButtonStyle::Primary)) {
    ctx.emit(kiosk::intent::PrintDailySummary{});
  }
  endScreen();
}

namespace {
[[maybe_unused]] const ScreenRegistration kRegistered{kiosk::screens::QueueStats,
                                                      drawQueueStatsScreen};
}  // namespace

}  // namespace yizhan::ui
